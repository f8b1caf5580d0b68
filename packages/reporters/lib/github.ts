import { groupEntries, type Entry } from './entries.js'
import type { Reporter } from './types.js'

/** Workflow command per severity. */
const commands = { error: 'error', warning: 'warning', info: 'notice' } as const

/**
 * GitHub Actions workflow commands, one line per message, which GitHub shows as annotations
 * on the changed files: `::error file=plan.md,line=3,col=1,endLine=3,endColumn=9,title=rule-id::Message`
 * (`::warning` for warnings, `::notice` for info). Messages without a place annotate the
 * whole file. Values are escaped as GitHub's toolkit does.
 *
 * @param input Files and messages.
 * @returns One command per line; empty when there are no messages.
 */
export const github: Reporter = (input) =>
  groupEntries(input)
    .flatMap((group) => group.entries.map((entry) => command(entry)))
    .join('\n')

/**
 * The workflow command for one message.
 *
 * @param entry A message entry.
 * @returns The command line.
 */
function command(entry: Entry): string {
  const { json } = entry
  const properties: Array<[string, string | number | null]> = [
    ['file', entry.path],
    ['line', json.line],
    ['col', json.column],
    ['endLine', json.endLine],
    ['endColumn', json.endColumn],
    ['title', json.ruleId]
  ]
  const list = properties
    .filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${commands[json.severity]} ${list.join(',')}::${escapeData(json.message)}`
}

/**
 * Escape a command's message (`%`, `\r`, `\n`).
 *
 * @param value Raw text.
 * @returns Escaped text.
 */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/**
 * Escape a command property value (also `:` and `,`).
 *
 * @param value Raw text.
 * @returns Escaped text.
 */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
