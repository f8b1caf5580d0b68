/**
 * Shares written in words: fractions (`de helft`, `twee derde`, `tweederde`, `driekwart`,
 * `drie vijfde`), ratios (`een op de vijf`, `1 op de 4`) and majorities (`het merendeel`,
 * `de meerderheid`, `een minderheid`, `bijna alle`), as the percentage they stand for. `Bijna
 * alle` only says more than half: how near to all it must be is a matter of taste.
 */

import { parseNumberWord } from '@kapstok/nl'

/** A share written in words, read. */
export interface WordShare {
  /** The percentage it stands for (50 for a majority, which only says the side). */
  value: number
  /** How far the actual share may lie from `value` for one step of wording (`ruim`, `circa`). */
  step: number
  /** For a majority or minority: the side of 50% the actual share must be on. */
  side?: 'above' | 'below'
  /** For a fraction: how far the next simple fraction lies above it (how far `ruim` reaches). */
  up?: number
}

// `Eén` is how `één` is written at the start of a sentence.
const COUNT = String.raw`een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen`
// `een derde partij`, `een kwart eeuw`: an ordinal or a measure, not a share.
const ORDINAL = String.raw`(?!\s+(?:partij|partijen|fase|ronde|keer|maal|plaats|versie|tranche|termijn|periode|generatie|klas|lezing|stap|editie|kamer|lijn|eeuw|uur|jaar|dag|week|maand|kwartaal)\b)`

/** Regular-expression source (no groups) for a share in words. */
export const shareWord = [
  // `tweederde` and `drievijfde` are written as one word; `achttiende` and `zestiende` are ordinals.
  String.raw`(?:de|een)\s+(?:ruime|goede|krappe|kleine)\s+helft|de\s+helft|(?:${COUNT})(?:\s*(?:derde|vijfde)|\s+(?:kwart|zesde|achtste|tiende))${ORDINAL}`,
  String.raw`(?:${COUNT}|\d)\s+op\s+(?:de|elke|iedere)\s+(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig)(?!\d|[.,]\d)`,
  String.raw`(?:bijna|vrijwel|nagenoeg|praktisch)\s+(?:alle|iedereen)|(?:het|een)\s+(?:ruime\s+)?merendeel|de\s+(?:ruime\s+)?meerderheid|het\s+grootste\s+deel|een\s+(?:kleine\s+)?minderheid`,
  String.raw`driekwart${ORDINAL}|[½⅓⅔¼¾]`,
  // `nog geen vijfde`, `net geen kwart`: after `geen` the fraction goes without its article.
  String.raw`(?<=\bgeen\s+)(?:helft|derde|kwart|vijfde|zesde|achtste|tiende)${ORDINAL}`
].join('|')

/**
 * Regular-expression source (no groups) for a whole number written as a word before `procent`
 * (`zestig`, `vijfendertig`, `vier`); `een` alone is the article and is read as no number.
 */
export const NUMBER_WORD = String.raw`(?<![\p{L}])(?:één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|honderd)?(?:en|ën)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)?(?<=\p{L})(?=\s)`

/**
 * A percentage's number as digits: `zestig` → `60`, `17,5` as it is.
 *
 * @param written The number of a percentage, in digits or a word.
 * @returns The digits, or `''` for a word that is no number (the article `een`).
 */
export function digitsOf(written: string): string {
  if (/\d/.test(written)) return written
  const value = /^een$/iu.test(written) ? undefined : parseNumberWord(written)
  return value === undefined ? '' : String(value)
}

const denominators: Record<string, number> = { helft: 2, derde: 3, kwart: 4, vijfde: 5, zesde: 6, achtste: 8, tiende: 10 }
const glyphs: Record<string, number> = { '½': 50, '⅓': 100 / 3, '⅔': 200 / 3, '¼': 25, '¾': 75 }

const count = (word: string): number | undefined => (/^(?:de|een|één|eén)$/i.test(word) ? 1 : parseNumberWord(word))

/**
 * Read a share written in words.
 *
 * @param text A match of `shareWord` (`twee derde`, `een op de vijf`, `het merendeel`).
 * @returns The share, or `undefined` when the words give none (`nul op de tien`).
 */
export function readShareWord(text: string): WordShare | undefined {
  const words = text.toLowerCase().trim().split(/\s+/)
  const glyph = glyphs[text.trim()]
  if (glyph !== undefined) return fraction(glyph)
  if (/merendeel|meerderheid|grootste|alle$|iedereen$/.test(text.toLowerCase().trim())) return { value: 50, step: 0, side: 'above' }
  if (/minderheid/.test(text)) return { value: 50, step: 0, side: 'below' }
  if (words[0] === 'driekwart') return fraction(75)
  const ratio = /^(\S+)\s+(?:op|uit|van)\s+\S+\s+(\S+)$/.exec(text.toLowerCase().trim())
  if (ratio) {
    const [part, whole] = [count(ratio[1] ?? ''), count(ratio[2] ?? '')]
    return part === undefined || !whole || part === 0 || part >= whole ? undefined : fraction((part / whole) * 100, whole)
  }
  // `twee derde`, `tweederde`, `de helft`, `een ruime helft`.
  const joined = /^(.*?)\s*(?:ruime|goede|krappe|kleine)?\s*(helft|derde|kwart|vijfde|zesde|achtste|tiende)$/.exec(text.toLowerCase().trim())
  // A bare fraction (`vijfde` after `nog geen`) is one of it.
  const times = count(joined?.[1] || 'een')
  const denominator = denominators[joined?.[2] ?? '']
  return times === undefined || denominator === undefined || times >= denominator ? undefined : fraction((times / denominator) * 100, denominator)
}

// A fraction stands for the shares nearer to it than to the next simple fraction (halves to tenths); with `ruim`
// it reaches up to the next one above (`ruim een derde` for 38%, `ruim twee derde` for 70%).
// A writer who counts in tenths rounds in tenths too: `bijna negen op de tien` is nearer nine than eight (80,7% is
// `ruim acht op de tien`), so a fraction reaches no further down than half of its own part (`1/denominator`).
function fraction(value: number, denominator?: number): WordShare {
  const above = [2, 3, 4, 5, 10].flatMap((d) => Array.from({ length: d - 1 }, (_, k) => ((k + 1) / d) * 100)).filter((f) => f > value + 1e-9)
  // Below a tenth the simple fractions lie far apart (the next above `een op de tien` is a fifth), but a small share
  // is said to about a third of itself: 5% is `een op de twintig`, not `ongeveer een op de acht`.
  return { value, step: Math.min(fractionGap(value, [2, 3, 4, 5, 10]), value * 0.3, denominator ? 50 / denominator : Infinity), up: Math.min(100 - value, ...above.map((f) => f - value)) }
}

/**
 * The distance from a share to the nearest other simple fraction with one of the denominators.
 *
 * @param value A share, in percent.
 * @param denominators The denominators of the simple fractions (`[2, 3, 4, 5]`: halves to fifths).
 * @returns The distance, in percent.
 */
export function fractionGap(value: number, denominators: number[]): number {
  const simple = denominators.flatMap((d) => Array.from({ length: d - 1 }, (_, k) => ((k + 1) / d) * 100))
  return Math.min(...simple.filter((f) => Math.abs(f - value) > 1e-9).map((f) => Math.abs(f - value)))
}

/**
 * The word a share in words carries inside it: `een ruime helft` is `ruim de helft`, `een krappe
 * helft` is `bijna de helft`.
 *
 * @param text A match of `shareWord`.
 * @returns `ruim`, `bijna` or `''`.
 */
export function impliedWord(text: string): string {
  const adjective = /^(?:de|een)\s+(ruime|goede|krappe|kleine)\s+helft$/iu.exec(text.trim())?.[1]?.toLowerCase()
  return adjective === undefined ? '' : adjective === 'ruime' || adjective === 'goede' ? 'ruim' : 'bijna'
}

// A part and a whole with a number word among them: `Zeven van de elf scholen`, `twaalf van de 40 leden`, also
// a whole pointed at or owned (`Vijf van die 18 clubs`, `drie van onze twintig wijken`), which digits read as well.
const WORD_PAIR = /(?<![\p{L}\d])(\p{L}+|\d[\d.]*)(\s+van\s+(?:de|het|alle|die|deze|onze)\s+)(\p{L}+|\d[\d.]*)(?![\p{L}\d])/gu

/**
 * The text with the number words of a part and its whole (`Zeven van de elf`) written as digits,
 * padded with spaces to the same length, so the share readers (which read digits) see the pair
 * and offsets into the result are offsets into the text. `een` stays: it is mostly the article.
 *
 * @param text Text as written.
 * @returns The text with such number words as digits.
 */
export function countWordsAsDigits(text: string): string {
  const pair = (first: string, between: string, second: string, part: string, whole: string): string | undefined => {
    const [a, b] = [countOf(part), countOf(whole)]
    if (a === undefined || b === undefined || a >= b || (/^\d/u.test(part) && /^\d/u.test(whole))) return undefined
    return `${pad(first, countOf(first) ?? 0)}${between}${pad(second, countOf(second) ?? 0)}`
  }
  return text
    .replace(WORD_PAIR, (all: string, part: string, between: string, whole: string) => pair(part, between, whole, part, whole) ?? all)
    .replace(WHOLE_THEN_PART, (all: string, whole: string, between: string, part: string) => pair(whole, between, part, part, whole) ?? all)
    .replace(CHANGE_WORDS, (all: string, from: string, between: string, to: string) => {
      // A change with a number word at either end: `van twaalf naar vijftien`, `met achttien toe tot 78`.
      const [a, b] = [valueOf(from), valueOf(to)]
      if (a === undefined || b === undefined || (/^\d/u.test(from) && /^\d/u.test(to))) return all
      return `${pad(from, a)}${between}${pad(to, b)}`
    })
    .replace(COUNTED_WORD, (all: string, word: string, noun: string, at: number) => {
      // `Negen scholen deden mee …` after `30 scholen`: a sentence that opens with a number word counts what an earlier
      // count in digits counted, and may be a part of it.
      const value = countOf(word)
      const stem = noun.toLowerCase()
      if (value === undefined || TIME_NOUN.test(stem) || !earlierCounts(text, at).some((c) => c.noun === stem && c.value > value)) return all
      return `${pad(word, value)}${all.slice(word.length)}`
    })
    // A part pointing back to a whole before it, in words: `Twintig van hen …`, `Daarvan kregen er twaalf …`.
    .replace(POINTED_WORD, (all: string, first: string | undefined, second: string | undefined) => {
      const word = first ?? second ?? ''
      const value = countOf(word)
      return value === undefined ? all : all.slice(0, all.length - word.length) + pad(word, value)
    })
    .replace(AGAINST_WORDS, (all: string, now: string, between: string, then: string) => {
      // A count against the one of an earlier year, either in words: `elf wijkposten, tegen veertien in 2019`.
      const [a, b] = [valueOf(now), valueOf(then)]
      if (a === undefined || b === undefined || a === b || (/^\d/u.test(now) && /^\d/u.test(then))) return all
      return `${pad(now, a)}${between}${pad(then, b)}`
    })
}

// The two ends of a change, either in words: `van twaalf naar vijftien`, `met achttien toe tot 78` (then read by
// `share-changes` and `share-end-levels`). `een` stays the article.
const CHANGE_WORDS = new RegExp(
  String.raw`(?<=\b(?:van|met)\s+)(?!een\b|één\b)(${NUMBER_WORD}|\d{1,3}(?:\.\d{3})*)((?:\s+[\p{L}-]+){0,3}?\s+(?:naar|tot)\s+)(?!een\b|één\b)(\p{L}+|\d{1,3}(?:\.\d{3})*)(?![\p{L}\d])`,
  'giu'
)
// A count, then up to eight words, then `tegen`, `tegenover` or `vergeleken met` and the count of an earlier year:
// `elf wijkposten waren open, tegen veertien in 2019`. Read as a change by `share-changes`.
const AGAINST_WORDS = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER_WORD}|\d{1,3}(?:\.\d{3})*)((?:\s+[\p{L}-]+){0,8}\s*,?\s+(?:tegen|tegenover|vergeleken\s+met)\s+(?:nog\s+)?)(\p{L}+|\d{1,3}(?:\.\d{3})*)(?![\p{L}\d])(?=(?:\s+[\p{L}-]+)?\s+(?:in|eind|begin|medio)\s+(?:19|20)\d{2}\b)`,
  'giu'
)
// A number word of a part that points back (`Twintig van hen`, `Van hen kregen er twaalf`), read by share-back-references.
const POINTER = String.raw`(?:van\s+(?:hen|wie)|daarvan|hiervan)`
// A number word after `op` or `op de` is the base of a fraction (`een op de vijf van hen`), no part.
const POINTED_WORD = new RegExp(String.raw`(?<![\p{L}\d])(?<!\bop\s+(?:de\s+)?)(${NUMBER_WORD})(?=\s+${POINTER}\b)|(?<=\b${POINTER}\s+(?:[\p{L}-]+\s+){0,6}?er\s+)(${NUMBER_WORD})(?![\p{L}\d])`, 'giu')
// A number word that opens a sentence, with the noun it counts: `Negen scholen`, `Twaalf verenigingen`.
const COUNTED_WORD = new RegExp(String.raw`(?<=(?:^|[.!?:]\s+|\n\s*))(${NUMBER_WORD})\s+(\p{L}[\p{L}-]{2,})`, 'giu')
// Counts in digits with their noun: `25 kavels`, `1.240 woningen`.
const DIGIT_COUNT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})*)(?![.,]?\d)\s+(\p{L}[\p{L}-]{2,})/gu
// Units of time and repetition are no counted things a part could be of.
const TIME_NOUN = /^(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|minuten|keer|maal|procent|euro)$/u
/** The counts in digits before `at`, with their nouns in lower case. */
function earlierCounts(text: string, at: number): Array<{ value: number; noun: string }> {
  return [...text.slice(0, at).matchAll(DIGIT_COUNT)].map((m) => ({ value: Number((m[1] ?? '').replaceAll('.', '')), noun: (m[2] ?? '').toLowerCase() }))
}
const valueOf = (word: string): number | undefined => (/^\d/u.test(word) ? Number(word.replaceAll('.', '')) : countOf(word))

// The whole first, the part after `er`: `Van de negentig leden zijn er twaalf …`, `van alle 40 teams speelden er vijf …`,
// also after a time between them (`stonden er in maart negen leeg`, `waren er op 1 juli twaalf`, `er eind 2024 drie`).
const TIME_BETWEEN = String.raw`(?:(?:in|op|per|eind|begin|medio|sinds)\s+(?:\d{1,2}\s+)?(?:\p{L}+|(?:19|20)\d{2})(?:\s+(?:19|20)\d{2})?\s+)?`
const WHOLE_THEN_PART = new RegExp(String.raw`(?<![\p{L}\d])(?<=\bvan\s+(?:de|alle)\s+)(\p{L}+|\d[\d.]*)(\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,6}?\s+er\s+${TIME_BETWEEN})(\p{L}+|\d[\d.]*)(?![\p{L}\d])`, 'giu')

const countOf = (word: string): number | undefined => (/^(?:een|één)$/iu.test(word) ? undefined : parseNumberWord(word))
const pad = (word: string, value: number): string => (/^\d/u.test(word) || String(value).length > word.length ? word : String(value).padEnd(word.length, ' '))
