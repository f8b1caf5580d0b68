/**
 * Dutch notation of numbers and euro amounts.
 */

/** Options for `formatEuro`. */
export interface FormatEuroOptions {
  /** Whether to show cents: `true` always, `false` never (rounds to whole euros), unset only when not zero (optional). */
  decimals?: boolean | undefined
}

/**
 * Format integer cents as a Dutch euro amount: `€ 1.900.000`, `€ 1.234,56`,
 * `€ -240.000` (the minus after the sign, as Dutch financial tables write it).
 *
 * @param cents Integer cents.
 * @param options Configuration (optional).
 * @returns The amount, with a space after `€`.
 */
export function formatEuro(cents: number, options?: FormatEuroOptions): string {
  if (!Number.isSafeInteger(cents)) {
    throw new TypeError('Cannot format `' + cents + '` with `formatEuro`: expected integer cents')
  }
  const decimals = options?.decimals
  const negative = cents < 0
  let rest = BigInt(Math.abs(cents))
  let euros = rest / 100n
  let fraction = rest % 100n
  if (decimals === false && fraction !== 0n) {
    if (fraction >= 50n) euros += 1n
    fraction = 0n
    rest = euros * 100n
  }
  const showCents = decimals === true || (decimals === undefined && fraction !== 0n)
  const body = groupThousands(euros.toString()) + (showCents ? ',' + fraction.toString().padStart(2, '0') : '')
  return '€ ' + (negative && rest !== 0n ? '-' : '') + body
}

/**
 * Format a number the Dutch way: `.` between thousands (from 10.000; four-digit
 * numbers stay ungrouped), `,` before decimals.
 *
 * @param n Finite number.
 * @returns The number, e.g. `12.500`, `1500`, `2,5`.
 */
export function formatDutchNumber(n: number): string {
  if (!Number.isFinite(n)) {
    throw new TypeError('Cannot format `' + n + '` with `formatDutchNumber`: expected a finite number')
  }
  const [integer = '', decimals] = String(Math.abs(n)).split('.')
  const grouped = integer.length > 4 ? groupThousands(integer) : integer
  return (n < 0 ? '-' : '') + grouped + (decimals === undefined ? '' : ',' + decimals)
}

// Made once: building an Intl.NumberFormat costs more than formatting a number with it, and
// messages that quote computed values format one per candidate reading.
const upToTwoDecimals = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/**
 * Format a computed value the Dutch way with at most two decimals, thousands grouped as `Intl`
 * groups them (`1.234,57`, `12,5`, `40`).
 *
 * @param n The value.
 * @returns The formatted value.
 */
export function formatDutchDecimal(n: number): string {
  return upToTwoDecimals.format(n)
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}
