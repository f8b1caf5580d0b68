/**
 * The test of one relation between the columns of a table, shared by the readers of each kind of
 * result column (table-plain-relations, table-percent-relations): per row what the terms compute,
 * which rows keep the relation and which break it, and whether enough rows keep it to point at the
 * ones that break it. Also the header words of a total or a difference, and a cell as a term.
 */

import { add, mul, sub, type Rational } from './exact-number.js'
import { within } from './onderbouwing.js'
import { scaledFactor, type TextCell, type TextTable } from './text-tables.js'
import { durationFactor, namedDuration } from './unit-scales.js'
import { isZeroCell } from './nil-cells.js'

// Header or row words that say a column or row is a total or a difference.
export const TOTAL = /\b(?:totaal|totalen|samen|som|subtotaal|generaal)\b/iu
export const GAP = /\b(?:verschil|saldo|toename|afname|groei|daling|stijging|netto|resteert|rest)\b/iu
// A row of shares or means.
export const RATIO_ROW = /\b(?:aandeel|procent\p{L}*|percentage|gemiddeld\p{L}*|per)\b|%/iu
export const ZERO: Rational = { n: 0n, d: 1n }

/** The values of a column, one per row. */
export type Values = Array<Rational | undefined>

/** What a relation's terms give in one row: the value, the calculation as shown, and slack beyond the cells' rounding. */
export type RowValue = { value: Rational; shown: string; tolerance?: Rational } | undefined

/** A table's columns as terms, and the test of a relation between them. */
export interface ColumnRelations {
  table: TextTable
  header: string[]
  /** The numeric columns: every data cell a number or empty, at least two numbers; years are labels. */
  numeric: number[]
  /** The numeric columns that are no percentages. */
  plain: number[]
  /** A column's values as terms (a dash is zero). */
  column: (k: number) => Values
  /** Whether a column holds percentages. */
  percent: (k: number) => boolean
  /** The unit a column's header gives its numbers (`x € 1.000`). */
  unit: (k: number) => Rational
  /** The factor from the terms' duration to the result's (`Minuten per contact` to `Uren per jaar`). */
  durations: (ks: number[], target: number) => Rational
  /** A row's terms as a sum, as written. */
  terms: (r: number, ks: number[]) => string
  /** The relation `a − b` per row, as terms (a dash is zero). */
  difference: (a: number, b: number) => (r: number) => RowValue
  /** Test a relation given per row, and report the rows that break it when enough rows keep it (see `columnRelations`). */
  test: (target: number, ks: number[], f: (r: number) => RowValue, confirmed: boolean, product?: boolean, declared?: boolean, least?: number) => void
}

/**
 * The columns of a table as terms, and the test of a relation between them.
 *
 * @param table The table.
 * @param header Its header texts.
 * @param numeric Its numeric columns.
 * @param report Reports a cell that breaks a relation, with the calculation and what it gives.
 * @returns The columns and the test.
 */
export function columnRelations(table: TextTable, header: string[], numeric: number[], report: (r: number, k: number, expression: string, computed: Rational) => void): ColumnRelations {
  // A dash in a term cell is nothing (`| Dorpshuis | € 900.000 | - | € 900.000 |`): zero.
  const column = (k: number): Values => table.rows.map((row) => termValue(row[k]))
  const percent = (k: number): boolean => table.rows.some((row) => row[k]?.percent)
  const slack = (r: number, ks: number[], target: number): Rational => {
    const own = table.rows[r]?.[target]?.half ?? ZERO
    if (!table.scaled) return own
    // A table in thousands rounds every cell: one step per number (a term whose header gives
    // another unit than the result's is written in that unit, not rounded to the table's).
    const same = ks.filter((k) => scaledFactor(header[k] ?? '') === scaledFactor(header[target] ?? ''))
    return same.reduce((t, k) => add(t, mul(table.rows[r]?.[k]?.half ?? ZERO, { n: 2n, d: 1n })), mul(own, { n: 2n, d: 1n }))
  }
  // A relation, given per row as (computed, shown terms) or undefined: which rows keep it, which break it.
  // `declared`: the headers name both terms and the result (`Aantal` × `Tarief` = `Opbrengst`), so each row holds it on its own once one row shows the scale.
  // `least`: the rows that must keep it at the least (a quotient no header names needs three).
  const test = (target: number, ks: number[], f: (r: number) => RowValue, confirmed: boolean, product = false, declared = false, least = 0): void => {
    const keep: number[] = []
    const lose: Array<[number, string, Rational]> = []
    table.rows.forEach((row, r) => {
      // A row of shares or means (`aandeel in procenten`, `gemiddeld per wijk`) follows other
      // arithmetic than a sum; in a product `per` names the unit of the price (`Kindpakket (per kind)`).
      if (!product && RATIO_ROW.test(row[0]?.text ?? '')) return
      const stated = row[target]?.value
      const got = stated === undefined ? undefined : f(r)
      if (!got || stated === undefined) return
      if (within(got.value, stated, add(slack(r, ks, target), got.tolerance ?? ZERO))) keep.push(r)
      else lose.push([r, got.shown, got.value])
    })
    // Real values, not a column of zeros.
    const real = keep.filter((r) => table.rows[r]?.[target]?.value?.n !== 0n).length
    // Two rows that keep it with terms other than 0 and 1 (`45 × € 2.300 = € 103.500`) rarely do
    // so by chance: in a table of three rows they show the relation as well as three rows do.
    const telling = keep.filter((r) => table.rows[r]?.[target]?.value?.n !== 0n && ks.every((k) => nonTrivial(termValue(table.rows[r]?.[k])))).length
    const holds = real >= least && (declared ? real >= 1 : confirmed ? real >= 2 && keep.length > lose.length : (real >= 3 || telling >= 2) && lose.length === 1)
    if (holds) for (const [r, shown, value] of lose) report(r, target, shown, value)
  }
  // A header may give its own column's unit (`Totaal (x € 1.000)` beside `Prijs per woning` in
  // euros): a product compares in the unit of the result.
  const unit = (k: number): Rational => ({ n: BigInt(scaledFactor(header[k] ?? '')), d: 1n })
  // A term in one duration and the result in another (`Minuten per contact` to `Uren per jaar`):
  // the product converts, as a product of a price in euros and a result in thousands does.
  const durations = (ks: number[], target: number): Rational => {
    const to = namedDuration(header[target] ?? '')
    const from = ks.map((k) => namedDuration(header[k] ?? '')).filter((u) => u !== undefined)
    return (to && from.length === 1 ? durationFactor(from[0]!, to) : undefined) ?? { n: 1n, d: 1n }
  }
  const terms = (r: number, ks: number[]): string => ks.map((k) => table.rows[r]?.[k]?.text ?? '').join(' + ').replace(/\+ [-−–]/gu, '− ')
  const plain = numeric.filter((k) => !percent(k))
  const difference = (a: number, b: number) => (r: number): RowValue => {
    const [x, y] = [column(a)[r], column(b)[r]]
    return x !== undefined && y !== undefined ? { value: sub(x, y), shown: `${table.rows[r]![a]!.text} − ${table.rows[r]![b]!.text}` } : undefined
  }
  return { table, header, numeric, plain, column, percent, unit, durations, terms, difference, test }
}

// A term that makes a relation hold by itself: 0 in a sum, 1 or 0 in a product.
const nonTrivial = (v: Rational | undefined): boolean => v !== undefined && v.n !== 0n && v.n !== v.d

// The value of a cell as a term of a calculation: its number, or zero for a dash.
export const termValue = (cell: TextCell | undefined): Rational | undefined => cell?.value ?? (cell && isZeroCell(cell.text) ? ZERO : undefined)
