/**
 * A product of measured quantities stated in a unit of the product's own dimension: "een pad van
 * 1,2 km lang en 4 meter breed, dat is 4.800 m²", "op 6.000 m² strooien we 15 gram per m²: 90 kg",
 * "een sloot van 2 km, 3 m breed en 0,5 m diep; er gaat 3.000 m³ grond uit". Every unit has a
 * dimension (powers of length and mass) and a scale; a result is read only when the quantities
 * before it, each used once, multiply to exactly its dimension. That check is what makes the
 * reading strong: two lengths and a sum of lengths, a mass and a mass per area, or an area and a
 * depth cannot be confused, whatever words join them. The factors stand in the result's sentence
 * or, when those do not make the dimension, in that sentence and the one before it. A count per a
 * measure (`4 planten per m²`) is a density whose noun names a counted result (`7.200 planten`).
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, make, near } from './exact-number.js'
import { dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { sentenceStarts } from './rate-products.js'
import { namesUnit } from './unit-nouns.js'

/** Powers of length and mass. */
type Dimension = [number, number]

// Each unit word with its dimension and its size in meters and grams. Longer forms first.
const UNITS: Array<[string, Dimension, Rational]> = [
  [String.raw`km²|km2|vierkante\s+kilometers?`, [2, 0], make(1000000n, 1n)],
  [String.raw`m²|m2|vierkante\s+meters?`, [2, 0], make(1n, 1n)],
  [String.raw`hectares?|ha`, [2, 0], make(10000n, 1n)],
  [String.raw`m³|m3|kubieke\s+meters?|kuub`, [3, 0], make(1n, 1n)],
  [String.raw`liters?`, [3, 0], make(1n, 1000n)],
  [String.raw`kilometers?|km`, [1, 0], make(1000n, 1n)],
  [String.raw`centimeters?|cm`, [1, 0], make(1n, 100n)],
  [String.raw`millimeters?|mm`, [1, 0], make(1n, 1000n)],
  [String.raw`meters?|m`, [1, 0], make(1n, 1n)],
  [String.raw`kilogram|kilo['’]?s?|kg`, [0, 1], make(1000n, 1n)],
  [String.raw`tonnen|ton`, [0, 1], make(1000000n, 1n)],
  [String.raw`gram|g`, [0, 1], make(1n, 1n)]
]
/** Any unit word of a measure (`m²`, `vierkante meter`, `km`, `ton`), as regular-expression source without groups. */
export const UNIT = String.raw`(?:${UNITS.map(([u]) => `(?:${u})`).join('|')})(?![\p{L}\d²³])`
// Each unit word as a whole-word pattern, compiled once.
const UNIT_WORDS: Array<[RegExp, Dimension, Rational]> = UNITS.map(([u, dimension, scale]) => [new RegExp(String.raw`^(?:${u})$`, 'iu'), dimension, scale])
/** The dimension and the size in meters and grams of a unit word (`km`, `hectare`, `ton`), if it is a measure. */
export const unitOf = (word: string): [Dimension, Rational] | undefined => {
  const trimmed = word.trim()
  const hit = UNIT_WORDS.find(([u]) => u.test(trimmed))
  return hit ? [hit[1], hit[2]] : undefined
}

// A measured quantity: a number and its unit, maybe per a unit (`7 g/m²`, `25 gram graszaad per m²`, `50 gram per 10 m²`,
// whose count divides the scale as in DENSITY)
// and `60 bij 45 meter` (two lengths in one unit, the first side in group `side`).
const QUANTITY = new RegExp(String.raw`(?<![\d.,€])(?:(?<side>${NUMBER})\s+bij\s+)?(?<num>${NUMBER})\s*(?<unit>${UNIT})(?:\s*\/\s*(?<slash>${UNIT})|(?:\s+\p{Ll}[\p{Ll}-]*)?\s+per\s+(?:(?<count>\d[\d.]*)\s+)?(?<per>${UNIT}))?`, 'giu')
// A count per a measure (`4 planten per m²`, `180 bomen per hectare`, `3 palen per 10 meter`): a
// density whose noun names the counted result (`8.200 planten`).
const DENSITY = new RegExp(String.raw`(?<![\d.,€])(?<num>${NUMBER})\s+(?<noun>\p{L}[\p{L}'’-]*)\s+per\s+(?:(?<count>\d[\d.]*)\s+)?(?<per>${UNIT})`, 'giu')
// Any number, to find numbers that are no measured quantity.
const ANY = new RegExp(String.raw`(?<![\d.,])(€\s*)?(${NUMBER})(?![\d.,]*\d)`, 'gu')
// A number that is a year, a number after `per` (`per 100 m²`), or a percentage: no factor.
const YEAR = /^(?:19|20)\d{2}$/u
// What makes a product of the quantities uncertain: a share of them, or a rate per a thing that is no measure.
export const SHARE = /%|\bprocent\b|\b(?:helft|derde|kwart|deel|gedeelte|rest)\b/iu
// What makes it a product of more than the measures: more than one of the measured thing (`aan
// beide kanten`, `elke sloot`, `drie paden van 400 m`).
const MANY = /\b(?:beide|weerszijden|dubbele?|elk|elke|ieder|iedere)\b/iu
const countWord = (window: string): boolean => [...window.matchAll(/\p{L}+/gu)].some((w) => (parseNumberWord(w[0].toLowerCase()) ?? 0) >= 2)
const PER_OTHER = new RegExp(String.raw`^\s*(?:[\p{Ll}-]+\s+)?per\s+(?!${UNIT})`, 'iu')
// Between the factors and the result no word that adds another item (`… 3 m breed en 6.000 m²
// plein`): any other words may lead to it (`is`, `nodig`, `gaan er … de grond in`, `, goed voor`),
// since the dimension already ties the result to the factors.
const ADDED = /\b(?:en|of|plus|naast|daarnaast|ook|nog|extra|bovendien|verder|maar|terwijl|waarvan|daarvan|behalve)\b/iu
const APPROX = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+$/iu

interface Quantity {
  text: string
  /** The counted noun of a density or a count (`planten`). */
  noun?: string
  value: Rational
  dimension: Dimension
  scale: Rational
  index: number
  end: number
}

// The quantities of a window, or undefined when a number in it is none (a count may be another factor).
function quantities(text: string, from: number, to: number, nouns: string[] = []): Quantity[] | undefined {
  const window = text.slice(from, to)
  const out: Quantity[] = []
  const covered: Array<[number, number]> = []
  for (const m of window.matchAll(DENSITY)) {
    const g = m.groups ?? {}
    const per = unitOf(g.per ?? '')
    if (!per || unitOf(g.noun ?? '')) continue
    const scale = div(make(1n, 1n), mul(per[1], g.count ? dutchNumber(g.count) : make(1n, 1n)))
    out.push({ text: m[0], noun: g.noun ?? '', value: dutchNumber(g.num ?? ''), dimension: [-per[0][0], -per[0][1]], scale, index: from + m.index, end: from + m.index + m[0].length })
    covered.push([from + m.index, from + m.index + m[0].length])
  }
  for (const m of window.matchAll(QUANTITY)) {
    const g = m.groups ?? {}
    const unit = unitOf(g.unit ?? '')
    // The measure a density is per (`per 8 meter`) is part of it.
    if (!unit || covered.some(([a, b]) => from + m.index >= a && from + m.index < b)) continue
    const per = unitOf(g.slash ?? g.per ?? '')
    const dimension: Dimension = per ? [unit[0][0] - per[0][0], unit[0][1] - per[0][1]] : unit[0]
    const scale = per ? div(unit[1], mul(per[1], g.count ? dutchNumber(g.count) : make(1n, 1n))) : unit[1]
    const at = from + m.index + (g.side ? m[0].indexOf(g.num ?? '', g.side.length) : 0)
    out.push({ text: text.slice(at, from + m.index + m[0].length), value: dutchNumber(g.num ?? ''), dimension, scale, index: at, end: from + m.index + m[0].length })
    // `60 bij 45 meter`: the first side has the unit of the second.
    if (g.side) out.push({ text: `${g.side} ${g.unit}`, value: dutchNumber(g.side), dimension, scale, index: from + m.index, end: from + m.index + g.side.length })
    covered.push([from + m.index, from + m.index + m[0].length])
  }
  for (const m of window.matchAll(ANY)) {
    const at = from + m.index
    if (covered.some(([a, b]) => at >= a && at < b)) continue
    // A count of what a density counts (`8.200 planten` beside `4 planten per m²`) is a result.
    const noun = /^\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(at + m[0].length, from + window.length))?.[1]
    if (!m[1] && noun && nouns.some((n) => namesUnit(noun, n) || namesUnit(n, noun))) {
      out.push({ text: `${m[2]} ${noun}`, noun, value: dutchNumber(m[2] ?? ''), dimension: [0, 0], scale: make(1n, 1n), index: at, end: at + m[0].length + 1 + noun.length })
      continue
    }
    if (m[1] || !YEAR.test(m[2] ?? '')) return undefined
  }
  return out.sort((a, b) => a.index - b.index)
}

const same = (a: Dimension, b: Dimension): boolean => a[0] === b[0] && a[1] === b[1]

/**
 * Every result in a unit whose dimension is the product of the measured quantities before it.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations, in the result's unit, with its rounding as tolerance.
 */
export function dimensionalProducts(text: string): Equation[] {
  const out: Equation[] = []
  // Every quantity is a number in digits (`NUMBER`): a paragraph without one has no result.
  if (!/\d/.test(text)) return out
  const starts = sentenceStarts(text)
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length
    const view = text.slice(i > 0 ? starts[i - 1]! : start, end)
    if (SHARE.test(view) || MANY.test(view) || countWord(view)) return
    // The nouns of the densities in view: a count of them is a result, no other factor.
    const nouns = [...view.matchAll(DENSITY)].map((m) => m.groups?.noun ?? '').filter((n) => !unitOf(n))
    const own = quantities(text, start, end, nouns)
    const result = own?.at(-1)
    // The result ends its sentence's numbers and is no rate itself.
    if (!own || !result || result.dimension.some((p) => p < 0) || PER_OTHER.test(text.slice(result.end, end))) return
    if (/\d/.test(text.slice(result.end, end))) return
    const before = own.slice(0, -1)
    const last = before.at(-1)
    if (!last || ADDED.test(text.slice(last.end, result.index))) return
    const product = (factors: Quantity[]): Dimension => factors.reduce<Dimension>((d, q) => [d[0] + q.dimension[0], d[1] + q.dimension[1]], [0, 0])
    let factors = before
    if (!same(product(factors), result.dimension) && i > 0) {
      const earlier = quantities(text, starts[i - 1]!, start, nouns)
      if (!earlier) return
      factors = [...earlier, ...before]
    }
    // Two factors at least (one is a conversion), each used once, and a factor of a rate per a
    // thing that is no measure (`7 gram per inwoner`) breaks the product.
    if (factors.length < 2 || !same(product(factors), result.dimension)) return
    if (factors.some((q) => PER_OTHER.test(text.slice(q.end, q.end + 30)))) return
    // A count is the result of the one density that counts its noun, and no factor.
    if (factors.some((q) => same(q.dimension, [0, 0]))) return
    if (same(result.dimension, [0, 0]) && factors.filter((q) => q.noun && (namesUnit(result.noun ?? '', q.noun) || namesUnit(q.noun, result.noun ?? ''))).length !== 1) return
    const base = factors.reduce<Rational>((p, q) => mul(p, mul(q.value, q.scale)), make(1n, 1n))
    const computed = div(base, result.scale)
    const number = /^[\d.,]+/u.exec(result.text)?.[0] ?? ''
    const stated = dutchNumber(number)
    // A result far from the product (more than twice) measures something else: `het water ernaast beslaat 2 hectare`.
    if (!near(computed, stated)) return
    const approx = APPROX.test(text.slice(Math.max(0, result.index - 12), result.index))
    const unit = result.text.slice(number.length).trim()
    out.push(proseEquation(`${factors.map((q) => q.text).join(' × ')} in ${unit}`, computed, { text: number, value: stated, index: result.index }, approx))
  })
  return out
}
