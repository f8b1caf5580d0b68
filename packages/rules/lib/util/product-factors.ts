/**
 * Factors of a product in prose that the sentence reader gives without the unit they are per, for
 * the reader of products whose units cancel (`unit-products`):
 *
 * - a mean size of the things a clause is about (`De kleedlokalen zijn gemiddeld 35 m² groot`, `Een
 *   klaslokaal meet gemiddeld 56 m²`): a size per one of them, which a count of them multiplies;
 * - a price after `tegen` right behind a count (`2.600 meter tegen € 850`, `achttien laadpalen
 *   tegen € 2.350`): the price of one of that count's unit, as after `à`;
 * - a measure named by its adjective (`per strekkende meter`, `per vierkante meter`): the measure.
 *
 * A mean is rounded: a product with it is read within that rounding, carried through the other
 * factors (`gemiddeld 650 m²` for eight plots at € 3 is € 15.600 give or take 8 × € 3 × 5).
 */

import { parseNumberWord } from '@kapstok/nl'
import { abs, add, div, make, mul, type Rational } from './exact-number.js'
import { rounding } from './onderbouwing.js'
import type { Quantity } from './sentence-quantities.js'

// The subject of a clause whose verb gives its mean size or price: `De gymzalen zijn gemiddeld`,
// `Een klaslokaal meet gemiddeld`, `elke kavel kost gemiddeld €`.
const MEAN_SUBJECT = /\b(?:de|een|elke|iedere|ieder|elk|alle|onze)\s+(\p{L}{3,})\s+(?:zijn|is|meet|meten|beslaat|beslaan|telt|tellen|kost|kosten)\s+(?:nu\s+|er\s+)?gemiddeld\s+(?:€\s*)?$/iu
// The singular subject of a clause whose verb gives the size, price or duration of one of them:
// `Een storing herstellen kost de aannemer gemiddeld`, `Elk intakegesprek duurt`, `Een gemiddelde
// keuring kost`, `kost een gemiddeld verzoek`: one of the things a count of them multiplies.
const ONE_SUBJECT = [
  /(?:^|[.;:]\s*|,\s+)(?:een|elke|iedere|ieder|elk)\s+(?:gemiddelde?\s+)?(\p{L}{3,})\s+(?:\p{Ll}+\s+){0,2}?(?:kost|kostte|duurt|duurde|vraagt|vroeg|vergt|neemt|beslaat|meet)\s+(?:\p{Ll}+\s+){0,3}?(?:gemiddeld\s+)?(?:€\s*)?$/iu,
  /\b(?:kost|kostte|duurt|duurde|vraagt|vergt)\s+(?:een|elke|iedere|ieder|elk)\s+gemiddelde?\s+(\p{L}{3,})\s+(?:€\s*)?$/iu
]
const NOT_SUBJECT = new Set(['keer', 'paar', 'aantal', 'deel', 'groot', 'klein', 'kleine', 'grote', 'derde', 'kwart', 'half', 'halve'])
// A mean written right before its number (the euro sign may stand between).
const MEAN_BEFORE = /\bgemiddeld\s+(?:€\s*)?$/iu
// `2.600 meter tegen €`, `achttien laadpalen tegen €`, `1.400 meter kade, tegen €`: a count, its unit
// (and at most one more word), then `tegen` and the price.
// (Read without and with that word, so that a word before the count is not taken for it.)
const PRICE_AFTER_COUNT = [
  /(?:^|[\s(])(\d[\d.,]*|\p{L}+)\s+(\p{L}[\p{L}²³']*)\s*,?\s+tegen\s+(?:€\s*)?$/iu,
  /(?:^|[\s(])(\d[\d.,]*|\p{L}+)\s+(\p{L}[\p{L}²³']*)\s+\p{L}+\s*,?\s+tegen\s+(?:€\s*)?$/iu
]
// A measure named by its adjective: the unit word it stands for.
const MEASURE_ADJECTIVE = new Map([
  ['strekkende', 'm'],
  ['vierkante', 'm²'],
  ['kubieke', 'm³']
])

/** The unit word a measure adjective stands for (`strekkende`: `m`), other words as they are. */
export const measureWord = (word: string): string => MEASURE_ADJECTIVE.get(word.toLowerCase()) ?? word

const isCount = (word: string): boolean => /^\d/u.test(word) || (parseNumberWord(word.toLowerCase()) ?? 0) >= 2

/**
 * The unit a quantity is per when its sentence names it only by the clause around it: the subject
 * of a mean, or the count a price after `tegen` is of; empty otherwise.
 */
export function impliedPer(q: Quantity, text: string): string {
  const before = text.slice(Math.max(0, q.index - 70), q.index)
  const subject = MEAN_SUBJECT.exec(before)?.[1]
  if (subject) return subject
  for (const pattern of ONE_SUBJECT) {
    const one = pattern.exec(before)?.[1]
    if (one && !NOT_SUBJECT.has(one.toLowerCase())) return one
  }
  if (q.unit !== '€') return ''
  for (const pattern of PRICE_AFTER_COUNT) {
    const priced = pattern.exec(before)
    if (priced && isCount(priced[1]!)) return priced[2]!
  }
  return ''
}

/** Whether a quantity is a mean (`gemiddeld 480 m²`, `gemiddeld € 850 per meter`). */
export const isMean = (q: { index: number }, text: string): boolean => MEAN_BEFORE.test(text.slice(Math.max(0, q.index - 14), q.index))

/**
 * Whether a mean stands as a given factor of a later result: before it, and without a number of
 * its own unit in its sentence that it could be the mean of (`62.300 m², gemiddeld 2.400 m² per kavel`).
 */
export function givenMean(mean: Quantity, result: Quantity, sentence: Quantity[]): boolean {
  const unit = (x: Quantity): string => x.unit.split(' ')[0] ?? ''
  return mean.index < result.index && !sentence.some((x) => x !== mean && unit(x) === unit(mean) && x.index < mean.index)
}

/**
 * How far a product may lie from its value through the rounding of the means among its factors:
 * the product times each mean's rounding as a share of the mean.
 */
export function meanSlack(product: Rational, means: Array<{ text: string; value: Rational }>): Rational {
  return means.reduce<Rational>((slack, m) => add(slack, abs(mul(product, div(rounding(m.text), m.value)))), make(0n, 1n))
}
