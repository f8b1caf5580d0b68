/**
 * The column of a table a gap in prose is in, by the gap's unit: percentage points for a column of
 * percentages, a unit word its header or cells carry (`dagen` for `Wachttijd in dagen`), euros for a
 * column of amounts. Shared by the readings of a gap between a column's ends and between two named rows.
 */

import { add, mul, rounding, type Rational } from './onderbouwing.js'
import { NUMBER } from './amount-change.js'
import { nounStem } from './unit-nouns.js'
import { dataRows } from './table-row-names.js'
import type { TextCell, TextTable } from './text-tables.js'

// The one column the gap's unit names, with its highest and lowest data cell, and the pairs of its cells in the
// rows where each other column of numbers has its ends.
export function columnOf(table: TextTable, unit: string, euro: boolean): { high: TextCell; low: TextCell; percent: boolean; others: Array<[TextCell, TextCell]>; column: number } | undefined {
  const points = /^(?:procentpunt|%-?punt)/u.test(unit)
  // `36%` or `36 procent` of percentages may be relative or in points: no reading.
  if (unit === '%' || unit === 'procent') return undefined
  const stem = nounStem(unit)
  const rows = dataRows(table)
  const fits = (c: number): boolean => {
    const cells = rows.map((r) => table.rows[r]?.[c]).filter((cell): cell is TextCell => cell?.value !== undefined)
    if (cells.length < 3 || cells.length < rows.length) return false
    if (points) return cells.every((cell) => cell.percent)
    if (cells.some((cell) => cell.percent)) return false
    if (euro) return /€/u.test(table.header[c]?.text ?? '') || cells.every((cell) => cell.text.includes('€'))
    const named = (words: string): boolean => unit !== '' && (words.toLowerCase().match(/[\p{L}²]+/gu) ?? []).some((w) => nounStem(w) === stem)
    return named(table.header[c]?.text ?? '') || cells.every((cell) => named(cell.text))
  }
  const columns = (table.header.length > 0 ? table.header : (table.rows[0] ?? [])).map((_, c) => c).filter((c) => c > 0 && fits(c))
  if (columns.length !== 1) return undefined
  const column = columns[0]!
  const cellsOf = (c: number): Array<TextCell | undefined> => rows.map((r) => table.rows[r]?.[c])
  const [high, low] = ends(cellsOf(column) as TextCell[])
  const others = table.header.map((_, c) => c).filter((c) => c > 0 && c !== column && cellsOf(c).every((cell) => cell?.value !== undefined)).map((c): [TextCell, TextCell] => {
    const [top, bottom] = ends(cellsOf(c) as TextCell[])
    const own = cellsOf(column)
    return [own[cellsOf(c).indexOf(top)]!, own[cellsOf(c).indexOf(bottom)]!]
  })
  return { high, low, percent: points, others, column }
}

const value = (cell: TextCell): number => Number(cell.value!.n) / Number(cell.value!.d)
// The highest and the lowest cell of a column.
const ends = (cells: TextCell[]): [TextCell, TextCell] => [cells.reduce((a, b) => (value(b) > value(a) ? b : a)), cells.reduce((a, b) => (value(b) < value(a) ? b : a))]
export const abs = (r: Rational): Rational => (r.n < 0n ? { n: -r.n, d: r.d } : r)

// The first figure after the gap's two sides, with its unit; no other number between.
export const FIGURE = new RegExp(String.raw`^[^.;!?\d]*?((?:circa|ongeveer|ruim|bijna|zo['’]n|afgerond)\s+)?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)\s*(procentpunt(?:en)?|%-?punt(?:en)?|%|procent\b|[\p{L}²]+)?`, 'iu')
// A table farther than this before the sentence is no longer the one it speaks of.
const NEAR = 1500
const HUNDRED: Rational = { n: 100n, d: 1n }

// Where a table ends in the text: sentences after it may speak of it.
const lastIndex = (t: TextTable): number => Math.max(...(t.rows.at(-1) ?? t.header).map((c) => c.index + c.text.length))

/** The nearest table that ends before `at`, if it is near enough to be the one a sentence there speaks of. */
export const tableBefore = (tables: TextTable[], at: number): TextTable | undefined => tables.filter((t) => lastIndex(t) < at && at - lastIndex(t) <= NEAR).at(-1)

/** The factor of a column's cells: percentage points count a cell of `36%` as 36. */
export const gapScale = (percent: boolean): Rational => (percent ? HUNDRED : { n: 1n, d: 1n })

/** How far a stated gap may be off: half a unit of each cell (scaled) and the rounding of the stated figure. */
export const gapTolerance = (a: TextCell, b: TextCell, scale: Rational, stated: string, approx: boolean): Rational => add(mul(add(a.half, b.half), scale), rounding(stated, approx))
