/**
 * A percentage laid down in one sentence and applied to a count in the next: `We wijzen ten hoogste
 * 15 procent van de vrijgekomen huurwoningen toe aan starters. Bij de verwachte 360 woningen zijn dat er
 * hooguit 54.` The result's sentence has one count before the result and nothing else of its kind;
 * the sentence before has one percentage, said of a noun (`van de … huurwoningen`) that the count or
 * the result names again, by stem or compound head. The result is then the percentage of the count.
 */

import { mul } from './exact-number.js'
import type { Implied } from './implied-products.js'
import { sameNoun, type Quantity } from './sentence-quantities.js'

// A result sentence that says what something comes to: `gaat het dan om`, `komt dat neer op`.
export const COMES_TO = /\b(?:gaat\s+het\s+(?:\p{L}+\s+){0,2}?om|komt\s+(?:dat|dit|het)\s+(?:\p{L}+\s+){0,2}?op)\s+(?:\p{L}+\s+)?$/iu
// What a percentage is of: up to four words after `van de` (`van de nieuwe sociale huurwoningen voor …`).
const OF_WORDS = /^\s*(?:van|over)\s+(?:de|het|alle|onze)\s+((?:[\p{L}-]+\s*){1,4})/iu
// A noun and its compound head are one (`huurwoningen` ~ `woningen`), as are its forms (`woning`).
const oneNoun = (a: string, b: string): boolean => sameNoun(a, b) || (b.length >= 5 && a.endsWith(b)) || (a.length >= 5 && b.endsWith(a))

/**
 * The percentage of the sentence before, applied to the one count before the result.
 *
 * @param text The text the quantities are read from.
 * @param r The result.
 * @param own The quantities of its sentence before it.
 * @param previous The quantities of the sentence before.
 * @returns The product, or undefined.
 */
export function carriedPercent(text: string, r: Quantity, own: Quantity[], previous: Quantity[]): Implied | undefined {
  if (r.unit === '€' || r.unit === '%' || r.share || own.length !== 1 || previous.length !== 1) return undefined
  const [count, percent] = [own[0]!, previous[0]!]
  if (percent.unit !== '%' || percent.share || count.unit === '' || count.unit === '€' || count.unit === '%' || count.share) return undefined
  const words = (OF_WORDS.exec(text.slice(percent.end, percent.end + 80))?.[1] ?? '').toLowerCase().split(/\s+/).filter((w) => w.length >= 4)
  const named = (unit: string): boolean => unit.split(' ').some((u) => words.some((w) => oneNoun(w, u.toLowerCase())))
  if (!named(count.unit) && !(r.unit !== '' && named(r.unit))) return undefined
  return { value: mul(percent.value, count.value), expression: `${percent.text} × ${count.text}`, terms: [percent, count] }
}
