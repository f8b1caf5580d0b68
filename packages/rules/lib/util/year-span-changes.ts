/**
 * A change that names its two years and no level of its own: `Tussen 2022 en 2023 kwamen er
 * 5.500 bezoekers bij.`, `Van 2024 op 2025 nam het aantal signalen toe met 240.`, `Sinds 2019
 * kwamen er 27 deelauto's bij.`, `In 2024 was dat 14 kilo minder ten opzichte van 2023.` The
 * levels stand elsewhere, tied to their years: a run of years in one sentence (`212 in 2023, 187
 * in 2024`), two sentences, an aside or list item (`2024: 705`), a table row of the year. The
 * size should be the gap between the two levels.
 *
 * One reading only: one span of years and one size in the sentence, each year one level of the
 * size's kind (the lookup of `base-year-changes`, which reads the levels the same way), no
 * percentage or yearly average (`jaarlijks`, `per jaar`), and a size within a factor two of the
 * gap (else it counts something else, such as an inflow of new members).
 */

import { parseNumberWord } from '@kapstok/nl'
import { CHANGE_NOUN, NUMBER } from './amount-change.js'
import { BASE, countedNumbers, factor, NO_NOUN, yearLevels, YEARS, type CountedNumber, type ReadText } from './base-year-changes.js'
import { dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { APPROX } from './level-changes.js'
import { markdownTables } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { nounStem } from './unit-nouns.js'

const YEAR = String.raw`((?:19|20)\d{2})\b`
// The two years: `tussen 2022 en 2023`, `van 2024 op (naar, tot) 2025`, `sinds 2020`, and
// `in 2025 … ten opzichte van 2024` (the later year first). Groups: first year, second year.
const SPANS: Array<[RegExp, (m: RegExpMatchArray) => [string, string | undefined]]> = [
  [new RegExp(String.raw`\btussen\s+${YEAR}\s+en\s+${YEAR}`, 'giu'), (m) => [m[1]!, m[2]]],
  [new RegExp(String.raw`\bvan\s+${YEAR}\s+(?:op|naar|tot)\s+${YEAR}`, 'giu'), (m) => [m[1]!, m[2]]],
  [new RegExp(String.raw`\bsinds\s+${YEAR}`, 'giu'), (m) => [m[1]!, undefined]],
  [new RegExp(String.raw`\bin\s+${YEAR}[^.;!?\d]*?(?:\d[^.;!?]*?)?${BASE}`, 'giu'), (m) => [m[2]!, m[1]]]
]
const SIZE = String.raw`(${APPROX})?(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`
// The size: named by its noun (`een toename van 46`), by `met` after a verb of change (`groeide
// … met 75`), or followed by what it adds (`7.500 bezoekers bij`, `33 leerlingen minder`).
// A separable verb may wrap its subject and its size (`nam het aantal bezoeken met 40 toe`, `liep de
// wachttijd met 9 weken op`).
export const CHANGE_VERB = /\b(?:ste(?:eg|gen)|gestegen|stijgt|daal\p{L}*|gedaald|groei\p{L}*|gegroeid|(?:n(?:am|amen|eemt)|ne(?:men))\s(?:[^.;:!?]|[.,](?=\d)){0,60}?\b(?:toe|af)|(?:liep|liepen|loopt|lopen)\s(?:[^.;:!?]|[.,](?=\d)){0,60}?\b(?:op|terug)|toegenomen|afgenomen|opgelopen|teruggelopen|kromp|gekrompen)\b/iu
const SIZES = [
  new RegExp(String.raw`\b${CHANGE_NOUN}\s+(?:met|van)\s+${SIZE}`, 'giu'),
  new RegExp(String.raw`\bmet\s+${SIZE}`, 'giu'),
  new RegExp(String.raw`${SIZE}(?:\s+[\p{L}'’-]+){0,2}?\s+(?:meer|minder|bij|erbij|bijgekomen|bijgekocht|extra)\b`, 'giu')
]
// A percentage, an average over the years or a bound is another measure of the change.
const OTHER_MEASURE = /%|\b(?:procent\p{L}*|jaarlijks|per\s+jaar|gemiddeld|maximaal|minstens|minimaal|tenminste)\b/iu

// The count a sentence names: `het aantal meldingen`.
const COUNTED = /\baantal\s+(\p{Ll}[\p{L}-]{2,})/u
const WORDS = /\p{L}[\p{L}-]*/gu

// Whether the text names the count of another noun (`Het aantal meldingen per jaar:`): then a count named once is not that one.
const COUNTS = new RegExp(COUNTED.source, 'gu')
const otherCount = (text: string, noun: string): boolean => [...text.matchAll(COUNTS)].some((m) => !NO_NOUN.test(m[1]!) && nounStem(m[1]!) !== nounStem(noun))

// Whether the text names the noun (any form of it) outside its own words.
function namedElsewhere(text: string, at: number, length: number, noun: string): boolean {
  const stem = nounStem(noun)
  const outside = text.slice(0, at) + ' ' + text.slice(at + length)
  return [...outside.matchAll(WORDS)].some((w) => nounStem(w[0]) === stem)
}

export interface Size { approx: boolean; euro: boolean; text: string; at: number }

export function sizes(sentence: string): Size[] {
  const found = new Map<number, Size>()
  for (const [k, re] of SIZES.entries()) {
    if (k === 1 && !CHANGE_VERB.test(sentence)) continue
    for (const m of sentence.matchAll(re)) {
      const text = m[3] ?? ''
      const at = (m.index ?? 0) + m[0].indexOf(text, k === 2 ? 0 : m[0].search(/\s(?:met|van)\s/u) + 1)
      if (!/^(?:19|20)\d{2}$/u.test(text)) found.set(at, { approx: Boolean(m[1]), euro: Boolean(m[2]), text, at })
    }
  }
  return [...found.values()]
}

// The one level of a year, in the size's measure; undefined when the text gives none or several.
function levelOf(read: ReadText, year: string, size: CountedNumber, skip: number): { value: Rational; text: string } | undefined {
  const levels = yearLevels(read, year, size.euro, skip).flatMap((l) => {
    const f = factor(l, size)
    return f ? [{ value: mul(l.value, f), text: l.text }] : []
  })
  return levels.length > 0 && levels.every((l) => sub(l.value, levels[0]!.value).n === 0n) ? levels[0] : undefined
}

/**
 * Every change between two named years whose levels the text gives elsewhere.
 *
 * @param text A prose text.
 * @returns The changes as equations (`52.000 − 46.500`), with the rounding of the size as tolerance.
 */
export function yearSpanChanges(text: string): Equation[] {
  const out: Equation[] = []
  const paragraphs = paragraphSentences(text)
  let tables: ReturnType<typeof markdownTables> | undefined
  for (const paragraph of paragraphs) {
    for (const s of paragraph) {
      if (OTHER_MEASURE.test(s.text)) continue
      const found = sizes(s.text)
      if (found.length !== 1) continue
      const said = SPANS.flatMap(([re, years]) => [...s.text.matchAll(re)].map((m) => ({ m, years: [years(m)] })))
      // Without a span of two years: the sentence's one year and a count of years (`in vier jaar`), from or up to it.
      const spans = said.length > 0 ? said : countedSpans(s.text)
      if (spans.length !== 1) continue
      const [{ m, years: readings }] = spans as [(typeof spans)[0]]
      const size = found[0]!
      // The count the sentence names (`het aantal behandelaars`) is what the levels count: named
      // nowhere else in the text, the levels found are another count's.
      const counted = COUNTED.exec(s.text)
      if (counted && !NO_NOUN.test(counted[1]!) && otherCount(text, counted[1]!) && !namedElsewhere(text, s.index + counted.index, counted[0].length, counted[1]!)) continue
      const sizeQ = countedNumbers(s.text).find((q) => q.at === size.at) ?? { text: size.text, value: dutchNumber(size.text), euro: size.euro, noun: '', at: size.at, percent: false }
      // The sentence read without its span and size: what is left may still tie a level to a year (`(2023: 640; 2024: 705)`).
      const blank = (t: string, from: number, length: number): string => t.slice(0, from) + ' '.repeat(length) + t.slice(from + length)
      const rest = blank(blank(s.text, m.index ?? 0, m[0].length), size.at, size.text.length)
      const sentences = paragraphs.flat().map((x) => (x.index === s.index ? { index: x.index, text: rest } : x))
      const read: ReadText = { sentences, tables: (tables ??= markdownTables(text)) }
      // Each reading of the years with a level for both; a counted span read both ways must leave one.
      const pairs = readings.flatMap((years) => {
        // `sinds 2020`: up to the latest year of the paragraph with a level.
        const end = years[1] ?? latestYear(paragraph.map((x) => (x.index === s.index ? rest : x.text)), years[0])
        if (!end || end === years[0]) return []
        const [from, to] = [levelOf(read, years[0], sizeQ, -1), levelOf(read, end, sizeQ, -1)]
        return from && to ? [{ from, to }] : []
      })
      if (pairs.length !== 1) continue
      const [{ from, to }] = pairs as [(typeof pairs)[0]]
      const rise = sub(to.value, from.value).n >= 0n
      const gap = rise ? sub(to.value, from.value) : sub(from.value, to.value)
      const stated = dutchNumber(size.text)
      if (gap.n === 0n || sub(stated, mul(gap, make(2n, 1n))).n > 0n || sub(gap, mul(stated, make(2n, 1n))).n > 0n) continue
      const [a, b] = rise ? [to.text, from.text] : [from.text, to.text]
      out.push(proseEquation(`${a} − ${b}`, gap, { text: size.text, value: stated, index: s.index + size.at }, size.approx))
    }
  }
  return out
}

// `in vier jaar`, `in de afgelopen 5 jaar`, `in drie jaar tijd`: a number of years.
const YEAR_COUNT = /\bin\s+(?:de\s+(?:afgelopen|laatste|voorbije|komende)\s+)?(\d{1,2}|\p{L}+)\s+jaar\b(?!\s*(?:oud|geleden))/iu

// The sentence's one year and a count of years: the span from that year, or up to it.
function countedSpans(sentence: string): Array<{ m: RegExpMatchArray; years: Array<[string, string | undefined]> }> {
  const m = YEAR_COUNT.exec(sentence)
  const years = [...new Set(sentence.match(YEARS) ?? [])]
  const n = m ? parseNumberWord(m[1] ?? '') : undefined
  if (!m || years.length !== 1 || !n || n > 30) return []
  const year = Number(years[0])
  return [{ m, years: [[String(year), String(year + n)], [String(year - n), String(year)]] }]
}

function latestYear(sentences: string[], after: string): string | undefined {
  const years = sentences.flatMap((t) => t.match(YEARS) ?? []).filter((y) => y > after)
  return years.sort().at(-1)
}
