/**
 * An amount per period restated per another period: "€ 17 per maand, ofwel € 204 per jaar",
 * "€ 12.500 per kwartaal, ofwel € 50.000 per jaar". The second amount is the first times the
 * number of the one period in the other.
 */

import { AMOUNT } from './amount-change.js'
import { div } from './exact-number.js'
import { add, dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'

// Periods in a year; a year has 52 weeks and a bit, which the tolerance allows.
export const PER_YEAR: Record<string, bigint> = { jaar: 1n, kwartaal: 4n, maand: 12n, week: 52n }
const PERIOD = String.raw`(jaar|kwartaal|maand|week)`
// Words that make the second amount the same money: `, dat is`, `; dat betekent`, `ofwel`, `dus`, `(`.
const SAME = String.raw`\s*[,;:(]?\s*(?:(?:dat|dit|wat)\s+(?:is|betekent|komt\s+neer\s+op|neerkomt\s+op)|ofwel|oftewel|(?:en\s+)?dus|=)\s+(?:een\s+bedrag\s+van\s+|dus\s+)?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?`
const RESTATED = new RegExp(String.raw`${AMOUNT}\s+per\s+${PERIOD}\b${SAME}${AMOUNT}\s+per\s+${PERIOD}\b`, 'giu')
// `€ 3.500 per maand, op jaarbasis € 42.000` and `…, dat is € 42.000 op jaarbasis`: `op jaarbasis` names the period too.
const ON_BASIS = new RegExp(String.raw`${AMOUNT}\s+per\s+${PERIOD}\b\s*[,;:(]?\s*(?:op\s+${PERIOD}basis\s+(?:is\s+(?:dat|dit)\s+|dus\s+)?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}(?!\s+per\b)|(?:dat\s+is|ofwel|oftewel|dus)\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}\s+op\s+${PERIOD}basis\b)`, 'giu')

/**
 * Every amount per period with the same amount per another period right after it.
 *
 * @param text A prose text.
 * @returns The conversions as equations (`38 × 12 = 456`), with the rounding of the result as tolerance.
 */
export function periodRates(text: string): Equation[] {
  const out: Equation[] = []
  const restated = [...text.matchAll(RESTATED)].map((m) => ({ m, parts: [...m] }))
  // Put the `op jaarbasis` forms in the order of RESTATED: amount, period, approximation, result, period.
  const basis = [...text.matchAll(ON_BASIS)].map((m) => ({ m, parts: m[3] !== undefined ? [m[0], m[1], m[2], m[4], m[5], m[3]] : [m[0], m[1], m[2], m[6], m[7], m[8]] }))
  for (const { m, parts } of [...restated, ...basis]) {
    const [all = '', amount = '', from = '', approx, result = '', to = ''] = parts
    const f = PER_YEAR[from.toLowerCase()]
    const t = PER_YEAR[to.toLowerCase()]
    if (f === undefined || t === undefined || f === t) continue
    const factor: Rational = { n: f, d: t }
    const value = dutchNumber(amount)
    const e = proseEquation(f > t ? `${amount} × ${f / t}` : `${amount} ÷ ${t / f}`, mul(value, factor), { text: result, value: dutchNumber(result), index: m.index + all.lastIndexOf(result) }, Boolean(approx))
    // Weeks: a year is 52 weeks and a day, and some count 53.
    out.push(from.toLowerCase() === 'week' || to.toLowerCase() === 'week' ? { ...e, tolerance: add(e.tolerance, div(e.computed, { n: 52n, d: 1n })) } : e)
  }
  return out
}
