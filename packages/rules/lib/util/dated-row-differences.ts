/**
 * A difference with the same occasion a year earlier, read from a table of dated occasions above the
 * sentence: `Op het najaarsconcert van 2025 kwamen 1.450 mensen, 150 meer dan een jaar eerder.` The
 * sentence names one row by its label and year; the row of that label a year before is the other
 * level. The size should be the gap between their counts, in the direction said. Only when the
 * sentence's other numbers are the row's own count, and each name and year fit exactly one row.
 */

import { dutchNumber, sub } from './exact-number.js'
import { markdownTables } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { numberValues } from './share-quoted-cells.js'
import { tableEnd } from './table-named-series.js'
import { datedRows, earlierRow, namedRow } from './dated-rows.js'

// `150 meer dan een jaar eerder`, `ruim 200 bezoekers minder dan het jaar ervoor`.
const YEAR_EARLIER = /(?<![\d.,])(ruim\s+|bijna\s+|circa\s+|ongeveer\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:\p{L}+\s+)?(meer|minder)\s+dan\s+(?:een|één|1|het)\s+jaar\s+(?:eerder|daarvoor|ervoor|tevoren)\b/iu
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu
// A percentage is a change in percent, not a difference of counts (percentage-claim-check's).
const PERCENT = /%|\bprocent/iu

/**
 * Every difference with the same occasion a year earlier in a table of dated occasions.
 *
 * @param text A prose text, with its tables.
 * @returns The differences as equations (`9.100 − 8.200`), with the rounding of the size as tolerance.
 */
export function datedRowDifferences(text: string): Equation[] {
  if (!text.includes('|') || !/\bjaar\s+(?:eerder|daarvoor|ervoor|tevoren)\b/iu.test(text)) return []
  const tables = markdownTables(text)
  const out: Equation[] = []
  for (const s of paragraphSentences(text).flat()) {
    const said = YEAR_EARLIER.exec(s.text)
    const years = [...new Set(s.text.match(YEAR) ?? [])]
    if (!said || years.length !== 1 || PERCENT.test(s.text)) continue
    // The nearest table above, with no heading between.
    const table = tables.filter((t) => tableEnd(t) <= s.index).at(-1)
    if (!table || /\n#/u.test(text.slice(tableEnd(table), s.index))) continue
    const dated = datedRows(table, s.text)
    if (!dated) continue
    const now = namedRow(dated, s.text.slice(0, said.index), Number(years[0]))
    const before = now ? earlierRow(dated, now, 1) : undefined
    if (!now || !before) continue
    // Its other numbers must be the row's own count: another count is what the difference is of.
    const rest = s.text.slice(0, said.index).replace(YEAR, ' ') + ' '.repeat(said[0].length) + s.text.slice(said.index + said[0].length).replace(YEAR, ' ')
    if (numberValues(rest).some((n) => n.value !== now.value)) continue
    const down = (said[3] ?? '').toLowerCase() === 'minder'
    const [was, is] = [dutchNumber(before.count), dutchNumber(now.count)]
    const gap = down ? sub(was, is) : sub(is, was)
    if (gap.n <= 0n) continue
    const size = said[2] ?? ''
    const [a, b] = down ? [before.count, now.count] : [now.count, before.count]
    const at = s.index + said.index + (said[1]?.length ?? 0)
    out.push(proseEquation(`${a} − ${b}`, gap, { text: size, value: dutchNumber(size), index: at }, said[1] !== undefined))
  }
  return out
}
