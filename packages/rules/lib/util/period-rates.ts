/**
 * An amount per period restated per another period: "€ 38 per maand, dat is € 456 per jaar",
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

/**
 * Every amount per period with the same amount per another period right after it.
 *
 * @param text A prose text.
 * @returns The conversions as equations (`38 × 12 = 456`), with the rounding of the result as tolerance.
 */
export function periodRates(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(RESTATED)) {
    const [all, amount = '', from = '', approx, result = '', to = ''] = m
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
