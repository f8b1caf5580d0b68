/**
 * How a stated number differs from a computed one, digit by digit: the slips of a typist (one
 * digit changed, two neighbouring digits swapped, a carry into the next digit) and the number of
 * digits a written number shows.
 */

import { cents } from './exact-number.js'
import { rounding } from './onderbouwing.js'
import type { Num } from './slip-candidates.js'

/**
 * Whether two whole numbers are one slip of one digit apart: they differ in exactly one digit
 * (`119.040` and `109.040`) or in two neighbouring digits swapped (`186.250` and `168.250`), or by one digit times a power of ten that divides both, where the
 * slip carries into the next digit (`€ 9.000` and `€ 10.000`; `180.000` and `200.000`). A slip
 * of more digits (`159.600` and `171.600`) is another number, and a rounded number next to an
 * exact one (`2.000` and `1.995`) is a rounding, not a slip.
 */
export function oneStepApart(a: number, b: number): boolean {
  const x = Math.round(a)
  const y = Math.round(b)
  if (x === y || x <= 0 || y <= 0) return false
  if (oneDigitApart(String(x), String(y))) return true
  // A carry: one of them is one digit and a run of zeros (`10.000`, `200.000`), the other at most
  // two digits and zeros, one or two steps below or above (`9.000`, `180.000`; not `15.000`).
  let step = 1
  while ((x - y) % (step * 10) === 0) step *= 10
  const digits = (n: number): number => String(n).replace(/0+$/, '').length
  return Math.abs(x - y) / step <= 2 && x % step === 0 && y % step === 0 && Math.min(digits(x), digits(y)) === 1 && Math.max(digits(x), digits(y)) <= 2
}

// One digit changed (`119.040` for `109.040`), or two neighbouring digits swapped (`2.464.000`
// for `2.446.000`): the two slips of a typist. Any other difference is another number.
export function oneDigitApart(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  const differ: number[] = []
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ.push(i)
  if (differ.length === 1) return true
  const [i, j] = differ
  return differ.length === 2 && j === i! + 1 && x[i!] === y[j] && x[j] === y[i!]
}

// Digits as written, without leading zeros: `34,60` has 4, `60` 2, `€ 1,2 mln` 2.
export const writtenDigits = (text: string): number => text.replace(/[^\d]/g, '').replace(/^0+/, '').length

// Significant digits as written: `60.000` has 1, `25.300` has 3, `15,2 mln` has 3.
export const significant = (text: string): number => text.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length

// The value of the last written digit of a number, in cents (`15,2 mln`: € 100.000).
export function writtenUnit(t: Num): number {
  const decimals = /,(\d+)/.exec(t.text)?.[1]?.length ?? 0
  const magnitude = /mld|miljard/i.test(t.text) ? 1e9 : /mln|miljoen|mio/i.test(t.text) ? 1e6 : /duizend|\dk\b/i.test(t.text) ? 1e3 : 1
  return (magnitude * 100) / 10 ** decimals
}

// Half a step of the last significant digit a number is written with, in cents (`€ 825.000`: € 500;
// `€ 1,2 mln`: € 50.000): onderbouwing's rounding of a written number.
export const roundingOf = (t: Num): number => cents(rounding(t.text))
