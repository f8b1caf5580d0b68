/**
 * A calculation whose terms are per one period and whose result is per another: "65
 * abonnementen à € 14 per maand, samen € 10.920 per jaar" multiplies by the twelve months of the
 * year the result is given for. The computed value is brought to the result's period.
 */

import { make, mul } from './exact-number.js'
import { beyond, type Equation } from './onderbouwing.js'
import { PER_YEAR } from './period-rates.js'

const TERM_PERIOD = /\bper\s+(jaar|kwartaal|maand|week)\b|\b(jaarlijks|maandelijks|wekelijks)\b/giu
const RESULT_PERIOD = /^[€\d.,\s]*(?:mln|miljoen)?\s*(?:euro\s+)?(?:per\s+(jaar|kwartaal|maand|week)\b|(jaarlijks|maandelijks|wekelijks)\b)/iu
const ADVERB: Record<string, string> = { jaarlijks: 'jaar', maandelijks: 'maand', wekelijks: 'week' }
const periodOf = (m: RegExpMatchArray): string => (m[1] ?? ADVERB[(m[2] ?? '').toLowerCase()] ?? '').toLowerCase()

/**
 * The equation with its computed value in the period of its result, when its terms name another
 * period in the same sentence.
 *
 * @param text The text the equation was read from.
 * @param e The equation.
 * @returns The equation, scaled when the periods differ.
 */
export function inResultPeriod(text: string, e: Equation): Equation {
  const after = RESULT_PERIOD.exec(text.slice(e.index, e.index + 40))
  if (!after) return e
  const sentenceStart = Math.max(text.lastIndexOf('. ', e.index), text.lastIndexOf('\n', e.index), 0)
  const terms = [...text.slice(sentenceStart, e.index).matchAll(TERM_PERIOD)]
  const from = terms.at(-1)
  if (!from) return e
  const [a, b] = [PER_YEAR[periodOf(from)], PER_YEAR[periodOf(after)]]
  if (a === undefined || b === undefined || a === b) return e
  return { ...e, computed: mul(e.computed, make(a, b)), expression: `${e.expression} × ${a === 1n ? `1/${b}` : b === 1n ? String(a) : `${a}/${b}`}` }
}

/**
 * Whether a result without a period is a whole number of periods of terms that have one: `14
 * scholen elk € 3.000 per jaar, samen € 84.000` in a sentence about two years is no slip. How many
 * periods the total spans the sentence need not say, so any number from two to twelve holds.
 *
 * @param text The text the equation was read from.
 * @param e The equation.
 * @returns True when the result is such a multiple of the computed value.
 */
export function overPeriods(text: string, e: Equation): boolean {
  if (RESULT_PERIOD.test(text.slice(e.index, e.index + 40))) return false
  const sentenceStart = Math.max(text.lastIndexOf('. ', e.index), text.lastIndexOf('\n', e.index), 0)
  if (![...text.slice(sentenceStart, e.index).matchAll(TERM_PERIOD)].some((m) => periodOf(m) !== '')) return false
  for (let n = 2n; n <= 12n; n++) if (!beyond(mul(e.computed, make(n, 1n)), e.stated, mul(e.tolerance, make(n, 1n)))) return true
  return false
}
