/**
 * An amount per year over the plan's own period with a total: "de regeling kost € 18.000 per jaar
 * en over de gehele planperiode dus € 72.000". The number of years is the plan's period from
 * its metadata, which the sentence refers to instead of naming it.
 */

import { AMOUNT } from './amount-change.js'
import { dutchNumber, mul, proseEquation, sub, type Equation } from './onderbouwing.js'

// `€ A per jaar` or `jaarlijks € A`.
const YEARLY = String.raw`(?:${AMOUNT}\s+per\s+jaar|jaarlijks\s+(?:[\p{L}-]+\s+){0,2}?${AMOUNT})`
// `over (de hele|de gehele|de volledige) planperiode`, `in de looptijd van dit programma`.
// `de hele periode` (a whole period without a length) is the plan's too.
const PERIOD = String.raw`(?:(?:over|in|gedurende|voor)\s+(?:de\s+)?(?:(?:hele|gehele|volledige|totale)\s+)?(?:planperiode|looptijd(?:\s+van\s+(?:dit|het)\s+[\p{L}-]+)?|periode\s+van\s+(?:dit|het)\s+[\p{L}-]+)|(?:over|in|gedurende|voor)\s+de\s+(?:hele|gehele|volledige|totale)\s+periode(?!\s+van))`
// The total after the period, in the same sentence: `op € T`, `is dat € T`, `samen € T`.
// `elk € T`, `ieder € T`: each of several payers over the period (`betalen elk de helft, € A per jaar`).
const TOTAL = String.raw`(?:elk|ieder|op|(?:komt|komen)\s+(?:[\p{L}-]+\s+){0,3}?(?:uit\s+)?op|(?:is|zijn)\s+(?:dat|dit)(?:\s+(?:samen|in\s+totaal))?|samen|in\s+totaal|bij\s+elkaar|(?:een\s+)?totaal\s+van)`
// The total may also follow the period straight away, as an apposition (`jaarlijks € 45.000, over de planperiode € 180.000`).
const OVER_PLAN = new RegExp(String.raw`${YEARLY}([^€.!?]{0,60}?)\b${PERIOD}\b(?:[^€.;!?\d]{0,30}?${TOTAL}\s+|(\s*[,:]?\s*(?=€)))(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}`, 'giu')

const CLAUSE_END = /^\s*(?:[.;!?)]|$)/u

/**
 * Every amount per year with its total over the plan period.
 *
 * @param text A prose text.
 * @param years The number of years of the plan period.
 * @param start The plan's first year, when its metadata gives it.
 * @returns The totals as equations (`25.000 × 4 = 100.000`), with the rounding of the total as tolerance.
 */
export function planPeriodTotals(text: string, years: number, start?: number): Equation[] {
  const out: Equation[] = []
  if (!(years >= 2 && years <= 20)) return out
  for (const m of text.matchAll(OVER_PLAN)) {
    const [all, perYear = '', yearly = '', between = '', bare, approx, total = ''] = m
    // A bare total ends its clause: `in de planperiode € 20.000 voor de evaluatie` is another amount.
    if (bare !== undefined && !CLAUSE_END.test(text.slice((m.index ?? 0) + all.length))) continue
    const amount = perYear || yearly
    const sentence = text.slice([...text.slice(0, m.index).matchAll(/[.!?]\s/gu)].at(-1)?.index ?? 0, m.index + all.length)
    // A year in the sentence (`vanaf 2027`) or an extra amount starts the money later or adds to it;
    // `vanaf` the plan's own first year (`Vanaf 2027 reserveren we jaarlijks € 60.000, over de hele planperiode …` in a plan from 2027) starts it with the plan.
    const fromStart = start !== undefined ? (sentence + between).replace(new RegExp(String.raw`\bvanaf\s+${start}\b`, 'giu'), '') : sentence + between
    if (/\b(?:19|20)\d{2}\b|\b(?:vanaf|eenmalig|extra|plus)\b/iu.test(fromStart)) continue
    const value = dutchNumber(amount)
    // Five calendar years are often a council term of four: both counts hold.
    if (years === 5 && sub(mul(value, { n: 4n, d: 1n }), dutchNumber(total)).n === 0n) continue
    out.push(proseEquation(`${amount} × ${years}`, mul(dutchNumber(amount), { n: BigInt(years), d: 1n }), { text: total, value: dutchNumber(total), index: m.index + all.lastIndexOf(total) }, Boolean(approx)))
  }
  return out
}
