/**
 * Dutch notation of ISO dates and canonical periods.
 */

import { splitIsoDate } from './calendar.js'
import { monthName } from './months.js'

/**
 * Format an ISO date the Dutch way.
 *
 * @param iso ISO date `yyyy-mm-dd`.
 * @returns E.g. `23 mei 2023`.
 */
export function formatDutchDate(iso: string): string {
  const parts = splitIsoDate(iso)
  if (!parts) {
    throw new TypeError('Cannot format `' + iso + '` with `formatDutchDate`: expected an existing ISO date `yyyy-mm-dd`')
  }
  return parts[2] + ' ' + monthName(parts[1]) + ' ' + parts[0]
}

/**
 * Format the month of an ISO date (or an ISO month) the Dutch way.
 *
 * @param iso ISO date `yyyy-mm-dd` or month `yyyy-mm`.
 * @returns E.g. `mei 2023`.
 */
export function formatDutchMonth(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(iso)
  const month = Number(match?.[2])
  if (!match || month < 1 || month > 12 || (iso.length > 7 && !splitIsoDate(iso))) {
    throw new TypeError('Cannot format `' + iso + '` with `formatDutchMonth`: expected an ISO date `yyyy-mm-dd` or month `yyyy-mm`')
  }
  return monthName(month) + ' ' + match[1]
}

/**
 * Format a canonical period (the `normalized` field of a `DutchPeriod`) the
 * Dutch way.
 *
 * @param normalized `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Hn`,
 *   `a/b` (a range of two of these), `doorlopend` or `ntb`.
 * @returns E.g. `2023`, `mei 2023`, `23 mei 2023`, `Q3 2023`, `tweede helft 2023`,
 *   `2022–2025`, `doorlopend`, `nader te bepalen`.
 */
export function formatDutchPeriod(normalized: string): string {
  if (normalized === 'doorlopend') return 'doorlopend'
  if (normalized === 'ntb') return 'nader te bepalen'
  const parts = normalized.split('/')
  if (parts.length === 2) return parts.map((part) => formatDutchPeriod(part)).join('–')
  if (/^\d{4}$/.test(normalized)) return normalized
  if (/^\d{4}-\d{2}$/.test(normalized)) return formatDutchMonth(normalized)
  if (/^\d{4}-\d{2}-\d{2}$/.test(normalized)) return formatDutchDate(normalized)
  const match = /^(\d{4})-([QH])([1-4])$/.exec(normalized)
  if (match && (match[2] === 'Q' || Number(match[3]) <= 2)) {
    return match[2] === 'Q'
      ? 'Q' + match[3] + ' ' + match[1]
      : (match[3] === '1' ? 'eerste' : 'tweede') + ' helft ' + match[1]
  }
  throw new TypeError(
    'Cannot format `' + normalized + '` with `formatDutchPeriod`: expected a canonical period such as `2023`, `2023-05`, `2023-Q3`, `2023-H2`, `doorlopend` or `ntb`'
  )
}
