/**
 * A row `Verschil` (or `Mutatie`, `Toename`, `Afname`, `Groei`) right below the two rows it
 * compares: `Formatie 2025`, `Formatie 2026`, `Verschil`, with the teams or years as columns. Per
 * column the lower row minus the upper one (or, for a decrease written without its sign, the upper
 * minus the lower: the order the most columns keep). Two columns that keep it show the row is that
 * difference; a column that then does not is the one to mend.
 */

import { add, mul, sub, type Rational } from './exact-number.js'
import { number, within } from './onderbouwing.js'
import type { TextTable } from './text-tables.js'

/** A cell of a difference row that is not the difference of the two rows above it. */
export interface GapBreak {
  /** The row. */
  row: number
  /** The column. */
  column: number
  /** The difference with its outcome: `9,0 − 9,5 = -0,5`. */
  expression: string
  /** The difference. */
  computed: Rational
}

const GAP_ROW = /^\**\s*(?:verschil|mutatie|toename|afname|groei|stijging|daling|verandering|wijziging)\b/iu
// A share or percentage in the label or the cells changes by another measure than a difference.
const RATIO = /%|\bprocent|\bper\b|\bgemiddeld/iu
const TWO: Rational = { n: 2n, d: 1n }

/**
 * The cells of the difference rows of a table that are not the difference of the two rows above.
 *
 * @param table The table.
 * @param columns The numeric columns (no percentages).
 * @returns The breaking cells, one per row at most.
 */
export function gapRowBreaks(table: TextTable, columns: number[]): GapBreak[] {
  const out: GapBreak[] = []
  table.rows.forEach((row, r) => {
    const label = row[0]?.text ?? ''
    const [upper, lower] = [table.rows[r - 2], table.rows[r - 1]]
    if (r < 2 || !upper || !lower || !GAP_ROW.test(label) || RATIO.test(label) || RATIO.test(upper[0]?.text ?? '') || RATIO.test(lower[0]?.text ?? '')) return
    const cells = columns
      .map((k) => ({ k, a: upper[k], b: lower[k], c: row[k] }))
      .filter((x) => x.a?.value !== undefined && x.b?.value !== undefined && x.c?.value !== undefined && !x.a.percent && !x.b.percent && !x.c.percent)
    if (cells.length < 3) return
    const readings = [1, -1].map((sign) =>
      cells.map(({ k, a, b, c }) => {
        const computed = sign > 0 ? sub(b!.value!, a!.value!) : sub(a!.value!, b!.value!)
        const tolerance = add(c!.half, mul(add(a!.half, b!.half), table.scaled ? TWO : { n: 0n, d: 1n }))
        return { k, computed, kept: within(computed, c!.value!, tolerance), shown: sign > 0 ? `${b!.text} − ${a!.text}` : `${a!.text} − ${b!.text}` }
      })
    )
    const kept = (xs: (typeof readings)[number]): number => xs.filter((x) => x.kept && x.computed.n !== 0n).length
    const best = kept(readings[0]!) >= kept(readings[1]!) ? readings[0]! : readings[1]!
    const lost = best.filter((x) => !x.kept)
    if (kept(best) < 2 || lost.length !== 1) return
    const miss = lost[0]!
    out.push({ row: r, column: miss.k, expression: `${miss.shown} = ${number(miss.computed)}`, computed: miss.computed })
  })
  return out
}
