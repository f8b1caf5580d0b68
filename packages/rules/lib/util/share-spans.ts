/**
 * The rounding a share's inputs carry. A number with a magnitude word (`€ 17,3 miljoen`, `8,4
 * duizend`) is rounded at its last written digit: `17,3 miljoen` stands for anything from 17,25 to
 * 17,35 miljoen. A change or part computed from such numbers is then no single percentage but an
 * interval, and a claim that fits any percentage in it (`van € 17,3 miljoen naar € 18,9 miljoen,
 * bijna 9 procent`: 8,6% to 9,9%) is not shown wrong by them.
 */

import { magnitudeExponent } from '@kapstok/nl'
import { read } from './share-tolerance.js'

/** The lowest and highest value a share's inputs allow, in percent. */
export type Span = [number, number]

/**
 * The values a written number may stand for. Only a number with a magnitude word and at least two
 * significant digits is read as rounded: a bare count (`1.200`) is taken as exact, and one digit
 * with a magnitude (`4 miljoen`) is too vague to bound anything, so it keeps its point reading.
 *
 * @param number The number as written (`19,1`).
 * @param magnitude Its magnitude word, if any (`miljoen`).
 * @returns The lowest and highest value, or `undefined` when the number is read as exact.
 */
export function roundedRange(number: string | undefined, magnitude: string | undefined): [number, number] | undefined {
  const value = read(number ?? '')
  const exponent = magnitude ? magnitudeExponent(magnitude.trim()) : undefined
  if (value === undefined || exponent === undefined) return undefined
  const digits = (number ?? '').replace(/[^\d]/gu, '').replace(/^0+/u, '')
  if (digits.length < 2) return undefined
  const decimals = (number ?? '').split(',')[1]?.length ?? 0
  const half = 10 ** -decimals / 2
  return [(value - half) * 10 ** exponent, (value + half) * 10 ** exponent]
}

const corners = (a: [number, number], b: [number, number], f: (x: number, y: number) => number): Span => {
  const values = a.flatMap((x) => b.map((y) => f(x, y)))
  return [Math.min(...values), Math.max(...values)]
}

/**
 * The span of a change (in percent of the first number) when either number is rounded.
 *
 * @returns The span, or `undefined` when both numbers are exact.
 */
export function changeSpan(from: number, to: number, fromRange?: [number, number], toRange?: [number, number]): Span | undefined {
  if (!fromRange && !toRange) return undefined
  const [lo, hi] = corners(fromRange ?? [from, from], toRange ?? [to, to], (x, y) => ((y - x) / x) * 100)
  // The change is said without its sign: an interval across zero reaches zero.
  return lo <= 0 && hi >= 0 ? [0, Math.max(-lo, hi)] : [Math.min(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi))]
}

/**
 * The span of a part of a whole (in percent) when either number is rounded.
 *
 * @returns The span, or `undefined` when both numbers are exact.
 */
export function partSpan(part: number, whole: number, partRange?: [number, number], wholeRange?: [number, number]): Span | undefined {
  if (!partRange && !wholeRange) return undefined
  return corners(partRange ?? [part, part], wholeRange ?? [whole, whole], (x, y) => (x / y) * 100)
}

/**
 * Whether a claim fits some percentage its rounded inputs allow. A judge of a wording accepts an
 * interval of percentages (above a bound, below it, or near a value), so it suffices to try the
 * ends of the span, the point reading and the point of the span nearest the stated value.
 *
 * @param judge Whether the wording fits one percentage.
 * @param actual The point reading.
 * @param stated The stated percentage.
 * @param span The span, if the inputs are rounded.
 */
export function fitsSpan(judge: (actual: number) => boolean, actual: number, stated: number, span?: Span): boolean {
  if (judge(actual)) return true
  if (!span) return false
  const [lo, hi] = span
  return [lo, hi, Math.min(hi, Math.max(lo, stated))].some(judge)
}
