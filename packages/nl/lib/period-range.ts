/**
 * Two dates as one period (`2022-2025`, `januari - maart 2023`, `december 2027/januari 2028`), and a
 * month, season or quarter without its year. Split from period.ts, which reads the whole-cell
 * forms and hands its reader in.
 */

import { parseMonthWord } from './months.js'
import { invalid, type ReadExact, type Reading } from './period-readings.js'
import { seasons } from './period-words.js'

/** `2022-2025`, `2022 t/m 2025`, `januari - maart 2023`, `jan 2022 – mrt 2023`. */
export function readRange(value: string, readExact: ReadExact): Reading | undefined {
  const parts =
    /^(\d{4})\s*[-–—/]\s*(\d{4})$/.exec(value) ??
    /^(?:van\s+)?(.+?)\s+(?:[-–—]|t\/m|tot en met|tot)\s+(.+)$/i.exec(value) ??
    /^([A-Za-z]+\.?|[QKH][1-4])\s*[-–/]\s*((?:[A-Za-z]+\.?|[QKH][1-4])\s+\d{4})$/.exec(value) ??
    // `december 2027/januari 2028`: two dates with their years, joined by a slash.
    /^(\D.*?\d{4})\s*\/\s*(\D.*\d{4})$/.exec(value)
  if (!parts) return undefined
  const right = readExact(parts[2] ?? '')
  if (!right || !right.start || !right.end) return undefined
  let left = readExact(parts[1] ?? '')
  if (!left || !left.start) {
    // `januari - maart 2023`: the left side borrows the year.
    left = readExact((parts[1] ?? '') + ' ' + right.end.slice(0, 4))
  }
  if (!left || !left.start || !left.end) return undefined
  if (right.end < left.start) {
    return invalid('range', 'Einde `' + (parts[2] ?? '') + '` ligt vóór begin `' + (parts[1] ?? '') + '`')
  }
  const result: Reading = {
    kind: 'period',
    start: left.start,
    end: right.end,
    confidence: Math.min(left.confidence, right.confidence),
    form: 'range'
  }
  if (left.normalized && right.normalized) result.normalized = left.normalized + '/' + right.normalized
  return result
}

/** A month, season or quarter without a year. */
export function missingYear(value: string): Reading | undefined {
  const lower = value.toLowerCase()
  if (
    parseMonthWord(value) ||
    seasons[lower] ||
    /^(?:[QKH][1-4]|(?:begin|medio|eind)(?:\s+\S+)?|\S+\s+(?:kwartaal|helft|halfjaar))$/i.test(value)
  ) {
    return { kind: 'unknown', confidence: 0, form: 'no-year', note: 'Jaartal ontbreekt bij `' + value + '`' }
  }
  return undefined
}
