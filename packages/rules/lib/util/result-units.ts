/**
 * Terms written in thousands or millions beside a result in euros: the units a calculation's
 * result may be in, for the readers that take a calculation apart (prose-equations) and for the
 * one message that reports it (calculation-report).
 */

import { mul, type Equation, type Rational } from './onderbouwing.js'

// `€ 761.000 (223 + 302 + 236)` in a plan whose tables are `x € 1.000`: terms written in
// thousands or millions make up an amount in euros. A result exactly a thousand or a million
// times the computation is that convention, not a slip of the pen.
export const UNIT_FACTORS: Rational[] = [{ n: 1000n, d: 1n }, { n: 1_000_000n, d: 1n }]

/**
 * The factor of thousands or millions that brings a computation within a factor two of its stated
 * result (`1.200 + 1.400 = € 2.700.000`: terms in thousands), or 1. The message then gives the
 * outcome in the result's unit, and a reader does not take the gap for a factor left out.
 *
 * @param e The calculation.
 */
export function resultUnitFactor(e: Equation): Rational {
  const ratio = (f: Rational): number => Number(mul(e.computed, f).n * e.stated.d) / Number(e.stated.n * mul(e.computed, f).d)
  return UNIT_FACTORS.find((f) => ratio(f) >= 0.5 && ratio(f) <= 2) ?? { n: 1n, d: 1n }
}
