/**
 * Exact numbers read from Dutch text: fractions of bigints, so sums of amounts never drift, and
 * `232.000`, `0,84`, `10%`, `€ 1,2 miljoen` read as such.
 */

import { magnitudeExponent, magnitudeWord } from '@kapstok/nl'

/** An exact fraction (numerator over a positive denominator). */
export interface Rational {
  /** Numerator. */
  n: bigint
  /** Denominator, positive. */
  d: bigint
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b))
/** The fraction `n / d`, reduced, with a positive denominator. */
export const make = (n: bigint, d: bigint): Rational => {
  const g = gcd(n, d) || 1n
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g }
}
/** `a + b`. */
export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d)
/** `a − b`. */
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d)
/** The size of a rational, without its sign. */
export const abs = (a: Rational): Rational => (a.n < 0n ? { n: -a.n, d: a.d } : a)
/** `a × b`. */
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d)
/** Whether `a` and `b` lie within a factor two of each other (each at least half the other). */
export function near(a: Rational, b: Rational): boolean {
  const twice = (x: Rational): Rational => ({ n: x.n * 2n, d: x.d })
  return sub(twice(a), b).n >= 0n && sub(twice(b), a).n >= 0n
}
/** `a ÷ b` (`b` not zero). */
export const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n)
/** Euros as whole cents, rounded half away from zero. */
export const cents = (a: Rational): number => Number((a.n * 200n + (a.n < 0n ? -a.d : a.d)) / (2n * a.d))
/** Whole cents as euros. */
export const fromCents = (c: number): Rational => make(BigInt(c), 100n)

/** A magnitude word at the end of a number (`1,2 miljoen`). */
export const MAGNITUDE = new RegExp(String.raw`\s*(?:${magnitudeWord})$`, 'iu')

/** Dutch number (`232.000`, `0,84`, `5.040,-`, `10%`, `1,2 miljoen`) as a rational. */
export function dutchNumber(text: string): Rational {
  const percent = text.includes('%')
  const power = magnitudeOf(text)
  const [whole = '0', fraction = ''] = text.replace(MAGNITUDE, '').replace(/[^\d,]/g, '').replace(/,$/, '').split(',')
  const value = make(BigInt(whole + fraction) * 10n ** BigInt(power), 10n ** BigInt(fraction.length))
  return percent ? div(value, { n: 100n, d: 1n }) : value
}

/**
 * The power of ten of a magnitude word at the end of a number.
 *
 * @param text A number as written (`1,2 miljoen`, `250k`, `45.000`).
 * @returns 6 for `miljoen`, 3 for `k`, 0 without such a word.
 */
export function magnitudeOf(text: string): number {
  const word = MAGNITUDE.exec(text)?.[0]
  return word === undefined ? 0 : (magnitudeExponent(word) ?? 0)
}

