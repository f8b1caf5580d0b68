/**
 * The gap between two rows of a table that a sentence under it names: "Het verschil tussen Noord en
 * Zuid is 6 procentpunt", "Tussen de sporthal en de gymzaal scheelt het € 35". The column is the
 * one the gap's unit names (gap-columns); each side must name exactly one row, and another row
 * than the other side.
 */

import { beyond, dutchNumber, mul, sub, type Equation } from './onderbouwing.js'
import { abs, columnOf, FIGURE, gapScale, gapTolerance, tableBefore } from './gap-columns.js'
import { rowsNamed } from './table-row-names.js'
import { textTables, type TextCell } from './text-tables.js'
import { paragraphSentences } from './text.js'

// `tussen A en B`, up to the verb, a comma or the figure; no digits in either side.
const SIDES = /\btussen\s+([^\d.;:,]+?)\s+en\s+([^\d.;:,]+?)(?=\s+(?:is|was|bedraagt|bedroeg|ligt|lag|scheelt|scheelde|zit)\b|\s*[,:]|\s+(?:€\s*)?\d)/iu
const GAP_WORD = /\b(?:verschil|scheelt|scheelde|schelen)\b/iu

/**
 * Every gap between two named rows of a table column that a sentence under the table states wrongly.
 *
 * @param text A prose text with its tables (a section).
 * @returns The gaps as equations (the two cells against the stated gap), with their rounding as tolerance.
 */
export function namedRowGaps(text: string): Equation[] {
  if (!text.includes('|') || !/\btussen\b/iu.test(text)) return []
  const tables = textTables(text)
  const out: Equation[] = []
  for (const s of paragraphSentences(text).flat()) {
    const sides = SIDES.exec(s.text)
    if (!sides || s.text.includes('|') || !GAP_WORD.test(s.text)) continue
    const after = sides.index + sides[0].length
    const figure = FIGURE.exec(s.text.slice(after))
    const table = tableBefore(tables, s.index)
    if (!figure || !table) continue
    const [, approx, euro, stated = '', unit = ''] = figure
    const [a, b] = [rowsNamed(table, sides[1] ?? ''), rowsNamed(table, sides[2] ?? '')]
    const found = columnOf(table, unit.toLowerCase(), Boolean(euro))
    if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || !found) continue
    const cells = [table.rows[a[0]!]?.[found.column], table.rows[b[0]!]?.[found.column]]
    if (cells.some((c) => c?.value === undefined)) continue
    // The higher cell first, as the gap is written.
    const [first, second] = cells.map((c) => c!).sort((x, y) => (sub(x.value!, y.value!).n < 0n ? 1 : -1)) as [TextCell, TextCell]
    const scale = gapScale(found.percent)
    const gap = abs(mul(sub(first.value!, second.value!), scale))
    const tolerance = gapTolerance(first, second, scale, stated, approx !== undefined)
    if (!beyond(gap, dutchNumber(stated), tolerance)) continue
    out.push({
      expression: `${first.text} − ${second.text}`,
      computed: gap,
      stated: dutchNumber(stated),
      result: stated,
      index: s.index + after + figure[0].search(/\d/u),
      tolerance,
      final: true,
      arithmetic: true,
      soft: true,
      likely: true
    })
  }
  return out
}
