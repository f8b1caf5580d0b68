/**
 * The scale a product of two table columns comes out in: its own numbers, or, in a table in
 * thousands or millions whose headers name no unit, the table's unit when a factor is written in
 * euros (`€ 72.000` loonsom per fte beside `Kosten` 288 under `Kosten x € 1.000`) and only that
 * reading lets a row keep the product.
 */

import { add, div, mul, type Rational } from './exact-number.js'
import { within } from './onderbouwing.js'
import { scaledFactor, type TextTable } from './text-tables.js'

const ONE: Rational = { n: 1n, d: 1n }
const ZERO: Rational = { n: 0n, d: 1n }
const EURO = /€/u

/**
 * The divisor a product of columns `a` and `b` is compared at in column `target`.
 *
 * @param table The table.
 * @param a A factor column.
 * @param b The other factor column.
 * @param target The column of the product.
 * @returns The divisor: 1, or the table's unit.
 */
export function productScale(table: TextTable, a: number, b: number, target: number): Rational {
  const factor = table.factor ?? 1
  if (factor <= 1 || [a, b, target].some((k) => scaledFactor(table.header[k]?.text ?? '') > 1)) return ONE
  if (!table.rows.some((row) => EURO.test(row[a]?.text ?? '') || EURO.test(row[b]?.text ?? ''))) return ONE
  const fits = (scale: Rational): boolean =>
    table.rows.some((row) => {
      const [x, y, z] = [row[a]?.value, row[b]?.value, row[target]?.value]
      const half = row[target]?.half ?? ZERO
      return x !== undefined && y !== undefined && z !== undefined && z.n !== 0n && within(div(mul(x, y), scale), z, add(half, half))
    })
  const unit: Rational = { n: BigInt(factor), d: 1n }
  return !fits(ONE) && fits(unit) ? unit : ONE
}
