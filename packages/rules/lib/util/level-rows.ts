/**
 * The row of a year-column table that a change names by its new level instead of by a label:
 * `In 2028 loopt het saldo terug tot 215, een afname van 530 ten opzichte van 2027` beside a table
 * whose total row holds 215 in the column 2028. The sentence names its base year (`ten opzichte
 * van 2029`, `dan in 2027`) and one level of its own, and that level stands in the column of the
 * other year it names; the row (or rows) holding it there give the base year's level. Used by
 * `table-sentence-claims` when no row label is named.
 *
 * One reading only: one level in the sentence besides the size, no percentage, rows that agree on
 * the base year's level, and in a table of money no count of things (`12 deelnemers`).
 */

import { BASE, countedNumbers } from './base-year-changes.js'
import { make, mul, sub, type Rational } from './exact-number.js'
import type { TextTable } from './text-tables.js'

const BASE_YEAR = new RegExp(BASE, 'iu')
const same = (a: Rational, b: Rational): boolean => sub(a, b).n === 0n

/**
 * The rows whose cell in the sentence's own year holds its one level, when they agree on the base year.
 *
 * @param table The table.
 * @param sentence The sentence.
 * @param sizeAt Offset of the change's size in the sentence.
 * @param columns Year to column of the table.
 * @param money Whether the table holds amounts of money.
 * @returns The rows (all with one level in the base year's column), or none.
 */
export function levelRows(table: TextTable, sentence: string, sizeAt: number, columns: Map<number, number>, money: boolean): number[] {
  const base = Number(BASE_YEAR.exec(sentence)?.[1])
  const years = [...new Set((sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? []).map(Number))].filter((y) => y !== base)
  if (!columns.has(base) || years.length !== 1 || !columns.has(years[0]!)) return []
  const all = countedNumbers(sentence)
  const levels = all.filter((q) => Math.abs(q.at - sizeAt) > 2)
  if (levels.length !== 1 || all.some((q) => q.percent)) return []
  const [level] = levels as [(typeof levels)[0]]
  if (money && !level.euro && level.noun) return []
  const factor = make(BigInt(table.factor ?? 1), 1n)
  const [own, from] = [columns.get(years[0]!)!, columns.get(base)!]
  const rows = table.rows.flatMap((row, r) => {
    const cell = row[own]?.value
    return cell && !row[own]!.percent && (same(cell, level.value) || (level.euro && same(mul(cell, factor), level.value))) ? [r] : []
  })
  const bases = rows.map((r) => table.rows[r]?.[from]?.value)
  return rows.length > 0 && bases.every((b) => b && same(b, bases[0]!)) ? rows.slice(0, 1) : []
}
