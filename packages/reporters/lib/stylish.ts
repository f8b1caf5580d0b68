import type { Severity } from '@kapstok/core'
import { groupEntries, position, type Entry } from './entries.js'
import type { Reporter } from './types.js'

/** Dutch word for each severity. */
const words: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'info' }

/** ANSI colour per severity. */
const colours: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' }

/** ANSI SGR codes: [open, close]. */
const styles = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  blue: [34, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24]
} as const

/** An ANSI style name. */
type Style = keyof typeof styles

/**
 * Human-readable report, grouped per file with aligned columns, like ESLint's stylish and
 * vfile-reporter: `  12:3  fout  Onverwachte einddatum …  agenda-date-order`, then a Dutch
 * summary (`✖ 3 problemen (2 fouten, 1 waarschuwing)` or `✔ Geen problemen gevonden`).
 * Messages without a place show `-` as position. Files without messages are not listed.
 *
 * @param input Files, messages and rule metadata.
 * @param options `color` to use ANSI colours (default: `false`).
 * @returns The report, without a final newline.
 */
export const stylish: Reporter = (input, options = {}) => {
  const paint = (style: Style, text: string): string =>
    options.color === true ? `\u001B[${styles[style][0]}m${text}\u001B[${styles[style][1]}m` : text
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  const blocks: string[] = []

  for (const group of groupEntries(input)) {
    if (group.entries.length === 0) continue
    const rows = group.entries.map((entry) => row(entry))
    const widths = [0, 1, 2].map((index) => Math.max(...rows.map((cells) => cells[index]?.length ?? 0)))
    const lines = group.entries.map((entry, index) => {
      const cells = rows[index] ?? []
      const severity = entry.json.severity
      counts[severity]++
      const [place = '', word = '', reason = '', ruleId = ''] = cells
      const gap = ' '.repeat((widths[1] ?? 0) - word.length)
      const tail = ruleId ? `  ${reason.padEnd(widths[2] ?? 0)}  ${paint('dim', ruleId)}` : `  ${reason}`
      return `  ${place.padEnd(widths[0] ?? 0)}  ${paint(colours[severity], word)}${gap}${tail}`
    })
    blocks.push([paint('underline', group.path), ...lines].join('\n'))
  }

  const total = counts.error + counts.warning + counts.info
  if (total === 0) return paint('green', '✔') + ' Geen problemen gevonden'
  const parts = [
    counts.error > 0 ? plural(counts.error, 'fout', 'fouten') : '',
    counts.warning > 0 ? plural(counts.warning, 'waarschuwing', 'waarschuwingen') : '',
    counts.info > 0 ? plural(counts.info, 'info', 'info') : ''
  ].filter(Boolean)
  const mark = counts.error > 0 ? paint('red', '✖') : paint('yellow', '⚠')
  const summary = `${mark} ${plural(total, 'probleem', 'problemen')} (${parts.join(', ')})`
  return [...blocks, paint('bold', summary)].join('\n\n')
}

/**
 * The plain cells of one message: position, severity word, reason, rule id.
 *
 * @param entry A message entry.
 * @returns Four cells.
 */
function row(entry: Entry): string[] {
  return [position(entry) ?? '-', words[entry.json.severity], entry.json.message, entry.json.ruleId ?? '']
}

/**
 * A count with the right Dutch noun.
 *
 * @param count How many.
 * @param one Singular noun.
 * @param many Plural noun.
 * @returns E.g. `1 fout`, `2 fouten`.
 */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
