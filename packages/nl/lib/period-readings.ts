/**
 * The readings a Dutch date or period can turn out to be: a year, month, quarter or half, a
 * season, an ISO week, `begin`/`medio`/`eind` of a year, month or quarter, and the invalid and
 * implausible ones, each with its first and last day (used by `period.ts`).
 */

import { daysInMonth, isoDate, lastDayOfMonth } from './calendar.js'
import { monthName, parseMonthWord } from './months.js'
import type { DutchPeriod } from './period.js'

/** A reading without the original text. */
export type Reading = Omit<DutchPeriod, 'text'>

/** Reads a text that is one date form as a whole (period.ts `readExact`). */
export type ReadExact = (text: string) => Reading | undefined

/** Where in a year, month or quarter a moment word points (`primo` is `begin`, `half`, `midden` … `medio`). */
function positionOf(moment: string): 'begin' | 'medio' | 'eind' | 'ultimo' {
  const which = moment.toLowerCase()
  return which === 'begin' || which === 'primo' ? 'begin' : which === 'eind' || which === 'einde' ? 'eind' : which === 'ultimo' ? 'ultimo' : 'medio'
}

/** `begin`, `medio`, `eind` (`ultimo`) of a year or of a month. */
export function approximate(moment: string, monthWord: string | undefined, y: number): Reading | undefined {
  if (!plausibleYear(y)) return implausible(y)
  const position = positionOf(moment)
  if (monthWord !== undefined) {
    const month = parseMonthWord(monthWord)
    if (!month) return undefined
    const last = daysInMonth(y, month.month)
    const [from, to] =
      position === 'begin' ? [1, 10] : position === 'medio' ? [11, 20] : position === 'eind' ? [21, last] : [last, last]
    return {
      kind: from === to ? 'date' : 'period',
      start: isoDate(y, month.month, from),
      end: isoDate(y, month.month, to),
      confidence: position === 'ultimo' ? 1 : 0.8,
      form: position,
      normalized: from === to ? isoDate(y, month.month, to) : isoDate(y, month.month, 1).slice(0, 7),
      note: cap(position) + ' ' + monthName(month.month) + ' ' + y + ': gelezen als dag ' + from + (from === to ? '' : '–' + to)
    }
  }
  if (position === 'ultimo') {
    return { kind: 'date', start: isoDate(y, 12, 31), end: isoDate(y, 12, 31), confidence: 1, form: 'ultimo', normalized: isoDate(y, 12, 31) }
  }
  if (position === 'begin') {
    return { kind: 'period', start: isoDate(y, 1, 1), end: isoDate(y, 3, 31), confidence: 0.8, form: 'begin', normalized: y + '-Q1', note: 'Begin ' + y + ': gelezen als januari–maart' }
  }
  if (position === 'eind') {
    return { kind: 'period', start: isoDate(y, 10, 1), end: isoDate(y, 12, 31), confidence: 0.8, form: 'eind', normalized: y + '-Q4', note: 'Eind ' + y + ': gelezen als oktober–december' }
  }
  return { kind: 'period', start: isoDate(y, 5, 1), end: isoDate(y, 8, 31), confidence: 0.7, form: 'medio', normalized: y + '-H2', note: 'Medio ' + y + ': gelezen als mei–augustus' }
}

/** `eind Q2 2028`, `begin Q3 2028`: the last or first month of the quarter (`medio`: its middle one). */
export function approximateQuarter(moment: string, quarter: number, y: number): Reading | undefined {
  const position = positionOf(moment)
  if (position === 'ultimo') return undefined
  const month = (quarter - 1) * 3 + { begin: 1, medio: 2, eind: 3 }[position]
  const reading = monthReading(y, month, 'quarter-' + position, 0.8)
  return reading.start ? { ...reading, note: cap(moment.toLowerCase()) + ' Q' + quarter + ' ' + y + ': gelezen als ' + monthName(month) + ' ' + y } : reading
}

export function seasonReading(y: number, season: { from: number; to: number }, name: string): Reading {
  if (!plausibleYear(y)) return implausible(y)
  if (season.from > season.to) {
    // `winter 2022` can be January–February 2022 or December 2022–February 2023.
    return {
      kind: 'period',
      start: isoDate(y, 1, 1),
      end: lastDayOfMonth(y + 1, season.to),
      confidence: 0.5,
      form: 'season',
      note: 'Winter ' + y + ': kan januari–februari ' + y + ' of december ' + y + '–februari ' + (y + 1) + ' zijn'
    }
  }
  return {
    kind: 'period',
    start: isoDate(y, season.from, 1),
    end: lastDayOfMonth(y, season.to),
    confidence: 0.8,
    form: 'season',
    normalized: y + '-H' + (season.from + season.to >= 13 ? 2 : 1),
    note: cap(name) + ' ' + y + ': gelezen als ' + monthName(season.from) + '–' + monthName(season.to)
  }
}

/** ISO week `w` of year `y`: week 1 holds 4 January; weeks run Monday to Sunday. */
export function weekReading(y: number, w: number): Reading {
  if (!plausibleYear(y)) return implausible(y, 'week')
  const jan4 = Date.UTC(y, 0, 4)
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000
  const weeks = new Date(Date.UTC(y, 11, 28)).getUTCDay() === 4 || new Date(Date.UTC(y, 0, 1)).getUTCDay() === 4 ? 53 : 52
  if (w < 1 || w > weeks) return invalid('week', 'Week ' + w + ' bestaat niet in ' + y)
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10)
  return { kind: 'period', start: iso(monday), end: iso(monday + 6 * 86_400_000), confidence: 1, form: 'week' }
}

export function yearReading(y: number, form: string): Reading {
  if (!plausibleYear(y)) return implausible(y, form)
  return { kind: 'period', start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), confidence: 1, form, normalized: String(y) }
}

export function monthReading(y: number, month: number, form: string, confidence: number): Reading {
  if (month < 1 || month > 12) return invalid(form, 'Maand ' + month + ' bestaat niet')
  if (!plausibleYear(y)) return implausible(y, form)
  return {
    kind: 'period',
    start: isoDate(y, month, 1),
    end: lastDayOfMonth(y, month),
    confidence,
    form,
    normalized: isoDate(y, month, 1).slice(0, 7)
  }
}

export function partReading(y: number, n: number, form: 'quarter' | 'half'): Reading {
  const count = form === 'quarter' ? 4 : 2
  if (n < 1 || n > count) {
    return invalid(form, (form === 'quarter' ? 'Kwartaal ' : 'Halfjaar ') + n + ' bestaat niet')
  }
  if (!plausibleYear(y)) return implausible(y, form)
  const months = 12 / count
  return {
    kind: 'period',
    start: isoDate(y, (n - 1) * months + 1, 1),
    end: lastDayOfMonth(y, n * months),
    confidence: 1,
    form,
    normalized: y + '-' + (form === 'quarter' ? 'Q' : 'H') + n
  }
}


export function fused(start: string, end: string, why: string): Reading {
  return { kind: 'invalid', start, end, confidence: 0.3, form: 'fused', note: 'Restant van een wijzigingsmarkering: ' + why }
}

export function invalid(form: string, note: string): Reading {
  return { kind: 'invalid', confidence: 0, form, note }
}

function implausible(y: number, form = 'YYYY'): Reading {
  return invalid(form, 'Jaartal ' + y + ' ligt niet tussen 1900 en 2199')
}

export function plausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2199
}


export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A year written with two or four digits (`28`, `2028`); two digits take the century of `near` (default 2000). */
export function fullYear(digits: string, near?: number): number {
  if (digits.length === 4) return Number(digits)
  return near === undefined ? 2000 + Number(digits) : Math.floor(near / 100) * 100 + Number(digits)
}
