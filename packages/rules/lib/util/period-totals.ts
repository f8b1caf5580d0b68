/**
 * An amount per period over a number of periods with a total: "jaarlijks € 50.000 gedurende vier
 * jaar, in totaal € 200.000", "€ 2.500 per maand gedurende twaalf maanden komt op € 30.000".
 */

import { parseNumberWord } from '@kapstok/nl'
import { AMOUNT } from './amount-change.js'
import { dutchNumber, mul, proseEquation, type Equation } from './onderbouwing.js'

// The period of an amount, before it (`jaarlijks € 50.000`) or after it (`€ 50.000 per jaar`).
const EVERY = String.raw`(?:(jaarlijks|maandelijks|wekelijks)\s+(?:[\p{L}-]+\s+){0,3}?${AMOUNT}|${AMOUNT}\s+per\s+(jaar|maand|week))`
// The number of periods: `gedurende vier jaar`, `voor drie jaar`, `over twaalf maanden`, `, vier jaar lang,`.
const DURING = String.raw`(?:(?:gedurende|voor|over|in)\s+(?:de\s+|een\s+periode\s+van\s+)?)?([\d]+|\p{L}+)\s+(jaar|jaren|maanden|maand|weken|week)\b(?:\s+lang)?`
// The total right after, in the same clause: `, in totaal € 200.000`, `komt op € 30.000`, `samen € …`.
const TOTAL = String.raw`(?:in\s+totaal|samen|totaal|bij\s+elkaar|opgeteld|(?:komt|komen)(?:\s+(?:dat|dit|samen|in\s+totaal|neer))*\s+(?:uit\s+)?op|(?:is|dat\s+is|dit\s+is)\s+(?:samen|in\s+totaal|dus))`
const PERIOD_TOTAL = new RegExp(
  String.raw`${EVERY}((?:[\s,]+[\p{L}-]+){0,3}?)[\s,]+${DURING}[\s,]+(?:[\p{L}-]+[\s,]+){0,2}?${TOTAL}\s+(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}(?!\s*per\b)`,
  'giu'
)

const unitOf: Record<string, string> = { jaarlijks: 'jaar', maandelijks: 'maand', wekelijks: 'week', jaar: 'jaar', jaren: 'jaar', maand: 'maand', maanden: 'maand', week: 'week', weken: 'week' }

/**
 * Every amount per period, a number of those periods and a total in one clause: the total should
 * be the amount times the number.
 *
 * @param text A prose text.
 * @returns The totals as equations (`50.000 × 4 = 200.000`), with the rounding of the total as tolerance.
 */
export function periodTotals(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(PERIOD_TOTAL)) {
    const [, every, before, after, per, , count = '', unit = '', approx, total = ''] = m
    const amount = before ?? after ?? ''
    const n = /^\d/.test(count) ? Number(count) : parseNumberWord(count.toLowerCase())
    // The amount's period and the periods counted must be the same unit (`per maand` over `twaalf maanden`).
    if (!n || n < 2 || unitOf[(every ?? per ?? '').toLowerCase()] !== unitOf[unit.toLowerCase()]) continue
    const index = m.index + m[0].lastIndexOf(total)
    out.push(proseEquation(`${amount} × ${n}`, mul(dutchNumber(amount), { n: BigInt(n), d: 1n }), { text: total, value: dutchNumber(total), index }, Boolean(approx)))
  }
  return out
}
