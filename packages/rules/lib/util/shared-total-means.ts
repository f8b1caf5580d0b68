/**
 * A mean per counted unit before and after the number of units changes, over a total stated
 * earlier in the text: "Vorig jaar behandelden we 960 bezwaren." … "De afdeling heeft 3,0 fte. Per
 * fte zijn dat gemiddeld 320 bezwaren. Na de werving telt de afdeling 4,0 fte en zakt de last
 * naar zo'n 240 bezwaren per fte." The first mean, with its count of units, says which
 * total the paragraph divides (960 over 3,0 is 320); the second names only the new count, so
 * count-means, which looks for a total in the mean's sentence or the two before, finds none.
 *
 * What keeps the reading strong: the total is a count of the mean's own thing that the first mean
 * gives over its count (one value only), both means count the same thing per the same unit in one
 * paragraph, and the second sentence names no other number of the thing, no change of the total
 * (`minder`, `groei`), no norm and no year the total's sentence lacks. Units may also add to the
 * total (more laadpalen deliver more kWh): a second mean between the first and the total over the
 * new count is a forecast, so only a mean beyond that total over the new count is a slip.
 */

import { div, sub, type Rational } from './exact-number.js'
import { beyond, dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { COUNT, factorOf, MEAN_WORD, meansOf, TIME, type Mean } from './count-means.js'
import { countsNoun, countValue, oneSided, roundedToWhole, roundingWord } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

type Sentence = { index: number; text: string }
type Count = { at: number; text: string; noun: string; value: Rational }

// A mean after a word of change (`daalt naar 190`, `komen we op 235`, `stijgt tot 33`) is a level
// the paragraph arrives at; without it or a mean word the number may be a norm.
const ARRIVES = /\b(?:naar|tot|op)\s+$/iu
// A norm, bound or target per unit is no mean of the total.
const NORM = /\b(?:norm|normen|richtlijn|streef\p{L}*|maximaal|minimaal|maximum|minimum|hooguit|doel\p{L}*|grens|landelijke?)\b/iu
// The sentence says the total itself changes.
const TOTAL_CHANGES = /\b(?:minder|meer|groei\p{L}*|toename|afname|stijging|daling|krimp\p{L}*)\b/iu
// A mean of count-means has a digit and `per`, `elk(e)`, `ieder(e)` or `gemiddeld`.
const MEAN_CUE = /\b(?:per|elke?|iedere?|gemiddeld)\b/iu
const MAY_MEAN = { test: (text: string): boolean => /\d/u.test(text) && MEAN_CUE.test(text) }
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d)/gu

// The counts of a sentence with their offsets in the text (no years).
function countsOf(sentence: Sentence): Count[] {
  return [...sentence.text.matchAll(COUNT)].flatMap((c) => {
    const text = c[1] ?? ''
    const value = isYearNumber(text) ? undefined : countValue(text)
    return value ? [{ at: sentence.index + (c.index ?? 0), text, noun: c[2] ?? '', value }] : []
  })
}

const sameThing = (a: Mean, b: Mean): boolean => Boolean(factorOf(a.thing, b.thing)) && factorOf(a.thing, b.thing)!.n === factorOf(a.thing, b.thing)!.d && (countsNoun(a.unit, b.unit) || a.unit.toLowerCase() === b.unit.toLowerCase())

// The mean as an equation of a total over a count, with the rounding the mean is written with.
function meanOf(total: Count, count: Count, mean: Mean, index: number): Equation {
  const e = proseEquation(`${total.text} ÷ ${count.text}`, div(total.value, count.value), { text: mean.written, value: dutchNumber(mean.written), index }, roundingWord(mean.approx))
  return oneSided(roundedToWhole(e), mean.approx)
}

/**
 * Second means over a changed count of units, judged against the total the first mean divides.
 *
 * @param text A prose text.
 * @returns The means as equations (`1.150 ÷ 4,9`); a mean between the first and that quotient is left out.
 */
export function sharedTotalMeans(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    // Two means per unit in one paragraph: most paragraphs have not even one.
    if (sentences.length < 2 || sentences.filter((t) => MAY_MEAN.test(t.text)).length < 2) continue
    sentences.forEach((second, k) => {
      if (k === 0 || !MAY_MEAN.test(second.text) || TOTAL_CHANGES.test(second.text)) return
      for (const mean of meansOf(second.text)) {
        const e = judged(text, sentences, k, mean)
        if (e) out.push(e)
      }
    })
  }
  return out
}

function judged(text: string, sentences: Sentence[], k: number, mean: Mean): Equation | undefined {
  const second = sentences[k]!
  const before = second.text.slice(0, mean.at)
  if (TIME.test(mean.unit) || isYearNumber(mean.written) || NORM.test(before)) return undefined
  if (!mean.approx && !MEAN_WORD.test(before) && !ARRIVES.test(before)) return undefined
  const counts = countsOf(second)
  const meanAt = second.index + mean.at
  // The sentence names no other number of the thing: a total of its own is count-means'.
  if (counts.some((c) => c.at !== meanAt && factorOf(c.noun, mean.thing))) return undefined
  const units = counts.filter((c) => c.at < meanAt && countsNoun(c.noun, mean.unit))
  const count = units.at(-1)
  if (!count) return undefined
  const first = firstMean(text, sentences, k, mean)
  if (!first || first.count.value.n * count.value.d === count.value.n * first.count.value.d) return undefined
  // A year of the second sentence the total's sentence lacks: another year's mean.
  const years = second.text.match(YEAR) ?? []
  if (years.some((y) => !first.totalSentence.includes(y))) return undefined
  const e = meanOf(first.total, count, mean, meanAt)
  if (!beyond(e.computed, e.stated, e.tolerance)) return e
  // Another count of the unit in the sentence (the units added) that gives the mean: that reading holds.
  if (units.some((u) => !beyond(meanOf(first.total, u, mean, meanAt).computed, e.stated, e.tolerance))) return undefined
  // Between the first mean and the total over the new count (or past the first mean): a forecast in which the total moves too.
  const side = (a: Rational): bigint => sub(a, e.computed).n
  if ((side(e.stated) > 0n) === (side(first.stated) > 0n)) return undefined
  return e
}

// The first mean of the same thing per the same unit in the paragraph, its count of units (in its
// sentence, else the one before), and the one total stated earlier in the text that gives it.
function firstMean(text: string, sentences: Sentence[], k: number, mean: Mean): { total: Count; totalSentence: string; count: Count; stated: Rational } | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const sentence = sentences[j]!
    if (!MAY_MEAN.test(sentence.text)) continue
    for (const earlier of meansOf(sentence.text)) {
      if (!sameThing(earlier, mean)) continue
      const at = sentence.index + earlier.at
      const own = countsOf(sentence).filter((c) => c.at < at && countsNoun(c.noun, mean.unit))
      const count = (own.length > 0 ? own : j > 0 ? countsOf(sentences[j - 1]!).filter((c) => countsNoun(c.noun, mean.unit)) : []).at(-1)
      if (!count) return undefined
      const totals = totalsBefore(text, at, mean).filter((t) => !beyond(meanOf(t, count, earlier, at).computed, dutchNumber(earlier.written), meanOf(t, count, earlier, at).tolerance))
      const values = new Set(totals.map((t) => `${t.value.n}/${t.value.d}`))
      if (values.size !== 1) return undefined
      const total = totals[0]!
      const from = Math.max(text.lastIndexOf('.', total.at) + 1, text.lastIndexOf('\n', total.at) + 1)
      return { total, totalSentence: text.slice(from, text.indexOf('.', total.at) + 1 || text.length), count, stated: meanOf(total, count, earlier, at).stated }
    }
  }
  return undefined
}

// The counts of the mean's thing (the same noun) before an offset: no means (`320 bezwaren per fte`).
function totalsBefore(text: string, end: number, mean: Mean): Count[] {
  const head = text.slice(0, end)
  return countsOf({ index: 0, text: head }).filter((c) => {
    const factor = factorOf(c.noun, mean.thing)
    return factor !== undefined && factor.n === factor.d && !/^\s*\S+\s+per\b/iu.test(text.slice(c.at + c.text.length))
  })
}
