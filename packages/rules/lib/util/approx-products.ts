/**
 * A product stated as an approximate result: "42.500 kaarten tegen gemiddeld € 24; de recettes
 * kwamen uit op ruim € 1,1 miljoen" (42.500 × € 24 is € 1.020.000: not more than € 1,1 miljoen).
 * The word before the result says on which side the product must lie: `ruim` above, `bijna`
 * below, `circa` and `ongeveer` near it.
 */

import { cents, mul } from './exact-number.js'
import { euros, isCounted, written, type Num } from './slip-candidates.js'

/** Words that add something to a product: then its numbers are not the whole calculation. */
export const ADDS = /\b(?:inclusief|incl\.|exclusief|excl\.|plus|waarvan|daarnaast|bovendien|aanvullend|overhead|btw|minimaal|maximaal|ten\s+minste)\b|\+/iu
// `inclusief` a thing with no number after it (`inclusief een gymzaal`): the result holds the
// product and something more, so it can be larger than the product but never smaller.
const INCLUDES_THING = /\b(?:inclusief|incl\.)\s+(?![^.;!?]*\d)/iu

/**
 * Whether a sentence's only word that adds to a product is `inclusief` a thing without a number:
 * its product is then a lower bound of the result, not the result.
 */
export function onlyIncludesThing(text: string): boolean {
  return INCLUDES_THING.test(text) && !ADDS.test(text.replace(/\b(?:inclusief|incl\.)/giu, ''))
}
const WORD = /\b(ruim|bijna|circa|ca\.|ongeveer|zo['’]n|rond|nagenoeg)\s*(?:€\s*)?$/iu

/**
 * The approximate result of a sentence of three numbers, a count, a number and the result, that
 * lies on the wrong side of (or too far from) their product.
 *
 * @param nums The numbers of the sentence, in order.
 * @param text The sentence (the numbers' offsets point into it).
 * @returns The slip, if the result contradicts its word.
 */
export function approxProductSlip(nums: Num[], text: string): { stated: Num; expression: string; computed: number } | undefined {
  if (nums.length !== 3 || ADDS.test(text)) return undefined
  const [a, b, stated] = nums as [Num, Num, Num]
  const word = WORD.exec(text.slice(Math.max(0, stated.index - 16), stated.index))?.[1]?.toLowerCase()
  if (!word || !(isCounted(a) || isCounted(b)) || (a.euro && b.euro) || (a.euro || b.euro) !== stated.euro) return undefined
  const computed = cents(mul(a.value, b.value))
  const target = cents(stated.value)
  // Half a step of the result's first two significant digits: `ruim 1,1 miljoen` may be 1,15 miljoen.
  const ratio = computed / target
  const wrong = word === 'ruim' ? ratio < 0.98 || ratio > 1.3 : word === 'bijna' || word === 'nagenoeg' ? ratio > 1.02 || ratio < 0.75 : Math.abs(ratio - 1) > 0.1
  // Far off is another calculation, not this one.
  if (!wrong || ratio < 0.5 || ratio > 2) return undefined
  return { stated, expression: `${written(a)} × ${written(b)} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed }
}
