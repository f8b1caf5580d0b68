/**
 * One-digit slips that the strict reading of `arithmetic-slips` passes over because a gate does
 * not hold, while the numbers alone make the relation strong: no result word (`€ 643.000 aan
 * uitgaven en € 216.500 aan inkomsten, een gat van € 436.500`), a result before its terms
 * (`samen € 80.320 voor de 14 lokalen`), or a whole that stands in the paragraph before.
 * Each reading keeps a guard that makes a chance hit rare: a result of three or more
 * significant digits (or a result word), numbers of one kind, and one digit changed or two
 * swapped, never a carry (`€ 9.000` for `€ 10.000` is as often a rounding).
 */

import { add, cents, div, make, sub, type Rational } from './exact-number.js'
import { approxWordBefore } from './approx-products.js'
import { boundBefore } from './bound-products.js'
import { nounStem } from './unit-nouns.js'
import type { Tied } from './tied-results.js'
import { candidates, written, euros, type Num } from './slip-candidates.js'
import { oneDigitApart, oneStepApart, roundingOf, significant, writtenDigits, writtenUnit } from './slip-digits.js'

/** A stated number and the calculation it is one digit off. */
export interface LooseSlip {
  stated: Num
  expression: string
  computed: number
}

interface Reading {
  expression: string
  computed: number
  slack: number
}

// The noun a count is written with (`withUnits`), stemmed: `leerlingen` and `medewerkers` are no
// terms of one sum. (Amounts in euros are one kind whatever they pay for.)
export const kindOf = (t: Num): string => (t.euro ? '€' : nounStem((t as Tied).unit ?? ''))

// Sums and differences of pairs of numbers of the stated number's kind (amounts with amounts,
// counts of one noun with counts of that noun): the one relation of two numbers that needs no noun to tie them; a rounded
// term (`ruim € 40.000`) cannot show a slip in one digit. With
// `wholeFirst` only the first of a pair is the whole a difference starts from.
function sumsOf(pairs: Array<[Num, Num]>, stated: Num, wholeFirst = false): Reading[] {
  const unit = stated.euro ? '€ ' : ''
  const out: Reading[] = []
  for (const [a, b] of pairs) {
    if (kindOf(a) !== kindOf(stated) || kindOf(b) !== kindOf(stated) || a.approx || b.approx) continue
    const readings: Array<[Rational, string]> = [[add(a.value, b.value), `${written(a)} + ${written(b)}`], [sub(a.value, b.value), `${written(a)} − ${written(b)}`]]
    if (!wholeFirst) readings.push([sub(b.value, a.value), `${written(b)} − ${written(a)}`])
    for (const [value, expression] of readings) {
      const computed = cents(value)
      // A term written coarser than the slip (`€ 3,5 miljoen` against a slip of € 10.000) cannot show it.
      if (computed > 0 && [a, b].every((t) => writtenUnit(t) <= Math.abs(computed - cents(stated.value)))) out.push({ expression: `${expression} = ${unit}${euros(computed)}`, computed, slack: 0 })
    }
  }
  return out
}

// The reading the stated number is a plain slip of, unless some reading (also one that only
// clears, without expression) gives it within its rounding: a whole number of
// the stated number's last written digit, one digit changed or two swapped.
function plainSlip(stated: Num, reported: Reading[], clearing: Reading[]): LooseSlip | undefined {
  const target = cents(stated.value)
  if ([...reported, ...clearing].some((r) => Math.abs(r.computed - target) <= Math.max(r.slack, roundingOf(stated)))) return undefined
  const unit = writtenUnit(stated)
  // Within a quarter; or further, when three or more significant digits stay as they are (`€ 37.850`
  // for `€ 27.850`; not `2.140` for `2.740`, which chance gives too): a first digit changed is then
  // as plainly a slip as a last one.
  const near = (r: Reading): boolean => Math.abs(r.computed - target) <= 0.25 * Math.max(r.computed, target) || significant(stated.text) >= 4
  const slip = reported.find((r) => near(r) && Number.isInteger(r.computed / unit) && oneDigitApart(String(r.computed / unit), String(target / unit)))
  return slip && { stated, expression: slip.expression, computed: slip.computed }
}

// The sum of the parts of a total.
function partsSum(parts: Num[], stated: Num): Reading {
  const computed = cents(parts.reduce((sum, t) => add(sum, t.value), make(0n, 1n)))
  return { expression: `${parts.map(written).join(' + ')} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed, slack: 0 }
}

// What some other reading of the numbers gives (products, shares): it only clears a sentence.
const clearing = (terms: Num[], stated: Num): Reading[] => candidates(terms, stated, []).map((r) => ({ ...r, expression: '' }))

/**
 * A sentence of three numbers of one kind and no result word, the last the sum or difference of
 * the two before with one digit changed (`€ 392.000 aan lasten en € 147.300 aan baten, een tekort
 * van € 254.700`): three numbers of one kind, the third of three or more significant digits
 * and no copy of a term, do not stand one digit from each other's sum by chance.
 *
 * @param nums The sentence's numbers (no years or percentages).
 * @returns The slip, if any.
 */
export function uncuedSlip(nums: Num[]): LooseSlip | undefined {
  const [a, b, stated] = nums
  if (nums.length !== 3 || !a || !b || !stated || significant(stated.text) < 3) return undefined
  if (cents(a.value) === cents(stated.value) || cents(b.value) === cents(stated.value)) return undefined
  return plainSlip(stated, sumsOf([[a, b]], stated), clearing([a, b], stated))
}

/**
 * A result a result word announces before its terms (`samen € 80.320 voor de 14 lokalen van
 * € 5.730`; `kost € 61.460 voor 36 deelnemers, bij € 1.735 per deelnemer`): the other numbers of
 * the sentence, before and after, are its terms, or all together its parts.
 *
 * @param nums The sentence's numbers (no years or percentages).
 * @param terms Offsets of numbers right after an operator: never a result.
 * @param announced Whether a result word stands right before a number, or a colon after it opens its parts.
 * @param partial Whether the sentence says its parts are only some (`waarvan`, `onder meer`): no sum of all of them.
 * @param opened Whether a bracket right after a number opens its terms (`€ 2.500 (€ 540.000 voor 216 punten)`):
 *   the bracket ties them as closely as a result word, so a result of two significant digits is read too.
 * @returns The slip, if any.
 */
export function resultFirstSlip(nums: Num[], terms: Set<number>, announced: (t: Num) => boolean, partial: boolean, opened: (t: Num) => boolean = () => false): LooseSlip | undefined {
  if (nums.length < 3 || nums.length > 6) return undefined
  for (const [k, stated] of nums.slice(0, -1).entries()) {
    const bracket = opened(stated)
    if (terms.has(stated.index) || significant(stated.text) < (bracket ? 2 : 3) || !(bracket || announced(stated))) continue
    const others = nums.filter((_, i) => i !== k)
    // A rounded term (`gemiddeld bijna € 140.000 per park`) cannot show a slip in one digit.
    if (others.some((t) => t.approx)) continue
    // Two terms: their product, sum or difference. With three numbers only: a fourth (`voor 26
    // verenigingen … € 3.750 per vereniging met meer dan 100 leden`) may narrow what a term counts.
    const pairs = nums.length === 3 ? candidates(others, stated, []).filter((r) => r.expression !== '') : []
    // All the others of its kind: the parts of a total named first (`€ 98.340 beschikbaar: € 53.340 …, € 33.160 … en € 10.840 …`).
    const parts = others.length >= 2 && others.every((t) => t.euro === stated.euro) && !partial ? [partsSum(others, stated)] : []
    const slip = plainSlip(stated, [...pairs, ...parts], clearing(others, stated))
    if (slip) return slip
  }
  return undefined
}

/**
 * A result whose whole stands in the paragraph before (`De zaal kost € 86.700 per jaar.` and, a
 * paragraph later, `Na aftrek van de € 12.500 huur blijft € 64.200 over.`): the sum or
 * difference of one number of the paragraph before (the whole) and one of the result's own
 * paragraph (the part taken off or added). Only sums and differences of one kind: a product or
 * share of a number that far back is too often a different thing, and so is a part of this
 * paragraph taken off a number of the one before (`530 gebeld; 214 van hen`).
 *
 * @param near The numbers of the result's sentence before it and of the sentences before it in its paragraph.
 * @param far The numbers of the paragraph before.
 * @param stated The stated result.
 * @returns The slip, if any.
 */
export function carriedSlip(near: Num[], far: Num[], stated: Num): LooseSlip | undefined {
  // Terms of three digits or more: small numbers meet a result one digit off by chance. (That
  // leaves out counted years too, `in acht jaar`: a count of years has fewer than three digits.)
  const sized = (t: Num): boolean => writtenDigits(t.text) >= 3
  const pairs = far.filter(sized).flatMap((a) => near.filter(sized).map((b): [Num, Num] => [a, b]))
  return plainSlip(stated, sumsOf(pairs, stated, true), clearing([...far, ...near], stated))
}

// A number of years as written (`vier jaar`, `6 jaar`), and an amount per year (`€ 20.925 per jaar`).
const YEARS = /^\S+\s+jaar\b/iu
const TAKES = /\b(?:in|na|van|is|bedraagt)\s+$/iu
const PER_YEAR = /^\s*(?:[\p{L}]+\s+)?per\s+jaar\b/iu

/**
 * A payback time that is not the amount spent over the amount saved per year (`kost € 83.700 en
 * bespaart € 20.925 per jaar, zodat ze in drie jaar is terugverdiend`: four years). The number
 * of years is small, so one digit off is no guard here: the quotient must be a whole number of
 * years, which an amount and a yearly amount that do not belong together rarely give.
 *
 * @param nums The numbers of the text (with their offsets in it).
 * @param text The text: the sentence, with the sentences before it in its paragraph.
 * @param from The offset where the sentence starts: the years must stand in it.
 * @param ties A word that makes the years follow from the yearly amount (`zodat`, `daarmee`).
 * @returns The slip, if any.
 */
export function paybackSlip(nums: Num[], text: string, from: number, ties: RegExp): LooseSlip | undefined {
  const stated = nums.filter((t) => t.index >= from && !t.euro && YEARS.test(text.slice(t.index))).at(-1)
    // A time it takes (`in vier jaar`, `na 6 jaar`, `een terugverdientijd van 7 jaar`), not a span of the plan (`de eerste drie jaar van de looptijd`).
  if (!stated || !TAKES.test(text.slice(Math.max(0, stated.index - 12), stated.index)) || boundBefore(text, stated.index) || approxWordBefore(text, stated.index)) return undefined
  const amounts = nums.filter((t) => t.euro && t.index < stated.index && t.end !== undefined)
  // The yearly amount stands in the sentence of the years: that sentence makes the division.
  // (… and a word between them ties the two: `de garantie loopt na drie jaar af` is another time.)
  const yearly = amounts.filter((t) => t.index >= from && PER_YEAR.test(text.slice(t.end)) && ties.test(text.slice(t.end, stated.index)))
  for (const y of yearly) {
    for (const x of amounts.filter((t) => !yearly.includes(t) && t.index < y.index)) {
      if (x.approx || y.approx) continue
      const q = div(x.value, y.value)
      const years = Number(q.n / q.d)
      if (q.n % q.d !== 0n || years < 2 || years > 40 || BigInt(years) === stated.value.n / stated.value.d || !oneStepApart(years, Number(stated.value.n / stated.value.d))) continue
      const shown = YEARS.exec(text.slice(stated.index))?.[0] ?? stated.text
      return { stated: { ...stated, text: shown, end: stated.index + shown.length }, expression: `${written(x)} ÷ ${written(y)} = ${years} jaar`, computed: years * 100 }
    }
  }
  return undefined
}
