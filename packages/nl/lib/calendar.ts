/**
 * Small ISO calendar helpers (proleptic Gregorian, years 1000–9999).
 */

/**
 * Whether `year` is a leap year.
 *
 * @param year Full year, e.g. `2024`.
 * @returns `true` for leap years.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in a month.
 *
 * @param year Full year.
 * @param month Month, 1–12.
 * @returns 28–31.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Build an ISO `yyyy-mm-dd` string.
 *
 * @param year Full year.
 * @param month Month, 1–12.
 * @param day Day of the month.
 * @returns ISO date string.
 */
export function isoDate(year: number, month: number, day: number): string {
  return String(year).padStart(4, '0') + '-' + pad(month) + '-' + pad(day)
}

/**
 * ISO date of the last day of a month.
 *
 * @param year Full year.
 * @param month Month, 1–12.
 * @returns ISO date string.
 */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month))
}

/**
 * Split a valid ISO `yyyy-mm-dd` string into numbers.
 *
 * @param iso Text to check.
 * @returns `[year, month, day]`, or `undefined` when `iso` is no existing date.
 */
export function splitIsoDate(iso: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return [year, month, day]
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
