/**
 * Single Dutch dates: `23 mei 2023`, `23-05-2023`, `20-6-2023`, `2023-05-23`.
 */

import { daysInMonth, isoDate } from './calendar.js'
import { monthName, parseMonthWord } from './months.js'

/** A day read from text, valid or not. */
export interface DayMatch {
  /** Detected form: `iso-date`, `dd-mm-yyyy` or `day-month-year`. */
  form: 'iso-date' | 'dd-mm-yyyy' | 'day-month-year'
  /** ISO date, only when the day exists. */
  iso?: string
  /** Dutch explanation when the day does not exist. */
  note?: string
}

const weekdays =
  /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+/i

/**
 * Read a whole text as one day.
 *
 * @param text Trimmed text, e.g. `23 mei 2023`.
 * @returns The match (with `iso` when the day exists), or `undefined` when the text is no day.
 */
export function matchDay(text: string): DayMatch | undefined {
  const value = text.trim().replace(/\.$/, '').replace(weekdays, '')
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  if (match) return check('iso-date', Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(value)
  if (match) return check('dd-mm-yyyy', Number(match[4]), Number(match[3]), Number(match[1]))
  match = /^(\d{1,2})(?:e|ste|de)?\s+([a-z]+\.?)\s+(\d{4})$/i.exec(value)
  if (match) {
    const month = parseMonthWord(match[2] ?? '')
    if (month) return check('day-month-year', Number(match[3]), month.month, Number(match[1]))
  }
  return undefined
}

/**
 * Parse a Dutch or ISO date.
 *
 * @param text Date text: `23 mei 2023`, `dinsdag 23 mei 2023`, `23-05-2023`,
 *   `20-6-2023`, `23/05/2023`, `2023-05-23`.
 * @returns ISO `yyyy-mm-dd`, or `undefined` when the text is no (existing) date.
 */
export function parseDutchDate(text: string): string | undefined {
  return matchDay(text)?.iso
}

function check(form: DayMatch['form'], year: number, month: number, day: number): DayMatch {
  if (month < 1 || month > 12) {
    return { form, note: 'Maand ' + month + ' bestaat niet' }
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { form, note: 'Dag ' + day + ' bestaat niet in ' + monthName(month) + ' ' + year }
  }
  return { form, iso: isoDate(year, month, day) }
}
