/**
 * Numbers of years a sentence counts without writing the count: a list of years (`over de jaren
 * 2028, 2029 en 2030`: three), a range (`2027 tot en met 2030`: four) and the plan's own period
 * (`over de looptijd van deze agenda`, `in de planperiode`: the years of its metadata). A
 * calculation spreads an amount over them or multiplies a yearly number by them, so they are
 * counts like a written `drie jaar`.
 */

import { exclusive, fullYear, hasYearRange, yearRange } from './plan-period.js'
import { allMatches } from './all-matches.js'

/** A count of years a text implies, at the place it stands. */
export interface YearCount {
  /** Offset of the words that imply the count. */
  index: number
  /** End offset of those words. */
  end: number
  /** How many years. */
  years: number
}

const YEAR = String.raw`(?:19|20)\d{2}`
// `de jaren 2028, 2029 en 2030`, `in 2026, 2027 en 2028`: three or more years, or two after `de jaren`
// (two years joined by `en` alone are as often two moments compared: `in 2022 en 2025`).
const YEAR_LIST = new RegExp(String.raw`\b(?:${YEAR}\s*,\s*(?:${YEAR}\s*,\s*)*${YEAR}|(?<=\bjaren\s+)${YEAR})\s+en\s+${YEAR}\b`, 'gu')
// Two years joined by `en` are counted when the sentence says the same happens in each of them
// (`in 2029 en 2030 … ieder jaar`, `in beide jaren`): then they are years of a run, not two moments.
const YEAR_PAIR = new RegExp(String.raw`\b${YEAR}\s+en\s+${YEAR}\b`, 'gu')
const EACH_OF_THEM = /\b(?:elk|ieder)\s+jaar\b|\bbeide\s+jaren\b|\bin\s+elk\s+van\s+(?:die|deze|beide)\s+jaren\b/iu
const RANGE = new RegExp(yearRange, 'giu')
const SEASON = /\b(?:seizoen|schooljaar|cursusjaar|studiejaar|speelseizoen|winter|stookseizoen)\s*$/iu
// The plan's own period named without its years: `over de looptijd`, `in de planperiode`,
// `gedurende de hele programmaperiode`, `over de looptijd van deze agenda`, `in de periode van deze woonvisie`.
// A year that bounds what the sentence counts: `vanaf 2027`, `met ingang van 2028`, `tot 2029`.
const BOUNDED_START = /\b(?:vanaf|met\s+ingang\s+van|m\.i\.v\.|tot(?:\s+en\s+met)?|t\/m|per)\s+(?:(?:\d{1,2}\s+)?\p{L}+\s+)?(?:19|20)\d{2}\b/iu
const SENTENCE_END = /[.!?](?:\s|$)/u
// The sentence of a text around an offset.
const sentenceAround = (text: string, index: number): string => {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index))
  const end = text.slice(index).search(SENTENCE_END)
  return text.slice(start + 1, end < 0 ? text.length : index + end)
}
const OWN_PERIOD = /\b(?:over|in|gedurende|voor|tijdens)\s+(?:de|het)\s+(?:(?:hele|gehele|volledige|totale)\s+)?(?:(?:plan|programma|uitvoerings|beleids)periode|looptijd|periode(?=\s+van\s+(?:dit|deze)\s))(?:\s+van\s+(?:dit|deze|het|de)\s+(?!subsidie|regeling|contract|overeenkomst|lening)[\p{L}-]+)?/giu

/**
 * The year counts of a text.
 *
 * @param text A sentence or a few.
 * @param planYears The number of years of the plan's period, when its metadata gives one.
 * @returns The counts, in text order; ranges and lists of fewer than two years are left out.
 */
export function yearCounts(text: string, planYears?: number): YearCount[] {
  const out: YearCount[] = []
  const taken = (index: number, end: number): boolean => out.some((c) => index < c.end && end > c.index)
  // Ranges and lists are of years in digits: a text without a digit has neither (a cheap test
  // before the two patterns, read for every window of sentences).
  const digits = /\d/.test(text)
  // Scanning for a range is slow (its look-behinds run at every place): first whether there is one at all.
  for (const m of digits && hasYearRange(text) ? allMatches(RANGE, text) : []) {
    // A season or school year (`seizoen 2025-2026`) is one period, not two years.
    if (SEASON.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) continue
    const first = fullYear(m[1] ?? '')
    const last = fullYear(m[3] ?? '')
    const years = last - first + (exclusive(m[2] ?? '') ? 0 : 1)
    if (years >= 2 && years <= 30) out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, years })
  }
  for (const m of digits ? allMatches(YEAR_LIST, text) : []) {
    const index = m.index ?? 0
    const end = index + m[0].length
    if (taken(index, end)) continue
    const years = new Set(m[0].match(/\d{4}/g) ?? []).size
    if (years >= 2) out.push({ index, end, years })
  }
  for (const m of digits ? allMatches(YEAR_PAIR, text) : []) {
    const index = m.index ?? 0
    const end = index + m[0].length
    if (taken(index, end) || !EACH_OF_THEM.test(sentenceAround(text, index))) continue
    if (new Set(m[0].match(/\d{4}/g) ?? []).size === 2) out.push({ index, end, years: 2 })
  }
  if (planYears !== undefined && planYears >= 2 && planYears <= 30) {
    for (const m of allMatches(OWN_PERIOD, text)) {
      const index = m.index ?? 0
      // `Vanaf 2027 … over de planperiode`: the money starts (or stops) within the period, which then counts fewer years.
      if (BOUNDED_START.test(sentenceAround(text, index))) continue
      if (!taken(index, index + m[0].length)) out.push({ index, end: index + m[0].length, years: planYears })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}
