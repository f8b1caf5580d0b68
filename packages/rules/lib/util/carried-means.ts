/**
 * A mean per counted thing that opens a paragraph whose whole stands in the paragraph before:
 * `De lasten zijn in 2027 € 412.000.` and then, after a blank line, `Met 1.600 deelnemers komen
 * de lasten in 2027 neer op € 258 per deelnemer.` Authors put the budget in one paragraph and
 * its share per person in the next; per-noun-means reads one paragraph at a time.
 */

import { type Equation } from './onderbouwing.js'
import { perNounMeans } from './per-noun-means.js'
import { paragraphSentences } from './text.js'

type Sentence = { index: number; text: string }

const yearsIn = (text: string): string[] => text.match(/\b(?:19|20)\d{2}\b/gu) ?? []

// The mean opens the paragraph: an amount per noun with no amount before it in the paragraph.
const OPENING_MEAN = /^[^€]*€\s*\d[\d.,]*(?:\s+(?:mln|miljoen))?\s+per\s+\p{L}{3,}/iu
// The paragraph points back at what came before (`Dat is …`, `Daarmee komen de lasten …`).
const BACK = /\b(?:dat|dit|daarmee|hiermee|dan)\b/iu
// A part of the whole (`Daarvan gaat € 3.000 per woning naar isolatie`) is no mean of it.
const PART = /\b(?:daarvan|hiervan|waarvan|onder\s+meer|onder\s+andere|bijvoorbeeld)\b/iu
// Words too common to tie two paragraphs together.
const COMMON = /^(?:gemeente|gemiddeld|ongeveer|uitgaande|daarmee|hiermee|verdeeld|betekent|bedragen|bedraagt|komen|komt)$/iu

const words = (text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !COMMON.test(w)))

// The mean's paragraph names what the paragraph before is about: a word that points back or a
// noun both use (`lasten`); a year alone is no tie (two subjects of one year), but a year the mean
// names must stand before as well.
function tied(before: Sentence[], mean: Sentence): boolean {
  if (PART.test(mean.text)) return false
  const prior = before.map((s) => s.text).join(' ')
  const years = yearsIn(mean.text)
  if (years.length > 0 && !years.some((y) => yearsIn(prior).includes(y))) return false
  const own = words(prior)
  return BACK.test(mean.text) || [...words(mean.text)].some((w) => own.has(w))
}

/**
 * Means per counted thing whose whole (and maybe count) stands in the paragraph before.
 *
 * @param text A prose text with its paragraphs.
 * @returns The means as equations, only those that need the paragraph before.
 */
export function carriedMeans(text: string): Equation[] {
  const paragraphs = paragraphSentences(text)
  const groups: Sentence[][] = []
  paragraphs.forEach((sentences, k) => {
    const first = sentences[0]
    const before = paragraphs[k - 1]
    if (k === 0 || !first || !before || !OPENING_MEAN.test(first.text.trim())) return
    // The mean's paragraph has no amount of its own besides the mean (`… gemiddeld € 260 per
    // aanvrager. De gemeente liep daarmee € 312.000 mis.` holds its own whole).
    if (sentences.map((s) => s.text).join(' ').match(/€/gu)?.length !== 1) return
    // The last two sentences of the paragraph before, then the mean's sentence.
    const last = before.slice(-2)
    if (tied(last, first)) groups.push([...last, first])
  })
  if (groups.length === 0) return []
  const own = new Set(perNounMeans(text).map((e) => e.index))
  return perNounMeans(text, groups).filter((e) => !own.has(e.index))
}
