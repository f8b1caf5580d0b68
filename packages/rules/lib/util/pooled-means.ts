/**
 * A mean per counted thing of a pooled total: "Zeven kinderboerderijen liggen in de gemeente.
 * Samen ontvingen zij 58.000 bezoekers, gemiddeld ruim 8.000 per kinderboerderij." The count
 * (digits or a count word) names the noun after `per`; the total is the number `samen` or
 * `in totaal` pools, in the sentence of the mean or the ones before, or in the paragraph just
 * before when the mean's paragraph opens with it (`Per sporthal kwam de verhuur gemiddeld uit
 * op …`). The mean needs no noun of its own there, which the readers of count-means and
 * per-noun-means do; the pooling word is what ties the total to the counted things.
 */

import { NUMBER } from './amount-change.js'
import { countValue as plainCount } from './per-noun-means.js'
import { div, type Rational } from './exact-number.js'
import { dutchNumber, proseEquation, type Equation } from './onderbouwing.js'
import { countsNoun, near, roundedToWhole, strictSide } from './per-noun-means.js'
import { PARTITIVE_AFTER, PARTITIVE_BEFORE } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

type Sentence = { index: number; text: string }

const APPROX = String.raw`circa|ongeveer|ruim|bijna|zo['’]n`
// `gemiddeld (ruim) 2.400 (uur) per sporthal`; a noun of at most two words between.
const MEAN_PER = new RegExp(String.raw`\bgemiddeld\s+(?:(?:uit\s+)?op\s+)?(?:(${APPROX})\s+)?(?<![€\d.,]\s?)(${NUMBER})(?![\d.,]*\d|\s*%|\s*procent)((?:\s+\p{L}+){0,2}?)\s+per\s+(\p{L}[\p{L}-]+)`, 'giu')
// `Per sporthal kwam de verhuur (in 2025) gemiddeld (uit) op (ruim) 2.400 (uur)`: the unit first.
const PER_MEAN = new RegExp(String.raw`\bper\s+(\p{L}[\p{L}-]+)\b[^.;:!?€\d]{0,60}?(?:\b(?:19|20)\d{2}\b[^.;:!?€\d]{0,20}?)?\bgemiddeld\s+(?:(?:uit\s+)?op\s+)?(?:(${APPROX})\s+)?(?<![€\d.,]\s?)(${NUMBER})(?![\d.,]*\d|\s*%|\s*procent)`, 'giu')
// The pooled total: `samen 9.600 (uur)`, `in totaal 63.000`, `samen ontvingen zij in 2025 58.000`.
const POOLED = new RegExp(String.raw`\b(?:samen|in\s+totaal|bij\s+elkaar|gezamenlijk)(?:\s+(?!en\b|of\b|met\b)\p{Ll}+){0,2}?\s+(?:(?:in\s+)?(?:19|20)\d{2}\s+)?(?:${APPROX}\s+)?(?<![€\d.,]|€\s)(${NUMBER})(?![\d.,]*\d|\s*%|\s*procent)`, 'giu')
// A count and the words after it, the noun among the first few (also read by distant-divisors).
export const COUNT = new RegExp(String.raw`(?<![€\d.,]|[€.,]\s)\b(${NUMBER}|\p{L}+)(?![\d%])(?=((?:\s+[\p{L}-]+){1,3}))`, 'giu')
// A plain number that is no year: between the total and the mean it makes another reading possible.
const OTHER_NUMBER = /(?<![\d.,])\d[\d.,]*|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b/giu
// Units of time make a rate, not a mean over counted things.
const TIME = /^(?:jaar|maand|week|dag|uur|kwartaal|keer|persoon)$/iu

interface Mean {
  approx: string
  written: string
  unit: string
  /** Offset of the mean's number in the text. */
  at: number
  /** Offset in the text where the mean's phrase starts. */
  start: number
}

// The plain numbers and count words of a stretch, years left out.
const countOthers = (stretch: string): number => (stretch.replace(/\b(?:19|20)\d{2}\b/gu, '').match(OTHER_NUMBER) ?? []).length

function meansOf(sentence: Sentence): Mean[] {
  const out: Mean[] = []
  for (const m of sentence.text.matchAll(MEAN_PER)) {
    const [all, approx = '', written = '', , unit = ''] = m
    out.push({ approx, written, unit, at: sentence.index + (m.index ?? 0) + all.indexOf(written, 'gemiddeld'.length), start: sentence.index + (m.index ?? 0) })
  }
  for (const m of sentence.text.matchAll(PER_MEAN)) {
    const [all, unit = '', approx = '', written = ''] = m
    out.push({ approx, written, unit, at: sentence.index + (m.index ?? 0) + all.lastIndexOf(written), start: sentence.index + (m.index ?? 0) })
  }
  return out
}

const partOfCount = (text: string, at: number, words: string): boolean => PARTITIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || PARTITIVE_AFTER.test(words)

// A count in digits or in words (`count-means`), not a year.
const countValue = (written: string): Rational | undefined => (isYearNumber(written) ? undefined : plainCount(written))

/**
 * Every mean per counted thing of a total that `samen` or `in totaal` pools.
 *
 * @param text A prose text.
 * @returns The means as equations (`63.000 ÷ 7`), with the rounding of the mean as tolerance.
 */
export function pooledMeans(text: string): Equation[] {
  const out: Equation[] = []
  const paragraphs = paragraphSentences(text)
  paragraphs.forEach((sentences, k) => {
    sentences.forEach((sentence, s) => {
      for (const mean of meansOf(sentence)) {
        if (TIME.test(mean.unit)) continue
        // The mean's sentence and the two before; the paragraph before when the mean opens its own.
        const own = sentences.slice(Math.max(0, s - 2), s + 1)
        const window = s === 0 && k > 0 && /^per\b/iu.test(sentence.text.trim()) ? [...paragraphs[k - 1]!.slice(-3), sentence] : own
        const reading = readMean(text, window, mean)
        if (reading) out.push(reading)
      }
    })
  })
  return out
}

function readMean(text: string, window: Sentence[], mean: Mean): Equation | undefined {
  const before = window.map((w) => ({ index: w.index, text: text.slice(w.index, Math.min(w.index + w.text.length, mean.start)) }))
  const divisors = before.flatMap((w) => [...w.text.matchAll(COUNT)].map((c) => ({ at: w.index + (c.index ?? 0), text: c[1] ?? '', words: c[2] ?? '' })))
    // A part named by `er` or `daarvan` (`Van de 40 clubs hebben er 9 …`) counts the same noun: a
    // second divisor, so the sentence does not say which one the mean is over.
    .filter((c) => countValue(c.text) !== undefined && (countsNoun(c.words, mean.unit) || partOfCount(text, c.at, c.words)))
  const totals = before.flatMap((w) => [...w.text.matchAll(POOLED)].map((p) => ({ at: w.index + (p.index ?? 0), end: w.index + (p.index ?? 0) + p[0].length, text: p[1] ?? '' })))
  if (divisors.length !== 1 || totals.length !== 1) return undefined
  const [divisor, total] = [divisors[0]!, totals[0]!]
  if (divisor.at > total.at || isYearNumber(total.text)) return undefined
  // What is pooled is the counted things alone: not `vier sporthallen en twee gymzalen … samen`,
  // unless the pooling names them again (`de sporthallen samen`); not `er vier samen` of them.
  const after = text.slice(divisor.at + divisor.text.length, divisor.at + divisor.text.length + 60)
  const other = /^(?:\s+[\p{L}-]+){1,3}?\s+en\s+(?:de\s+|het\s+)?(\d[\d.,]*|\p{L}+)\s/iu.exec(after)?.[1]
  const pooler = text.slice(Math.max(divisor.at, total.at - 40), total.at).trim().split(/\s+/u).slice(-2).join(' ')
  if (other !== undefined && countValue(other) !== undefined && !countsNoun(pooler, mean.unit)) return undefined
  if (countOthers(text.slice(Math.max(divisor.at + divisor.text.length, total.at - 20), total.at)) > 0) return undefined
  // Another number between the total and the mean, in the mean's own sentence, may be what it is over.
  const meanSentence = window.at(-1)!
  const between = text.slice(Math.max(total.end, meanSentence.index), mean.start)
  if (countOthers(between) > 0) return undefined
  const count = countValue(divisor.text)!
  const computed = div(dutchNumber(total.text), count)
  const stated = dutchNumber(mean.written)
  if (!near(computed, stated)) return undefined
  const shown = /^\d/u.test(divisor.text) ? divisor.text : String(count.n)
  const e = proseEquation(`${total.text} ÷ ${shown}`, computed, { text: mean.written, value: stated, index: mean.at }, Boolean(mean.approx))
  return strictSide(roundedToWhole(e), mean.approx)
}
