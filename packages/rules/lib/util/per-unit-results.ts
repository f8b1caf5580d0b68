/**
 * A product of a count whose result the sentence states per one of the counted things is no
 * product: `De drie gemeenten betalen de aanpak van € 177.000 elk voor een derde, dat is € 59.000
 * per gemeente` divides the amount over the count, it does not multiply by it.
 */

import type { Equation } from './onderbouwing.js'
import { sameNoun } from './noun-kinds.js'
import { namesUnit } from './unit-nouns.js'

const PER_AFTER = /^\s*(?:per|voor\s+(?:elke?|iedere?))\s+([\p{L}-]{3,})/iu
// A count and its noun, at most one word between (`drie gemeenten`, `14 openbare basisscholen`).
const COUNTED = /(?<![\d.,€]\s?)\b(?:\d[\d.]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\p{L}+tig|honderd)\s+([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?/giu
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})|\n/gu

/** Whether the result of a product is stated per unit of a thing its sentence counts. */
export function perCountedResult(text: string, e: Pick<Equation, 'index' | 'result'>): boolean {
  // (The index may point at the euro sign before the result.)
  const end = Math.max(text.indexOf(e.result, e.index), e.index) + e.result.length
  const unit = PER_AFTER.exec(text.slice(end, end + 40))?.[1]
  if (!unit) return false
  let start = 0
  for (const m of text.slice(0, e.index).matchAll(SENTENCE_END)) start = m.index + m[0].length
  const counts = (noun: string | undefined): boolean => noun !== undefined && noun.toLowerCase() !== unit.toLowerCase() && (namesUnit(noun, unit) || sameNoun(noun.toLowerCase(), unit.toLowerCase()))
  return [...text.slice(start, e.index).matchAll(COUNTED)].some((m) => counts(m[1]) || counts(m[2]))
}
