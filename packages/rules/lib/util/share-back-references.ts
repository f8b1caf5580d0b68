/**
 * A share whose whole stands in the sentence before and is pointed back to (`Daarvan`, `Van hen`,
 * `241 van hen`): "Er kwamen 2.400 aanvragen. Daarvan werden er 1.560 toegekend, ruim 65 procent."
 */

import { read } from './share-tolerance.js'

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`
const YEAR = /^(?:19|20)\d{2}$/
const MONTH = String.raw`januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december`
// A sentence that takes its whole from the sentence before: "Daarvan werden er 1.560 toegekend",
// also with the part first: "241 van hen rondden de cursus af".
const OF_THOSE = new RegExp(
  String.raw`^\s*(?:(?:${NUMBER})\s+(?:[\p{L}-]+\s+)?)?(?:daarvan|hiervan|van\s+hen|van\s+wie|van\s+deze(?:\s+\p{L}+)?|waarvan)\b`,
  'iu'
)
// The part in parentheses right after the share: `28% (384 huishoudens)`, `een derde (ofwel 45)`.
const PART_AFTER = new RegExp(String.raw`^\s*\(\s*(?:dat\s+zijn\s+|ofwel\s+|namelijk\s+)?(${NUMBER})(?:\s+[\p{L}-]+){0,2}\s*\)`, 'iu')

/**
 * The numbers of a text that are no years and no days of a date (`1 maart 2026`).
 *
 * @param text A sentence.
 * @returns The numbers as written.
 */
export const numbersOf = (text: string): string[] =>
  [...text.matchAll(new RegExp(String.raw`(?<![\d.,])(?:${NUMBER})(?![\d]|[.,]\d)(?!\s+(?:${MONTH})\b)`, 'giu'))].map((m) => m[0]).filter((n) => !YEAR.test(n))

/**
 * The share a sentence points back to: its whole the one number of the sentence before, its part
 * the first number of the sentence before the share, or else the number in parentheses after it.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param previousNumbers The numbers of the sentence before.
 * @param alone Whether the sentence has no change or part of its own.
 * @returns The share the numbers give, or undefined.
 */
export function ofThose(before: string, after: string, previousNumbers: string[], alone: boolean): { actual: number; basis: string } | undefined {
  if (!alone || !OF_THOSE.test(before) || previousNumbers.length !== 1) return undefined
  const numbers = numbersOf(before)
  const partText = numbers.length > 0 ? numbers[0] : PART_AFTER.exec(after)?.[1]
  if (partText === undefined || YEAR.test(partText)) return undefined
  const [part, whole] = [read(partText), read(previousNumbers[0] ?? '')]
  return part === undefined || !whole || part > whole ? undefined : { actual: (part / whole) * 100, basis: `${partText} van ${previousNumbers[0]}` }
}
