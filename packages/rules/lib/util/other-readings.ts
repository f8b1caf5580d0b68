/**
 * Whether the numbers before a result in its sentence give that result in a reading other than
 * the one a rule took: a product, sum or difference of two of them. "Voor 600 dakisolaties over drie
 * jaar geven we elk € 2.100, totaal € 1.260.000" is 600 × € 2.100, not 3 × € 2.100: a sentence
 * that holds in one plain reading is not reported for another.
 */

import { tokenize, isYearToken, type Token } from './calc-tokens.js'
import { mul, type Rational } from './exact-number.js'
import { beyond, type Equation } from './onderbouwing.js'
import { quantities } from './sentence-quantities.js'
import { isDayOfDate } from './year-numbers.js'
import { otherReading, unitsOf, type Term } from './unit-products.js'

type Num = Extract<Token, { kind: 'num' }>

/**
 * Whether a pair of numbers before the result, in its sentence, gives the stated result.
 *
 * @param text The text the equation was read from.
 * @param e The equation.
 * @returns True when another reading holds.
 */
export function anotherReadingHolds(text: string, e: Equation): boolean {
  // The sentence up to the result, and the sentence before it in the same paragraph (a count
  // there often multiplies: `Het terrein heeft 420 plaatsen. Bij 60 dagen à € 6 levert dat …`).
  // A list item is a paragraph of its own: the item before it is a sibling, not its lead.
  const paragraph = Math.max(text.lastIndexOf('\n\n', e.index), text.lastIndexOf('\n- ', e.index), text.lastIndexOf('\n* ', e.index), 0)
  const sentence = Math.max(sentenceEndBefore(text, e.index), paragraph)
  const start = Math.max(sentenceEndBefore(text, sentence - 1), paragraph)
  // (The day of a date is no operand: `van woensdag 5 tot en met zondag 9 juni`.)
  const nums = tokenize(text.slice(start, e.index)).filter((t): t is Num => t.kind === 'num' && !isYearToken(t) && !t.text.includes('%') && t.value.n > 0n && !(/^\d{1,2}$/u.test(t.text) && isDayOfDate(text.slice(start + (t.end ?? t.index + t.text.length)))))
  if (nums.length > 8) return false
  const holds = (v: Rational): boolean => !beyond(v, e.stated, e.tolerance)
  // The units of each number as the sentence reader gives them: a sum of centimetres and years
  // (`1,2 cm per jaar … in tien jaar 11 cm`, 1,2 + 10) is no other reading. Bare numbers stay bare.
  const end = Math.min(...['. ', '.\n'].map((stop) => text.indexOf(stop, e.index)).filter((i) => i >= 0), text.length)
  const read = quantities(text.slice(start, end), start)
  const unitsAt = (index: number) => {
    const q = read.find((x) => index >= x.index - 2 && index < Math.max(x.end, x.index + 1))
    return q ? unitsOf(q, text) : undefined
  }
  const terms: Term[] = nums.map((t) => ({ value: t.value, units: unitsAt(start + t.index) }))
  if (otherReading(terms, unitsAt(e.index), e.stated, e.tolerance, false)) return true
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      // Three factors: `14 trainers, 38 weken, à € 45`.
      for (let k = j + 1; k < nums.length; k++) if (holds(mul(mul(nums[i]!.value, nums[j]!.value), nums[k]!.value))) return true
    }
  }
  return false
}

// Where the last sentence before an offset ends: a full stop before a space or a line break (a
// plan that writes one sentence a line ends them at the line break), -1 when none.
function sentenceEndBefore(text: string, index: number): number {
  const last = Math.min(index, text.length - 1) - 1
  return last < 0 ? -1 : Math.max(text.lastIndexOf('. ', last), text.lastIndexOf('.\n', last))
}

/**
 * Whether an equation is a sum the text writes out term by term with `=` before its result
 * (`20 + 25 + 25 = 75`): the text states what it adds, so a product of two of its numbers that
 * happens to give the result (3 years × 25) is no other reading of it.
 *
 * @param text The text the equation was read from.
 * @param e The equation.
 * @returns True for such a written sum.
 */
export function writtenSum(text: string, e: Equation): boolean {
  return /^\s*\d[\d.,]*(?:\s*\+\s*\d[\d.,]*)+\s*$/u.test(e.expression) && /=\s*(?:€\s*)?$/u.test(text.slice(Math.max(0, e.index - 4), e.index))
}
