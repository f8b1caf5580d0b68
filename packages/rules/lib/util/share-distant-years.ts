/**
 * A change between a level of one year in the claim's sentence and the level of another year said
 * earlier in the section, paragraphs up: "In 2024 telden we 4.120 bezoeken. … (other
 * paragraphs) … In 2021 waren het er nog 3.090; de groei van 33 procent tot 2024 …". The claim's
 * level points back (`het er`, `dat er`, `nog`), and its sentence names the other year without a
 * number of its own; the other level is the one number of the nearest sentence that names that
 * year, and counts the same noun when both levels name one. Used by `share-changes`.
 */

import type { ChangeBasis } from './share-changes.js'
import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { sameNoun } from './sentence-quantities.js'
import { isYearNumber, MONTH } from './year-numbers.js'

// A sentence: up to its end mark, a dot inside a number (`1.012`) staying in it.
const SENTENCE = /(?:[^.!?\n]|[.,](?=\d))+/gu
const YEAR = /\b(?:19|20)\d{2}\b/gu
// The numbers of a sentence that are no year, no percentage and no day of a date.
const NUMBER = new RegExp(String.raw`(?<![\d.,])(${PLAIN_NUMBER})(?![.,]?\d)(?!\s?(?:%|procent|(?:${MONTH})\b))(?:\s+([\p{Ll}'’-]{3,}))?`, 'gu')
// The claim's own level: `In 2022 waren het er (nog) 2.100`, `in 2022 nog 2.100`, after its year.
const OWN_LEVEL = new RegExp(String.raw`\b(?:in|eind|begin)\s+((?:19|20)\d{2})\b[^\d%]{0,40}?\b(?:(?:het|dat|dit)\s+er(?:\s+nog)?|nog)\s+(${PLAIN_NUMBER})(?![.,]?\d)`, 'iu')

interface Found { text: string; noun: string | undefined; index: number; end: number }

const levels = (sentence: string, offset: number): Found[] =>
  [...sentence.matchAll(NUMBER)].filter((m) => !isYearNumber(m[1])).map((m) => ({ text: m[1] ?? '', noun: m[2], index: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + (m[1] ?? '').length }))

/**
 * The changes whose earlier or later level stands paragraphs up in the section.
 *
 * @param text A text.
 * @returns The changes, from the distant level to the end of the claim's own level.
 */
export function distantYearChanges(text: string): ChangeBasis[] {
  const sentences = [...text.matchAll(SENTENCE)].map((m) => ({ text: m[0], index: m.index ?? 0 }))
  const out: ChangeBasis[] = []
  sentences.forEach((s, k) => {
    const own = OWN_LEVEL.exec(s.text)
    if (!own || !/%|procent/iu.test(s.text)) return
    const years = [...new Set(s.text.match(YEAR) ?? [])]
    const mine = levels(s.text, s.index)
    if (years.length !== 2 || mine.length !== 1) return
    const other = years.find((y) => y !== own[1])!
    // The nearest sentence before, in the same section, that names the other year with one number.
    const namesOther = new RegExp(String.raw`\b${other}\b`, 'u')
    for (let j = k - 1; j >= 0; j--) {
      const t = sentences[j]!
      if (/^\s*#/u.test(t.text)) return
      if (!namesOther.test(t.text)) continue
      const found = levels(t.text, t.index)
      if (found.length !== 1 || /%|procent/iu.test(t.text) || (t.text.match(YEAR) ?? []).length !== 1) return
      const [far, near] = [found[0]!, mine[0]!]
      if (near.noun && far.noun && !sameNoun(near.noun, far.noun)) return
      const [fromText, toText] = Number(other) < Number(own[1]) ? [far.text, near.text] : [near.text, far.text]
      const [from, to] = [read(fromText), read(toText)]
      // Two levels of one count over a few years lie within a factor two of each other.
      if (!from || to === undefined || to > 2 * from || from > 2 * to) return
      out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${fromText} naar ${toText}`, index: far.index, end: near.end, change: true })
      return
    }
  })
  return out
}
