import { ruleCatalog } from '@kapstok/rules'
import type { CliIo } from '../io.js'

const severityWord = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const

/**
 * `kapstok rules`: list the rules with id, default severity, group and description
 * (`--format json` for tools).
 *
 * @param options Output format.
 * @param io Output streams.
 * @returns Exit code.
 */
export async function listRules(options: { format?: string }, io: CliIo): Promise<number> {
  const rules = ruleCatalog()
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify(rules, null, 2) + '\n')
    return 0
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length))
  const lines = rules.map(
    (r) => `${r.id.padEnd(idWidth)}  ${severityWord[r.severity].padEnd(12)}  ${r.group.padEnd(12)}  ${r.description}${r.fixable ? '  (--fix)' : ''}`
  )
  io.stdout.write(`${lines.join('\n')}\n\n${rules.length} regels\n`)
  return 0
}
