/**
 * A rate laid down once and applied later in the same section, out of reach of the sentence
 * window: "Een marktkraam betaalt € 12,40 per m² per week." and a paragraph further "Een kraam van
 * 16 m² betaalt daarmee € 218,40 per week." The reader of rates and counts (rate-products) reads a
 * sentence with the one before it; here the sentence that states a result is read once more with
 * each earlier sentence of the section that has a rate `per` a unit, nearest first, as if that
 * sentence stood right before it. rate-products keeps its own guards (the count must name the
 * rate's unit, one rate and one count); on top of that a carried rate must bring the result within
 * a quarter of the product, as a slip does, since a rate from afar meets an unrelated amount more easily.
 */

import { cents } from './exact-number.js'
import { rateProducts, sentenceStarts } from './rate-products.js'
import { nounStem } from './unit-nouns.js'
import type { Equation } from './onderbouwing.js'

// A rate: a number, at most three words, `per` and a unit (`€ 23,50 per m³`, `0,45 kg CO2 per kWh`).
const RATE = /\d[\d.,]*\s+(?:[\p{L}\d'’²³-]+\s+){0,3}?per\s+[\p{L}'’²³-]/iu
// The same, to count the rates of a sentence.
const RATES = new RegExp(RATE.source, 'giu')
// Whether a sentence can state a result at all: a number after a word that gives one.
const RESULT_WORD = /\b(?:samen|totaal|daarmee|hiermee|dus|zo|komt|komen|kwam|kwamen|kost|kosten|kostte|kostten|levert|leveren|leverde|leverden|brengt|brengen|bracht|brachten|is|zijn|was|waren|bedraagt|bedroeg|uit\s+op)\b[^.!?]*\d/iu
// How many sentences back a rate may stand: a section lays down its rates near where it applies them.
const REACH = 8

interface Sentence {
  start: number
  text: string
  paragraph: number
}

/**
 * The products of a count and a rate laid down earlier in the section than the sentence before.
 *
 * @param text One section's prose.
 * @returns The products as equations, at their offsets in the text.
 */
export function earlierRateProducts(text: string): Equation[] {
  const list = sentencesOf(text)
  const out: Equation[] = []
  list.forEach((sentence, j) => {
    if (!RESULT_WORD.test(sentence.text) || j < 1) return
    // The one-window reading (this sentence and the one before) is rate-products' own.
    const previous = list[j - 1]!
    const own = previous.paragraph === sentence.paragraph ? `${previous.text} ${sentence.text}` : sentence.text
    if (rateProducts(own).some((e) => e.index >= own.length - sentence.text.length)) return
    for (let k = j - (previous.paragraph === sentence.paragraph ? 2 : 1); k >= Math.max(0, j - REACH); k--) {
      const earlier = list[k]!
      if (!RATE.test(earlier.text)) continue
      const source = rateClause(earlier.text, sentence.text)
      if (source === undefined) continue
      const joined = `${source} ${sentence.text}`
      const from = source.length + 1
      const read = rateProducts(joined).filter((e) => e.index >= from)
      // The nearest rate that reads decides: a rate further back is about another thing.
      if (read.length > 0) {
        out.push(...read.filter(close).map((e) => ({ ...e, index: e.index - from + sentence.start })))
        return
      }
    }
  })
  return out
}

// The part of a sentence that holds the rate: the whole sentence when it has one rate; with more
// (`Een steiger kost € 21 per m² en een container € 9 per m²`) the one clause that shares a noun
// with the sentence that applies it (`Een container van 4 m² …`); none when that is not one clause.
function rateClause(text: string, applied: string): string | undefined {
  const rates = text.match(RATES) ?? []
  if (rates.length <= 1) return text
  const clauses = text.split(/[;,]\s+|\s+(?:en|of)\s+(?=\p{Ll}+\s)/u).filter((c) => RATE.test(c))
  const nouns = new Set(wordsOf(applied))
  const sharing = clauses.filter((c) => wordsOf(c).some((w) => nouns.has(w)))
  return sharing.length === 1 ? sharing[0] : undefined
}

// The stems of the longer words of a text: nouns, mostly, compared in their singular.
const wordsOf = (text: string): string[] => (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.test(w)).map(nounStem)
// Verbs and function words a rate clause shares with any sentence.
const COMMON = /^(?:kost|kosten|betaalt|betalen|voor|per|jaar|week|maand|samen|daarmee|wordt|worden|zijn|heeft|hebben|deze|die|dat|een|het|van|met)$/iu

/** The stated result within a quarter of the product: a slip, not another amount. */
export function close(e: Equation): boolean {
  const [computed, stated] = [Math.abs(cents(e.computed)), Math.abs(cents(e.stated))]
  return Math.abs(computed - stated) <= 0.25 * Math.max(computed, stated)
}

/**
 * The sentences of a text, list items and table rows apart, with the paragraph each stands in.
 * A table row or heading is no sentence a rate is read from: its cells are read by the table readers.
 *
 * @param text One section's prose.
 * @returns The sentences with their offsets (a list marker blanked, trailing space cut).
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph = 0
  for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const block = m[0]
    const base = m.index ?? 0
    paragraph++
    if (/^\s*(?:\||#)/u.test(block)) continue
    const starts = sentenceStarts(block)
    starts.forEach((start, i) => {
      const piece = block.slice(start, starts[i + 1] ?? block.length).replace(/\s+$/u, '')
      if (piece.trim() !== '') out.push({ start: base + start, text: piece.replace(/^\s*[-*+]\s+/u, (x) => ' '.repeat(x.length)), paragraph })
    })
  }
  return out
}
