/**
 * Dates of the school calendar as planners write them in agenda cells: `schooljaar 2027-2028`,
 * `start schooljaar 2027/28`, `zomervakantie 2028`, `herfstvakantie 2027`. Programmes for schools,
 * youth and sport plan by them, and read as a bare year range (`2027-2028`) or a year with a
 * word around it they spanned two whole calendar years, too wide to put two cells in order.
 */

import { isoDate, lastDayOfMonth } from './calendar.js'
import { cap, fullYear, plausibleYear, type Reading } from './period-readings.js'

// `2027-2028`, `2027/28`, `27/28`, `'27-'28`: the two calendar years of one school year.
const YEARS = String.raw`['’‘]?(\d{2}|\d{4})\s*[-–/]\s*['’‘]?(\d{2}|\d{4})`
const SCHOOL_YEAR = new RegExp(String.raw`^(?:(begin|start|aanvang|eind|einde|afsluiting)\s+(?:van\s+)?(?:het\s+)?)?(?:school|cursus|studie)jaar\s+${YEARS}$`, 'iu')

// The school holidays, by the months they fall in across the three Dutch regions (the exact
// weeks differ per region and year, hence a confidence below 1, like a season).
const HOLIDAYS: Record<string, { from: [number, number]; to: [number, number] }> = {
  herfst: { from: [10, 1], to: [10, 31] },
  kerst: { from: [12, 15], to: [1, 10] },
  voorjaars: { from: [2, 1], to: [3, 10] },
  krokus: { from: [2, 1], to: [3, 10] },
  mei: { from: [4, 20], to: [5, 10] },
  zomer: { from: [7, 1], to: [9, 5] }
}
const HOLIDAY = /^(?:(begin|start|eind|einde|na|voor|vóór)\s+(?:de\s+)?)?(herfst|kerst|voorjaars|krokus|mei|zomer)vakantie\s+(?:van\s+)?(\d{4})$/iu

/**
 * A school year or school holiday, alone or with `begin`/`eind` (`na`/`voor` for a holiday).
 *
 * @param value The cell text, cleaned.
 * @returns The reading, or `undefined` when the text is no such date.
 */
export function readSchoolCalendar(value: string): Reading | undefined {
  return schoolYear(value) ?? holiday(value)
}

function schoolYear(value: string): Reading | undefined {
  const match = SCHOOL_YEAR.exec(value)
  if (!match) return undefined
  const first = fullYear(match[2] ?? '')
  const second = fullYear(match[3] ?? '', first)
  if (second !== first + 1 || !plausibleYear(first) || !plausibleYear(second)) return undefined
  const moment = (match[1] ?? '').toLowerCase()
  const text = `schooljaar ${first}-${second}`
  // A school year runs from 1 August to 31 July; its start is the first weeks after the summer
  // holiday, its end the last weeks before the next one.
  if (/^(?:begin|start|aanvang)$/.test(moment)) return span(isoDate(first, 8, 1), lastDayOfMonth(first, 10), 0.8, 'school-year-begin', `Begin ${text}: gelezen als augustus–oktober ${first}`)
  if (moment) return span(isoDate(second, 5, 1), lastDayOfMonth(second, 7), 0.8, 'school-year-end', `Eind ${text}: gelezen als mei–juli ${second}`)
  return span(isoDate(first, 8, 1), lastDayOfMonth(second, 7), 1, 'school-year', `${cap(text)}: gelezen als 1 augustus ${first} tot en met 31 juli ${second}`)
}

function holiday(value: string): Reading | undefined {
  const match = HOLIDAY.exec(value)
  if (!match) return undefined
  const y = Number(match[3])
  const name = (match[2] ?? '').toLowerCase()
  const days = HOLIDAYS[name]
  if (!days || !plausibleYear(y)) return undefined
  const start = isoDate(y, days.from[0], days.from[1])
  // The Christmas holiday of a year runs into the next one.
  const endYear = days.to[0] < days.from[0] ? y + 1 : y
  const end = isoDate(endYear, days.to[0], days.to[1])
  const moment = (match[1] ?? '').toLowerCase()
  const label = `${name}vakantie ${y}`
  // `na de zomervakantie 2027`: the weeks after it; `voor de zomervakantie`: the weeks before.
  if (moment === 'na') return span(end, addMonths(endYear, days.to[0], 2), 0.6, 'school-holiday-after', `Na de ${label}: gelezen als de twee maanden erna`)
  if (moment === 'voor' || moment === 'vóór') return span(firstOfMonthsBefore(y, days.from[0], 2), start, 0.6, 'school-holiday-before', `Voor de ${label}: gelezen als de twee maanden ervoor`)
  return span(start, end, 0.8, 'school-holiday', `${cap(label)}: gelezen als ${start} tot en met ${end}`)
}

// No `normalized` spelling: the school calendar is how the plan's readers count, and writing
// `schooljaar 2027-2028` as months would lose that (agenda-date-format suggests none).
function span(start: string, end: string, confidence: number, form: string, note: string): Reading {
  return { kind: 'period', start, end, confidence, form, note }
}

function addMonths(y: number, month: number, months: number): string {
  const m = month + months
  return lastDayOfMonth(y + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1)
}

function firstOfMonthsBefore(y: number, month: number, months: number): string {
  const m = month - months
  return m >= 1 ? isoDate(y, m, 1) : isoDate(y - 1, m + 12, 1)
}
