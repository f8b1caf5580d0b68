/**
 * A percentage whose count follows in the next sentence: "Van de 2.400 inwoners die de enquête
 * invulden, is 45 procent tevreden. Dat zijn 960 inwoners." The part is the count the next
 * sentence opens with; the whole the one number of the percentage's own sentence that can hold it.
 */

import { read } from './share-tolerance.js'
import { ASIDE } from './share-asides.js'

// The next sentence opens by restating the count: `Dat zijn 960`, `Het gaat om ruim 960`, `Dit betreft 960`.
const RESTATES = /^\s*(?:dat|dit|het)\s+(?:zijn|is|waren|was|gaat\s+om|ging\s+om|betreft|betrof)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?!\s?(?:%|procent\b))/iu
// Percentages and asides (years, dates, ages, `groep 8`) are no wholes.
const NOT_COUNTED = new RegExp(String.raw`\d+(?:,\d+)?\s*(?:%|procent(?:punt(?:en)?)?)|${ASIDE}`, 'giu')

/**
 * The share a percentage is of when the next sentence gives its count.
 *
 * @param sentence The percentage's sentence.
 * @param next The sentence after it, in the same paragraph (or `''`).
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns The part of the whole, or undefined when the next sentence does not restate a count or the sentence has not one whole.
 */
export function countInNext(sentence: string, next: string, numbersOf: (text: string) => string[]): { actual: number; basis: string } | undefined {
  const restated = RESTATES.exec(next)
  const partText = restated?.[1]
  const part = read(partText ?? '')
  if (!partText || !part) return undefined
  const wholes = numbersOf(sentence.replace(NOT_COUNTED, ' ')).filter((n) => (read(n) ?? 0) >= part)
  if (wholes.length !== 1) return undefined
  const whole = read(wholes[0] ?? '') ?? 0
  return whole > 0 ? { actual: (part / whole) * 100, basis: `${partText} van ${wholes[0]}` } : undefined
}
