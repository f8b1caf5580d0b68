/**
 * The calculations two rules read in running text, in one place so a third can tell which
 * numbers they judge: `finance-net-stated-vs-computed` the ones the text writes out (`3 × € 64.000
 * = € 182.000`, `à … samen`), `prose-calculation` the ones it implies. `arithmetic-slip` stays
 * quiet on a number either of them reads, so one slip is one message.
 */

import { carriedTotals } from './carried-totals.js'
import { deductions } from './deductions.js'
import { impliedEquations } from './implied-equations.js'
import { equations, type Equation } from './onderbouwing.js'
import { listTotals } from './list-totals.js'
import { paybackTimes } from './payback-times.js'
import { planPeriodTotals } from './plan-period-totals.js'
import { restatedChanges } from './restated-changes.js'
import { roundedRestatements } from './rounded-restatements.js'
import { leadingResults } from './result-first.js'
import { inResultPeriod } from './period-scaled.js'
import { tableClaims } from './table-claims.js'

/**
 * The calculations a text writes out in full (read by `finance-net-stated-vs-computed`).
 *
 * @param text A prose text.
 * @returns Every written calculation; `soft` readings are `prose-calculation`'s.
 */
export function writtenCalculations(text: string): Equation[] {
  return [...equations(text), ...deductions(text), ...leadingResults(text)].filter((e) => e.arithmetic && !e.soft).map((e) => inResultPeriod(text, e))
}

/**
 * The calculations a text implies (read by `prose-calculation`).
 *
 * @param text A prose text.
 * @param planYears The number of years of the plan period (0 when unknown).
 * @returns Every implied calculation.
 */
export function impliedCalculations(text: string, planYears: number): Equation[] {
  return [...impliedEquations(text), ...planPeriodTotals(text, planYears), ...restatedChanges(text), ...tableClaims(text), ...carriedTotals(text), ...paybackTimes(text), ...listTotals(text), ...roundedRestatements(text)]
}
