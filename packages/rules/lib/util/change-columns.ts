/**
 * A column whose header names a change (`Verschil`, `Toename`, `Groei`, `Afname`) right of
 * exactly two number columns: each row holds the change from the first to the second, as a number
 * (`350`) or as a percentage of the first (`25%`). The header says what the column is, so a table of
 * two rows is judged too, as long as no more rows break the change than keep it. The sign of a change
 * is written either way (`Afname 25%`, `Verschil 100` for a fall), so only the size is judged.
 *
 * A header that names the row before (`Verschil met vorig jaar`, `Mutatie t.o.v. voorgaand jaar`)
 * beside one number column makes the column the change down that column: each row's level less the
 * level of the row above it.
 */

import { div, sub, type Rational } from './exact-number.js'
import { number } from './onderbouwing.js'
import type { TextTable } from './text-tables.js'

/** A cell of a change column that is not the change of its row. */
export interface ChangeBreak {
  /** The row. */
  row: number
  /** The column. */
  column: number
  /** The change with its outcome: `4.850 − 4.500 = 350`. */
  expression: string
  /** The change. */
  computed: Rational
}

const CHANGE = /\b(?:verschil|toename|afname|groei|daling|stijging|mutatie|wijziging|verandering)\b/iu
// A header that puts its bare numbers in percent (`Wijziging (%)`, `Groei in procenten`).
const PERCENT_HEADER = /\(\s*%\s*\)|\bin\s+(?:%|procenten)|\bprocentueel\b/iu
// The row above as the base: `vorig jaar`, `voorgaand jaar`, `het jaar ervoor`, `vorige meting`.
const ROW_BEFORE = /\b(?:vorige?|voorgaande?)\s+(?:jaar|meting|peiling|periode|kwartaal|maand|telling)\b|\bjaar\s+(?:ervoor|daarvoor|eerder)\b/iu
const ZERO: Rational = { n: 0n, d: 1n }
const HUNDRED: Rational = { n: 100n, d: 1n }
const abs = (a: Rational): Rational => (a.n < 0n ? sub(ZERO, a) : a)

/**
 * The cells of change columns that do not hold the change of their row.
 *
 * @param table The table.
 * @param numeric The numeric columns.
 * @param percent Whether a column holds percentages.
 * @returns One entry per breaking cell.
 */
export function changeColumnBreaks(table: TextTable, numeric: number[], percent: (k: number) => boolean): ChangeBreak[] {
  const out: ChangeBreak[] = []
  for (const target of numeric) {
    const header = table.header[target]?.text ?? ''
    if (!CHANGE.test(header)) continue
    const terms = numeric.filter((k) => k < target)
    // One number column before it: the change runs down that column (two run along the row).
    const down = ROW_BEFORE.test(header) && terms.length === 1
    if (down ? percent(terms[0]!) : terms.length !== 2 || terms.some(percent)) continue
    // Along the row: the two number columns; down the column: the level in the row above and in the row.
    const [a, b] = down ? [terms[0]!, terms[0]!] : (terms as [number, number])
    const above = down ? 1 : 0
    // Bare numbers under a header in percent (`Wijziging (%)`: `5,0`) are hundredths.
    const hundredths = !percent(target) && PERCENT_HEADER.test(header)
    const relative = percent(target) || hundredths
    const keep: number[] = []
    const lose: ChangeBreak[] = []
    table.rows.forEach((row, r) => {
      const [x, y, written] = [table.rows[r - above]?.[a]?.value, row[b]?.value, row[target]?.value]
      const stated = written && hundredths ? div(written, HUNDRED) : written
      if (x === undefined || y === undefined || stated === undefined || (relative && x.n === 0n)) return
      const change = relative ? div(sub(y, x), x) : sub(y, x)
      const off = sub(abs(change), abs(stated))
      // The change of two rounded amounts may be off by one step of each, in a table in thousands.
      const slack = table.scaled && !relative ? row[target]!.half.n * 4n : 1n
      if (sub({ n: row[target]!.half.n * slack, d: row[target]!.half.d * (hundredths ? 100n : 1n) }, abs(off)).n >= 0n) keep.push(r)
      else {
        const shown = `${row[b]!.text} − ${table.rows[r - above]![a]!.text}`
        lose.push({ row: r, column: target, expression: relative ? `(${shown}) ÷ ${row[a]!.text} = ${percentOf(change)}` : `${shown} = ${number(change)}`, computed: change })
      }
    })
    if (keep.length >= 1 && lose.length <= keep.length) out.push(...lose)
  }
  return out
}

// A fraction as a percentage with one decimal: `25,0%`.
function percentOf(value: Rational): string {
  const tenths = Number((value.n * 1000n) / value.d)
  return `${(tenths / 10).toFixed(1).replace('.', ',')}%`
}
