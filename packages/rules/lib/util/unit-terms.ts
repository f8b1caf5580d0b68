/**
 * The algebra of units the product reader (`unit-products`) and the other readings of a
 * calculation (`other-readings`) share: units as powers of base units (`L`, `M`, `€`, a counted
 * noun), how they combine, and whether a plain operation of two numbers in view, between
 * quantities whose units allow it, gives a stated result.
 */

import { div, mul, sub, type Rational } from './exact-number.js'
import { beyond } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'
import { sameNoun } from './sentence-quantities.js'

/** Powers of base units: `L` and `M` for the measures, `€`, and the stem of a counted noun. */
export type Units = Map<string, number>

// A period an amount may be per without saying so (`voor 60 ton per winter rekenen we € 6.200`).
export const PERIODS = new Set(['jaar', 'maand', 'week', 'dag', 'kwartaal', 'seizoen', 'winter', 'zomer', 'schooljaar'].map((p) => `n:${nounStem(p)}`))

/** Units `a` times units `b` (or divided by them, `sign` -1). */
export function combine(a: Units, b: Units, sign = 1): Units {
  const out = new Map(a)
  for (const [k, p] of b) out.set(k, (out.get(k) ?? 0) + sign * p)
  for (const [k, p] of out) if (p === 0) out.delete(k)
  return out
}

/** Whether `a` is within `tolerance` of `b`. */
export const close = (a: Rational, b: Rational, tolerance: Rational): boolean => !beyond(a, b, tolerance)

/** A number in view for another reading: its value as written and its units, none for a bare number. */
export interface Term {
  value: Rational
  units?: Units | undefined
}

// The measure and money powers of units (`L`, `M`, `€`): counted nouns left out, since a product
// of counts may name a third noun (`12 chauffeurs, 2 diensten: 24 diensten`).
function dims(u: Units): string {
  return ['L', 'M', '€'].map((k) => u.get(k) ?? 0).join(',')
}

// The counted nouns a quantity counts (positive powers): `uur`, `woning`.
const counted = (u: Units): string[] => [...u].filter(([k, p]) => k.startsWith('n:') && p > 0).map(([k]) => k).sort()

// Two counted nouns of one thing: the same stem, or one the head of the other's compound
// (`parkeerplekken` and `plekken`, `spoedaanvragen` and `aanvragen`).
function oneNoun(a: string, b: string): boolean {
  const [x, y] = [a.replace(/^n:/u, ''), b.replace(/^n:/u, '')]
  return x.endsWith(y) || y.endsWith(x) || sameNoun(x, y)
}

// Two quantities that can be added or taken apart: one measure or money, and not two different
// counted nouns (`1,2 cm` and `10 jaar`, `€ 35` and `60 leerlingen`, `6 uur` and `20 weken` are
// no sum). A bare number adds to anything, as before units were read.
function addable(a: Term, b: Term): boolean {
  if (!a.units || !b.units) return true
  if (dims(a.units) !== dims(b.units)) return false
  const [x, y] = [counted(a.units), counted(b.units)]
  return x.length === 0 || y.length === 0 || (x.length === y.length && x.every((n, i) => oneNoun(n, y[i]!)))
}

// A sum keeps what its terms are per: a count of fte and a bare number give no mean per fte
// (`200` and `4,9 fte` are no reading of `190 meldingen per fte`). A `per jaar` may stay.
const perNouns = (u: Units): string => [...u].filter(([k, p]) => p < 0 && !PERIODS.has(k)).map(([k]) => k).sort().join()
const sameRate = (a: Term, b: Term, result: Units | undefined): boolean => !result || [a, b].every((t) => !t.units || perNouns(t.units) === perNouns(result))

// Two quantities whose product (or quotient) can give the result: their measure and money powers
// must give the result's (`cm per jaar` × `jaar` gives cm; `€` × `uur` gives no euros).
function multipliable(a: Term, b: Term, result: Units | undefined, sign: 1 | -1): boolean {
  if (!a.units || !b.units || !result) return true
  return dims(combine(a.units, b.units, sign)) === dims(result)
}

// Any plain operation of two numbers in view, or of a product and one more number, that gives the
// result, between quantities whose units allow that operation: a sum of centimetres and years that
// happens to round to the result explains nothing.
export function otherReading(terms: Term[], result: Units | undefined, stated: Rational, tolerance: Rational, quotients = true): boolean {
  return terms.some((a, i) =>
    terms.some((b, j) => {
      if (i === j) return false
      const readings: Rational[] = []
      if (multipliable(a, b, result, 1)) readings.push(mul(a.value, b.value))
      if (addable(a, b) && (!a.units || !b.units || !result || dims(a.units) === dims(result)) && sameRate(a, b, result)) readings.push(sub(a.value, b.value), sub(a.value, { n: -b.value.n, d: b.value.d }))
      if (quotients && multipliable(a, b, result, -1)) readings.push(b.value.n !== 0n ? div(a.value, b.value) : a.value)
      return readings.some((v) => close(v, stated, tolerance))
    })
  )
}
