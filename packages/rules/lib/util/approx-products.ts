/**
 * A product stated as an approximate result: "18.000 tickets tegen gemiddeld € 35; de opbrengst
 * bedroeg ruim € 0,7 miljoen" (18.000 × € 35 is € 630.000: not more than € 0,7 miljoen).
 * The word before the result says on which side the product must lie: `ruim` above, `bijna`
 * below, `circa` and `ongeveer` near it.
 */

import { cents, mul } from './exact-number.js'
import { rounding } from './onderbouwing.js'
import { euros, isCounted, written, type Num } from './slip-candidates.js'

/**
 * A thing taken along just before the result's verb (`met de plaatsing komt het totaal op`, `met het
 * onderhoud erbij`, `ontvangen met het poppodium samen`): the result holds more than the product. Unlike `inclusief` right after a price,
 * which says what the price covers, this adds to the product wherever it stands.
 */
export const TAKEN_ALONG = /\b(?:met\s+(?:de|het)\s+\p{L}{3,}\s+(?:erbij|komt|komen|wordt|worden|samen)|plus)\b/iu
/** Words that add something to a product: then its numbers are not the whole calculation. */
export const ADDS = new RegExp(String.raw`\b(?:inclusief|incl\.|exclusief|excl\.|waarvan|daarnaast|bovendien|aanvullend|overhead|btw|minimaal|maximaal|ten\s+minste)\b|\+|${TAKEN_ALONG.source}`, 'iu')
// `inclusief` a thing with no number after it (`inclusief een gymzaal`): the result holds the
// product and something more, so it can be larger than the product but never smaller.
const INCLUDES_THING = /\b(?:inclusief|incl\.)\s+(?![^.;!?]*\d)/iu

// A connective that opens the sentence before its numbers (`Daarnaast rekenen we op 2.150 …`) adds
// this sentence to the one before; it adds nothing to the product inside it.
const OPENING = /\b(?:daarnaast|bovendien|aanvullend)\b/giu

/**
 * A sentence without the connectives that stand before its first term.
 *
 * @param text The sentence.
 * @param first The offset of its first term.
 * @returns The text to test for words that add to a product.
 */
export function withoutOpening(text: string, first: number): string {
  return text.slice(0, first).replace(OPENING, '') + text.slice(first)
}

/**
 * Whether a sentence's only word that adds to a product is `inclusief` a thing without a number:
 * its product is then a lower bound of the result, not the result.
 */
export function onlyIncludesThing(text: string): boolean {
  return INCLUDES_THING.test(text) && !ADDS.test(text.replace(/\b(?:inclusief|incl\.)/giu, ''))
}
const WORD = /\b(ruim|bijna|circa|ca\.|ongeveer|zo['’]n|rond|nagenoeg)\s*(?:€\s*)?$/iu

/**
 * The rounding word right before a number at `index` of `text` (`circa`, `ruim`, `bijna`), if any.
 * A percentage (`bijna zeventig procent meer`) is a share, not a rounded total of a product.
 */
export function approxWordBefore(text: string, index: number): string | undefined {
  if (/^\S+\s*(?:%|procent)/iu.test(text.slice(index, index + 40))) return undefined
  return WORD.exec(text.slice(Math.max(0, index - 16), index))?.[1]?.toLowerCase()
}

// The significant digits a number is written with: `254.700` four, `2,2 miljoen` two, `300.000` one.
const TRAILING_ZEROS = /0+$/u
const LEADING_ZEROS = /^0+/u
const NON_DIGITS = /\D/gu
const significantDigits = (text: string): number => text.replace(NON_DIGITS, '').replace(LEADING_ZEROS, '').replace(TRAILING_ZEROS, '').length

/**
 * Whether an exact value (in cents) fits a number written after a rounding word. The number's own
 * written precision says how far it may lie: `circa € 207.000` writes three significant digits,
 * so it lies within a few steps of its last digit of the value (2,5 steps: an author may round to
 * a figure of fives, `ongeveer € 24.000` for 21.760), while `circa € 200.000` may stand for
 * anything up to 450.000. A fixed share (a tenth) is wrong both ways: too wide for a number
 * with many digits (142.000 for 134.160), too narrow for one with one digit.
 * `ruim` puts the value at or above the number, `bijna` and `nagenoeg` at or below it (with 2 %
 * slack on the wrong side: `ruim tweeduizend` is no 1.800), up to a step or a share away that
 * shrinks with the digits written (a quarter or more for one digit, 3 % for three or more).
 *
 * @param word The rounding word, lower case.
 * @param computed The exact value, in cents.
 * @param stated The number as read (its value and its text).
 * @returns Whether the value fits.
 */
export function approxHolds(word: string, computed: number, stated: Num): boolean {
  const target = cents(stated.value)
  const step = 2 * cents(rounding(stated.text, true))
  // How far `ruim` or `bijna` reaches follows the digits written too: `ruim 1.000` may be 1.300, `ruim 1.240`
  // not; `bijna € 254.700` (four digits) is no 244.700.
  const digits = significantDigits(stated.text)
  const reach = digits <= 1 ? 0.3 : digits === 2 ? 0.15 : 0.03
  if (word === 'ruim') return computed >= 0.98 * target && computed <= Math.max((1 + reach) * target, target + step)
  if (word === 'bijna' || word === 'nagenoeg') return computed <= 1.02 * target && computed >= Math.min((1 - Math.min(reach, 0.25)) * target, target - step)
  return Math.abs(computed - target) <= 2.5 * step
}

/**
 * The approximate result of a sentence of three numbers, a count, a number and the result, that
 * lies on the wrong side of (or too far from) their product.
 *
 * @param nums The numbers of the sentence, in order.
 * @param text The sentence (the numbers' offsets point into it).
 * @returns The slip, if the result contradicts its word.
 */
export function approxProductSlip(nums: Num[], text: string): { stated: Num; expression: string; computed: number } | undefined {
  if (nums.length !== 3) return undefined
  const [a, b, stated] = nums as [Num, Num, Num]
  if (ADDS.test(withoutOpening(text, a.index))) return undefined
  const word = approxWordBefore(text, stated.index)
  if (!word || !(isCounted(a) || isCounted(b)) || (a.euro && b.euro) || (a.euro || b.euro) !== stated.euro) return undefined
  const computed = cents(mul(a.value, b.value))
  const ratio = computed / cents(stated.value)
  // Far off is another calculation, not this one.
  if (approxHolds(word, computed, stated) || ratio < 0.5 || ratio > 2) return undefined
  return { stated, expression: `${written(a)} × ${written(b)} = ${stated.euro ? '€ ' : ''}${euros(computed)}`, computed }
}
