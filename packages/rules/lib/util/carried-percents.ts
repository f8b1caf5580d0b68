/**
 * A percentage laid down in one sentence and applied to a count in the next: `We wijzen ten hoogste
 * 15 procent van de vrijgekomen huurwoningen toe aan starters. Bij de verwachte 360 woningen zijn dat er
 * hooguit 54.` The result's sentence has one count before the result and nothing else of its kind;
 * the sentence before has one percentage, said of a noun (`van de … huurwoningen`) that the count or
 * the result names again, by stem or compound head. The result is then the percentage of the count.
 * A fraction in words lays a share down the same way (`Twee vijfde van de schuren krijgt een sedumdak.
 * Bij 415 schuren gaat het om 166 schuren.`).
 */

import { parseNumberWord } from '@kapstok/nl'
import { make, mul, type Rational } from './exact-number.js'
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
  if (r.unit === '€' || r.unit === '%' || r.share || own.length !== 1 || previous.length > 1) return undefined
  const count = own[0]!
  if (count.unit === '' || count.unit === '€' || count.unit === '%' || count.share) return undefined
  // (`Twee derde` is read as a count of 2 `derde`: the fraction's words say what it is.)
  const share = previous.length === 1 && !FRACTION_UNIT.test(previous[0]!.unit) ? percentOf(previous[0]!) : fractionBefore(text, count.index)
  if (!share) return undefined
  const words = (OF_WORDS.exec(text.slice(share.end, share.end + 80))?.[1] ?? '').toLowerCase().split(/\s+/).filter((w) => w.length >= 4)
  const named = (unit: string): boolean => unit.split(' ').some((u) => words.some((w) => oneNoun(w, u.toLowerCase())))
  if (!named(count.unit) && !(r.unit !== '' && named(r.unit))) return undefined
  return { value: mul(share.value, count.value), expression: `${share.text} × ${count.text}`, terms: [...(share.q ? [share.q] : []), count] }
}

interface Share { value: Rational; text: string; end: number; q?: Quantity }

const percentOf = (q: Quantity): Share | undefined => (q.unit === '%' && !q.share ? { value: q.value, text: q.text, end: q.end, q } : undefined)

// A fraction in words opening a sentence of its own (`Een kwart van`, `Twee derde van`, `Driekwart van`),
// not an ordinal (`een derde partij`: no `van` follows), and the only share of that sentence.
const FRACTION = /(?:^|[.!?]\s+|\n\s*)(?:(?:ten\s+hoogste|hooguit|maximaal|minstens|ten\s+minste)\s+)?(?:(de\s+helft)|(een|één|twee|drie|vier)\s*(derde|kwart|vijfde|tiende)|(driekwart))(?=\s+van\s)/giu
const FRACTION_UNIT = /^(?:derde|kwart|vijfde|tiende)\b/iu
const PARTS: Record<string, bigint> = { derde: 3n, kwart: 4n, vijfde: 5n, tiende: 10n }

// The fraction of the sentence right before the count's sentence (same paragraph).
function fractionBefore(text: string, at: number): Share | undefined {
  const head = text.slice(0, at)
  const paragraph = Math.max(0, head.lastIndexOf('\n\n'))
  const ends = [...head.slice(paragraph).matchAll(/[.!?](?=\s)/gu)].map((m) => paragraph + m.index!)
  if (ends.length === 0) return undefined
  const start = ends.length >= 2 ? ends.at(-2)! + 1 : paragraph
  const sentence = text.slice(start, ends.at(-1)! + 1)
  const found = [...sentence.matchAll(FRACTION)]
  if (found.length !== 1 || /%|procent|\b(?:helft|derde|kwart|vijfde|tiende)\b[^]*\b(?:helft|derde|kwart|vijfde|tiende)\b/iu.test(sentence)) return undefined
  const m = found[0]!
  const value = m[1] ? make(1n, 2n) : m[4] ? make(3n, 4n) : make(BigInt((/^(?:een|één)$/iu.test(m[2]!) ? 1 : parseNumberWord(m[2]!.toLowerCase())) ?? 0), PARTS[m[3]!.toLowerCase()]!)
  if (value.n === 0n || value.n >= value.d) return undefined
  const shown = (m[1] ?? m[4] ?? `${m[2]} ${m[3]}`).toLowerCase()
  return { value, text: shown, end: start + m.index! + m[0].length }
}
