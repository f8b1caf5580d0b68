/**
 * The products the sentence-level fallback (`sentence-arithmetic`) reads after a product cue
 * (`nodig`, `kwijt`, `is dat`, `op jaarbasis`): a rate times a count of its unit (the amounts of
 * one list per one unit added first), a rate restated per year or back, a share of an amount, and
 * what a share leaves of its whole.
 */

import { add, div, make, mul, sub, type Rational } from './exact-number.js'
import { namesUnit } from './unit-nouns.js'
import { PERIODS } from './result-cues.js'
import { LISTED, real, sameKind, sameNoun, type Quantity } from './sentence-quantities.js'

// Periods per year, for a rate per week, month or quarter restated per year.
// A day, a night or an etmaal is one of the 365 of a year (a working day is not: no reading).
const PER_YEAR: Record<string, bigint> = { dag: 365n, etmaal: 365n, nacht: 365n, week: 52n, maand: 12n, kwartaal: 4n }

/** An implied combination: its value and how the message shows it. */
export interface Implied {
  value: Rational
  expression: string
  terms: Quantity[]
}

// A rate restated per year (`35 ritten per week, op jaarbasis …`), a rate times a count of its
// unit (`€ 68.000 per jaar; voor 5 jongerenwerkers`), or a share of an amount (`40% van € 650.000`).
/**
 * The product a product cue implies.
 *
 * @param text The text the quantities are read from.
 * @param r The result.
 * @param all The quantities before it.
 * @returns The product, or undefined when the quantities give none.
 */
export function impliedProduct(text: string, r: Quantity, all: Quantity[]): Implied | undefined {
  // What is left of a whole after a share of it is covered (`het rijk dekt 30% van € 54.000; de
  // gemeente betaalt dus zelf € 37.800`): the whole minus the share, per whatever unit both are.
  const shared = all.filter((q) => q.share && q.whole && sameKind(q, r))
  const covered = shared.length === 1 ? shared[0]! : undefined
  if (covered?.whole && COMPLEMENT.test(text.slice(covered.end, r.index))) return { value: sub(covered.whole.value, covered.value), expression: `${covered.whole.text} − ${covered.text}`, terms: [covered] }
  // Two rates of a change (`stijgt van € 1,60 naar € 1,85 per uur`): the new one is in force after
  // it; a result at the old one is another reading, which `combinationHolds` accepts.
  const rates = all.filter((q) => q.per && sameKind(q, r)).sort((a, b) => Number(newLevel(text, b)) - Number(newLevel(text, a)))
  for (const rate of rates) {
    // Two counts of the unit, one restating the other per another period (`3 uur per week (156 uur
    // per jaar)`): the one that gives the result's order of size.
    const counts = all.filter((q) => q !== rate && countsUnit(q, rate.per))
    const restated = counts.length === 2 && counts.every((q) => PER_YEAR[q.per] !== undefined || q.per === 'jaar') && counts[0]!.per !== counts[1]!.per
    const off = (q: Quantity): number => Math.abs(Math.log(real(mul(rate.value, q.value)) / real(r.value)))
    const count = restated ? [...counts].sort((a, b) => off(a) - off(b))[0] : counts[0]
    // The amounts of one list per the same unit (`€ 180 aan onderzoek en € 70 aan verslag per
    // dak`) add up to one rate before they multiply.
    const listed = rates.filter((q) => q.per === rate.per).sort((a, b) => a.index - b.index)
    const together = listed.length > 1 && listed.every((q, i) => i === 0 || LISTED.test(text.slice(listed[i - 1]!.end, q.index))) ? listed : [rate]
    const sum = together.map((q) => q.value).reduce(add)
    const shown = together.length > 1 ? `(${together.map((q) => q.text).join(' + ')})` : rate.text
    if (count) return { value: mul(sum, count.value), expression: `${shown} × ${count.text}`, terms: [...together, count] }
    const periods = PER_YEAR[rate.per]
    if (periods && (r.per === 'jaar' || !r.per)) return { value: mul(rate.value, make(periods, 1n)), expression: `${rate.text} × ${periods}`, terms: [rate] }
    // And back: a yearly amount restated per month, week or quarter (`€ 84.000 per jaar, ofwel € 7.000 per maand`).
    const parts = PER_YEAR[r.per]
    if (rate.per === 'jaar' && parts) return { value: div(rate.value, make(parts, 1n)), expression: `${rate.text} ÷ ${parts}`, terms: [rate] }
  }
  // A count per period times an amount, or a count times an amount per period, is an amount per
  // that period (`420 keuringen per jaar en een vergoeding van € 75: € 31.500 per jaar`).
  if (r.unit === '€' && r.per) {
    const amounts = all.filter((q) => q.unit === '€' && !q.share)
    const counts = all.filter((q) => q.unit && q.unit !== '€' && q.unit !== '%' && !PERIODS.test(q.unit))
    const [a, c] = [amounts[0], counts[0]]
    if (a && c && amounts.length === 1 && counts.length === 1 && ((c.per === r.per && !a.per) || (a.per === r.per && !c.per))) return { value: mul(a.value, c.value), expression: `${c.text} × ${a.text}`, terms: [c, a] }
  }
  const shares = all.filter((q) => q.share && sameKind(q, r))
  if (shares.length === 1) return { value: shares[0]!.value, expression: shares[0]!.text, terms: shares }
  return undefined
}

// The part of a whole that a share does not cover: what someone pays `zelf`, `de rest`.
const COMPLEMENT = /\b(?:zelf|eigen\s+bijdrage|rest|resterende|restant|overige|niet\s+gedekt)\b/iu

// Whether a quantity counts a unit: `75 lantaarnpalen` at `per paal`, `12 scholen` at `per school`.
export const countsUnit = (q: Quantity, unit: string): boolean => q.unit !== '' && q.unit !== '€' && q.unit !== '%' && q.unit.split(' ').some((u) => sameNoun(u, unit) || namesUnit(u, unit))

// Whether an amount is the level a change goes to: `van € 3,10 naar € 3,40`, `stijgt tot € 3,40`.
const newLevel = (text: string, q: Quantity): boolean => /\b(?:naar|tot)\s+(?:€\s*)?$/iu.test(text.slice(Math.max(0, q.index - 10), q.index))
