import { pluginRules, ruleCatalog } from '@kapstok/rules'
import type { CliIo } from '../io.js'

const severityWord = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const

/**
 * `kapstok rules [pad]`: list the rules with id, default severity, group and description
 * (`--format json` for tools); with a plan (and `--trust`), also the rules of its plugins.
 *
 * @param options Output format; the plan whose configuration's plugins to include, its config file and trust (optional).
 * @param io Output streams.
 * @returns Exit code.
 */
export async function listRules(options: { format?: string; path?: string; config?: string; trust?: boolean }, io: CliIo): Promise<number> {
  let extra: ReturnType<typeof pluginRules> = []
  if (options.path !== undefined || options.config !== undefined) {
    const { loadConfig } = await import('../config.js')
    extra = pluginRules((await loadConfig(options.path ?? '.', options.config, { trust: options.trust === true })).plugins ?? [])
  }
  const rules = ruleCatalog(extra)
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
