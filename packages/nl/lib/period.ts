/**
 * Dutch periods as written in agenda cells: `2022`, `12-2023`, `medio 2022`,
 * `Q3 2023`, `najaar 2022`, `doorlopend`, `ntb`, `Jaarrekening 2021`, …
 */

import { isoDate, lastDayOfMonth } from './calendar.js'
import { matchDay } from './date.js'
import { parseMonthWord } from './months.js'
import { approximate, approximateQuarter, fullYear, invalid, monthReading, partReading, plausibleYear, seasonReading, weekReading, yearReading, type Reading } from './period-readings.js'
import { readEmbedded, readFused } from './period-embedded.js'
import { readSchoolCalendar } from './period-school.js'
import { missingYear, readRange } from './period-range.js'
import {
  asapPattern,
  dashPattern,
  nonePattern,
  ongoingPattern,
  ordinals,
  qualifiers,
  seasons,
  tbdPattern
} from './period-words.js'

/** What a date cell turned out to be. */
export type DutchPeriodKind = 'date' | 'period' | 'ongoing' | 'unknown' | 'empty' | 'event' | 'invalid'

/** A Dutch date or period, read from text, with how sure the reading is. */
export interface DutchPeriod {
  /** Original text, untouched. */
  text: string
  /** What the text is: one day, a period, ongoing, a placeholder, empty, an event, or invalid. */
  kind: DutchPeriodKind
  /** ISO `yyyy-mm-dd`: the first day the text can mean. */
  start?: string
  /** ISO `yyyy-mm-dd`: the last day the text can mean. */
  end?: string
  /** 1 = unambiguous; lower for guesses (`medio`, seasons, events, status text, fused text, prose). */
  confidence: number
  /** Detected form, e.g. `YYYY`, `MM-YYYY`, `month-year`, `medio`, `quarter`, `fused`, `prose`. */
  form: string
  /** Canonical spelling: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Hn`, `YYYY/YYYY`, `doorlopend`, `ntb`. */
  normalized?: string
  /** Dutch explanation when the reading is not plain (unknown, invalid, fused, prose, status text, event, guesses). */
  note?: string
}


const year = '(\\d{4})'
const word = '([A-Za-zÀ-ÿ]+\\.?)'
// The forms built from those parts, compiled once: built inside `readExact`, they were made anew
// for every date a plan names (thousands of constructions per plan).
const YEAR_ONLY = new RegExp('^' + year + '$')
const APPROXIMATE_MOMENT = new RegExp('^(begin|primo|medio|half|halverwege|midden|eind|einde|ultimo)\\s+(?:van\\s+)?(?:' + word + '\\s+|([QK][1-4])\\s+)?' + year + '$', 'i')
const MONTH_YEAR = new RegExp('^' + word + '[\\s-]*' + year + '$')
const MONTH_SHORT_YEAR = new RegExp('^' + word + "\\s*['’‘](\\d{2})$")

/**
 * Parse a Dutch date or period as written in a document. Never throws: what
 * cannot be read becomes `kind: 'unknown'` (or `'invalid'` for sentences and
 * impossible dates) with a Dutch `note`.
 *
 * @param text Cell text, e.g. `medio 2022`, `12-2023`, `Gestart juni 2021`.
 * @returns The reading.
 */
export function parseDutchPeriod(text: string): DutchPeriod {
  return { text, ...read(clean(text)) }
}

function read(value: string): Reading {
  if (value === '') return { kind: 'empty', confidence: 1, form: 'empty' }

  const exact = readExact(value)
  if (exact) return exact

  const uncertain = /^(.*?)\s*\?$/.exec(value)
  if (uncertain && uncertain[1]) {
    const inner = readExact(uncertain[1])
    if (inner && inner.start) {
      return {
        ...inner,
        confidence: round(inner.confidence * 0.5),
        note: 'Vraagteken: de datum `' + uncertain[1] + '` is onzeker'
      }
    }
  }

  for (const [pattern, factor] of qualifiers) {
    const match = pattern.exec(value)
    if (!match) continue
    const inner = readExact(value.slice(match[0].length))
    if (inner && inner.start) {
      return {
        ...inner,
        confidence: round(inner.confidence * factor),
        note: 'Woord `' + match[0].trim() + '` voor de datum genegeerd'
      }
    }
  }

  return readFused(value) ?? readEmbedded(value, readExact)
}

/** The whole text is one date form (or a placeholder). */
function readExact(input: string): Reading | undefined {
  const value = input.replace(/(?<!\b[a-z])\.$/i, '').trim()
  let match: RegExpExecArray | null

  if (ongoingPattern.test(value)) {
    return { kind: 'ongoing', confidence: 1, form: 'ongoing', normalized: 'doorlopend' }
  }
  if (tbdPattern.test(value) || tbdPattern.test(input)) {
    return { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb', note: 'Datum nog niet bepaald' }
  }
  if (dashPattern.test(value)) {
    return { kind: 'unknown', confidence: 1, form: 'dash', note: 'Streepje in plaats van een datum' }
  }
  if (nonePattern.test(value) || nonePattern.test(input)) {
    return { kind: 'unknown', confidence: 1, form: 'none', note: 'Geen datum (`' + value + '`)' }
  }
  if (asapPattern.test(value) || asapPattern.test(input)) {
    return { kind: 'unknown', confidence: 1, form: 'asap', note: 'Geen datum maar `' + value + '`' }
  }

  // `schooljaar 2026-2027`, `zomervakantie 2027`
  const school = readSchoolCalendar(value)
  if (school) return school

  // `2022`
  if ((match = YEAR_ONLY.exec(value))) {
    return yearReading(Number(match[1]), 'YYYY')
  }

  // `12-2023`, `6-2022`, `06/2023`
  if ((match = /^(\d{1,2})([-/])(\d{4})$/.exec(value))) {
    const digits = match[1] ?? ''
    const form = (digits.length === 2 ? 'MM' : 'M') + (match[2] === '/' ? '/' : '-') + 'YYYY'
    return monthReading(Number(match[3]), Number(digits), form, 1)
  }

  // `2026/27`, `2026-27`: a school or season year with the second year shortened. With a dash
  // only when the short year cannot be a month (`2026-12` is December).
  if ((match = /^(\d{4})\s*([-/–])\s*(\d{2})$/.exec(value))) {
    const first = Number(match[1])
    const next = Number(match[3])
    if (next === (first + 1) % 100 && (match[2] === '/' || next > 12)) {
      const range = readRange(first + '/' + (first + 1), readExact)
      if (range) return { ...range, form: 'range-short-year' }
    }
  }

  // `2023-06`
  if ((match = /^(\d{4})-(\d{1,2})$/.exec(value))) {
    return monthReading(Number(match[1]), Number(match[2]), 'iso-month', 1)
  }

  // `2022-2025`, `2022 t/m 2025`, `januari 2022 - maart 2023`
  const range = readRange(value, readExact)
  if (range) return range

  // `Q3 2023`, `2023-Q3`, `3e kwartaal 2023`, `kwartaal 3 2023`
  if (
    (match = /^[QK]([0-9])[\s-]*(\d{4})$/i.exec(value)) ||
    (match = /^kwartaal\s+([0-9])\s+(?:van\s+)?(\d{4})$/i.exec(value))
  ) {
    return partReading(Number(match[2]), Number(match[1]), 'quarter')
  }
  if ((match = /^(\d{4})[\s-]*[QK]([0-9])$/i.exec(value))) {
    return partReading(Number(match[1]), Number(match[2]), 'quarter')
  }
  if ((match = /^(\S+)\s+kwartaal\s+(?:van\s+)?(\d{4})$/i.exec(value))) {
    const n = /^laatste$/i.test(match[1] ?? '') ? 4 : ordinals[(match[1] ?? '').toLowerCase()]
    if (n !== undefined) return partReading(Number(match[2]), n, 'quarter')
  }

  // `eerste helft 2023`, `H2 2023`, `2023-H1`, `2e halfjaar 2023`
  if ((match = /^H([0-9])[\s-]*(\d{4})$/i.exec(value))) {
    return partReading(Number(match[2]), Number(match[1]), 'half')
  }
  if ((match = /^(\d{4})[\s-]*H([0-9])$/i.exec(value))) {
    return partReading(Number(match[1]), Number(match[2]), 'half')
  }
  if ((match = /^(\S+)\s+(?:helft|halfjaar|half jaar)\s+(?:van\s+)?(\d{4})$/i.exec(value))) {
    const n = /^laatste$/i.test(match[1] ?? '') ? 2 : ordinals[(match[1] ?? '').toLowerCase()]
    if (n !== undefined && n <= 2) return partReading(Number(match[2]), n, 'half')
  }

  // `winter 2027-2028`, `winter 2027/28`: December to February, across the two years.
  if ((match = /^(?:de\s+|het\s+)?winter\s+(?:van\s+)?(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/i.exec(value))) {
    const first = Number(match[1])
    const second = fullYear(match[2] ?? '', first)
    if (second === first + 1 && plausibleYear(first)) {
      return { kind: 'period', start: isoDate(first, 12, 1), end: lastDayOfMonth(second, 2), confidence: 0.8, form: 'season', normalized: first + '-12/' + second + '-02', note: 'Winter ' + first + '-' + second + ': gelezen als december ' + first + '–februari ' + second }
    }
  }

  // `najaar 2022`, `voorjaar 2023`, `winter 2022`
  if ((match = /^(?:het\s+)?([a-z]+)\s+(?:van\s+)?(\d{4})$/i.exec(value))) {
    const season = seasons[(match[1] ?? '').toLowerCase()]
    if (season) return seasonReading(Number(match[2]), season, (match[1] ?? '').toLowerCase())
  }

  // `begin 2023`, `medio 2022`, `eind 2023`, `eind maart 2023`, `ultimo 2023`
  if (
    (match = APPROXIMATE_MOMENT.exec(value))
  ) {
    const moment = match[3] ? approximateQuarter(match[1] ?? '', Number(match[3].slice(1)), Number(match[4])) : approximate(match[1] ?? '', match[2], Number(match[4]))
    if (moment) return moment
  }

  // `januari 2023`, `Januari 2022`, `Jan 2023`, `sept. 2021`
  if ((match = MONTH_YEAR.exec(value))) {
    const month = parseMonthWord(match[1] ?? '')
    if (month) {
      const form = month.abbreviated ? 'abbrev-month-year' : month.capitalised ? 'Month-year' : 'month-year'
      return monthReading(Number(match[2]), month.month, form, 1)
    }
  }

  // `week 12 2030`, `wk 12 2030`, `2030-W12`: an ISO week, Monday to Sunday.
  if ((match = /^(?:week|wk)\.?\s*(\d{1,2})\s+(?:van\s+)?(\d{4})$/i.exec(value)) || (match = /^(\d{4})-?W(\d{2})$/i.exec(value))) {
    const [w, y] = /^\d{4}/.test(value) ? [Number(match[2]), Number(match[1])] : [Number(match[1]), Number(match[2])]
    return weekReading(y, w)
  }

  // `juni '30`, `sep ’27`: a month with the century left out (always this or the next century's
  // first decades in a plan, so `'30` is 2030).
  if ((match = MONTH_SHORT_YEAR.exec(value))) {
    const month = parseMonthWord(match[1] ?? '')
    if (month) return monthReading(2000 + Number(match[2]), month.month, 'month-short-year', 1)
  }

  // `Q3 '28`, `najaar ’27`, `medio '29`: any date with the century left out, read like `juni '28`.
  if ((match = /^(.*[^\s'’‘])\s*['’‘](\d{2})$/u.exec(value)) && !/\d{2}$/.test(match[1] ?? '')) {
    const full = readExact(match[1] + ' 20' + match[2])
    if (full?.start) return { ...full, form: full.form + '-short-year' }
  }

  // `23 mei 2023`, `23-05-2023`, `2023-05-23`
  const day = matchDay(value)
  if (day) {
    if (day.iso) return { kind: 'date', start: day.iso, end: day.iso, confidence: 1, form: day.form, normalized: day.iso }
    return invalid(day.form, day.note ?? 'Datum bestaat niet')
  }

  return missingYear(value)
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** Drop HTML tags, non-breaking and repeated spaces. */
function clean(text: string): string {
  return text
    .replace(/<\/?(?:u|b|i|em|strong|span|a|ins|del|s|strike|mark|sup|sub)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim()
}
