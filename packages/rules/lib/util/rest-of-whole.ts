/**
 * A whole less its parts, to hold against a stated rest (`van de 26 … 17 … en 4 …; de overige 5`):
 * the reading both rest readers share, for a whole in the same sentence or in the one before.
 */
import { sub, type Rational } from './exact-number.js'
import { countValue } from './per-noun-means.js'

/** The values of a whole, its parts and its rest, and what the parts leave of the whole. */
export interface RestOfWhole {
  whole: Rational
  parts: Rational[]
  rest: Rational
  left: Rational
}

/**
 * What the parts leave of the whole, beside the stated rest.
 *
 * @param whole The whole as written.
 * @param parts The parts as written.
 * @param rest The rest as written.
 * @returns The values, or undefined when a count has no value or the parts leave nothing (then
 *   they are no parts of that whole).
 */
export function restOfWhole(whole: string, parts: string[], rest: string): RestOfWhole | undefined {
  const w = countValue(whole)
  const r = countValue(rest)
  const ps = parts.map(countValue)
  if (!w || !r || ps.some((p) => !p)) return undefined
  const values = ps as Rational[]
  const left = values.reduce((acc, p) => sub(acc, p), w)
  return left.n <= 0n ? undefined : { whole: w, parts: values, rest: r, left }
}
