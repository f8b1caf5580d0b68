/**
 * What links a product with units (`unit-products`) to numbers beyond its own sentence's plain
 * factors: a paragraph that opens by pointing back at the one before, the step of a price that
 * changes as a rate of its own for a result named as a change (`van € 52 naar € 55 per uur` …
 * `€ 1.250 extra`), the whole of a count a result names (`voor alle storingen samen`), and how a
 * factor in minutes shows in a product counted in hours.
 */

import { sub } from './exact-number.js'
import { sameNoun, type Quantity } from './sentence-quantities.js'
import { isDuration } from './unit-scales.js'

// A first sentence of a paragraph that points back at the one before: `komt dat op`, `is dat`, `stellen we zo`.
export const POINTS_BACK = /\b(?:dat|dit|daarmee|zo)\b/iu
// A result named as a change: `€ 1.250 extra`, `€ 9.400 meer`, `€ 300 minder per jaar`.
export const CHANGE_RESULT = /^\s*(?:(?:per\s+)?\p{L}+\s+){0,2}?(?:extra|meer|minder)\b/iu
// `van € 52 naar € 55 per uur`: two prices of one thing and the unit they are per.
const PRICE_STEP = /\bvan\s+€\s*(\d[\d.,]*)\s+naar\s+€\s*(\d[\d.,]*)\s+per\s+(\p{L}+)/giu
// `voor alle storingen`, `alle 184 storingen`: the whole of a count.
const ALL = /\balle\s+(?:\d[\d.]*\s+)?(\p{L}{3,})/giu

// The steps of the prices that change in a sentence, each as a rate at the place of the new price.
export function rateSteps(text: string, sentence: { start: number; end: number }, read: Quantity[]): Quantity[] {
  const body = text.slice(sentence.start, sentence.end)
  return [...body.matchAll(PRICE_STEP)].flatMap((m) => {
    const to = read.find((q) => q.unit === '€' && q.text === m[2] && q.index >= sentence.start + m.index)
    const from = read.find((q) => q.unit === '€' && q.text === m[1] && q.index >= sentence.start + m.index)
    if (!to || !from) return []
    const value = sub(to.value, from.value)
    return value.n > 0n ? [{ ...to, value, text: `(${to.text} − ${from.text})`, per: m[3]!.toLowerCase(), approx: '' }] : []
  })
}

/** Whether a sentence names the whole of a count among the counts of a product (`alle storingen`). */
export function namesAll(sentence: string, counts: Quantity[]): boolean {
  const nouns = counts.map((q) => q.unit.split(' ')[0] ?? '').filter(Boolean)
  return [...sentence.matchAll(ALL)].some((m) => nouns.some((n) => n === m[1] || sameNoun(n, m[1]!)))
}

// A factor in another duration than hours shows its unit (`45 minuten`): the product is in hours.
export const durationShown = (q: Quantity): string => {
  const word = q.unit.split(' ')[0] ?? ''
  return isDuration(word) && !/^u/iu.test(word) ? ` ${word}` : ''
}
