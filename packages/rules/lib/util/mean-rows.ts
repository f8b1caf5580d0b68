/**
 * A row `Gemiddeld` (or `Gemiddelde`) below the rows it averages: per column the mean of those
 * rows. A benchmark row (`Gemiddelde Nederland`) holds other numbers in every column, so the row
 * counts as a mean only when two columns keep it; a column that then does not is the one to mend.
 */

import { add, div, make, sub, type Rational } from './exact-number.js'
import { number } from './onderbouwing.js'
import type { TextTable } from './text-tables.js'

/** A cell of a mean row that is not the mean of the rows above it. */
export interface MeanBreak {
  /** The row. */
  row: number
  /** The column. */
  column: number
  /** The mean with its outcome: `(10 + 8 + 12) / 3 = 10`. */
  expression: string
  /** The mean. */
  computed: Rational
}

const MEAN = /\b(?:gemiddeld|gemiddelde)\b/iu
// A row that closes a group: a total or another mean.
const CLOSES = /\b(?:totaal|totalen|samen|subtotaal|gemiddeld|gemiddelde)\b/iu
// A column of means or shares may average by weight (the total of one column over the total of
// another), so it confirms a mean row but is not judged by it.
const WEIGHTED = /\bper\b|%|\bgemiddeld/iu

const ZERO: Rational = { n: 0n, d: 1n }
const abs = (a: Rational): Rational => (a.n < 0n ? sub(ZERO, a) : a)

/**
 * The cells of the mean rows of a table that are not the mean of the rows above them.
 *
 * @param table The table.
 * @param columns The numeric columns.
 * @returns One entry per mean row that breaks, at most.
 */
export function meanRowBreaks(table: TextTable, columns: number[]): MeanBreak[] {
  const out: MeanBreak[] = []
  let from = 0
  table.rows.forEach((row, r) => {
    const name = row[0]?.text ?? ''
    if (!CLOSES.test(name)) return
    const above = [...Array(r - from).keys()].map((i) => i + from)
    from = r + 1
    if (!MEAN.test(name) || above.length < 2) return
    const keep: number[] = []
    const lose: MeanBreak[] = []
    for (const k of columns) {
      const stated = row[k]?.value
      const cells = above.map((i) => table.rows[i]?.[k]).filter((c) => c?.value !== undefined)
      if (stated === undefined || cells.length < 2 || cells.length < above.length) continue
      const mean = div(cells.reduce<Rational>((t, c) => add(t, c!.value!), ZERO), make(BigInt(cells.length), 1n))
      // The mean is rounded; in a table in thousands its numbers are too, by half a step at most.
      const tolerance = table.scaled ? add(row[k]!.half, cells[0]!.half) : row[k]!.half
      if (sub(tolerance, abs(sub(mean, stated))).n >= 0n) keep.push(k)
      else if (!WEIGHTED.test(table.header[k]?.text ?? '') && !row[k]!.percent) {
        lose.push({ row: r, column: k, expression: `(${cells.map((c) => c!.text).join(' + ')}) / ${cells.length} = ${number(mean)}`, computed: mean })
      }
    }
    if (keep.length >= 2 && keep.length > lose.length && lose[0]) out.push(lose[0])
  })
  return out
}
