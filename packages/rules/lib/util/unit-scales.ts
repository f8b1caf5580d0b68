/**
 * Units of one measure with a prefix (kWh and MWh, kg and ton, m² and ha, cl and liter): a rate
 * per one unit times a quantity written in another unit of the same measure needs the quantity
 * converted first (`620 MWh` at `€ 0,24 per kWh` is 620.000 kWh), in either direction (`380.000
 * kg` at `€ 110 per ton` is 380 ton).
 */

import { make, type Rational } from './exact-number.js'

// Each measure's units with their size in the measure's base unit. A unit word is matched whole.
const MEASURES: Array<Array<[RegExp, bigint, bigint]>> = [
  // energy, in Wh
  [
    [/^kwh$/iu, 1000n, 1n],
    [/^mwh$/iu, 1000000n, 1n],
    [/^gwh$/iu, 1000000000n, 1n]
  ],
  // mass, in grams
  [
    [/^(?:g|gram)$/iu, 1n, 1n],
    [/^(?:kg|kilo|kilos|kilo['’]s|kilogram)$/iu, 1000n, 1n],
    [/^(?:ton|tonnen)$/iu, 1000000n, 1n],
    [/^(?:kiloton|kton)$/iu, 1000000000n, 1n]
  ],
  // length, in meters (`strekkende meter` is read at its first word)
  [
    [/^(?:m|meter|meters|strekkende)$/iu, 1n, 1n],
    [/^(?:km|kilometer|kilometers)$/iu, 1000n, 1n]
  ],
  // area, in square meters
  [
    [/^(?:m²|m2|vierkante)$/iu, 1n, 1n],
    [/^(?:ha|hectare|hectares)$/iu, 10000n, 1n],
    [/^(?:km²|km2)$/iu, 1000000n, 1n]
  ],
  // volume, in centiliters
  [
    [/^(?:cl)$/iu, 1n, 1n],
    [/^(?:l|liter|liters)$/iu, 100n, 1n],
    [/^(?:hl|hectoliter)$/iu, 10000n, 1n],
    [/^(?:m³|m3|kuub)$/iu, 100000n, 1n]
  ]
]

const sizeOf = (word: string): { measure: number; size: Rational } | undefined => {
  for (const [measure, units] of MEASURES.entries()) {
    const unit = units.find(([re]) => re.test(word))
    if (unit) return { measure, size: make(unit[1], unit[2]) }
  }
  return undefined
}

/**
 * How many of `unit` one `word` holds, when both are units of one measure and differ in size
 * (`MWh`, `kWh`: 1.000; `kg`, `ton`: 1/1.000); undefined otherwise.
 */
export function unitRatio(word: string, unit: string): Rational | undefined {
  const ratio = unitFactor(word, unit)
  return ratio && ratio.n !== ratio.d ? ratio : undefined
}

/**
 * How many of `unit` one `word` holds when both are units of one measure, also 1 for the same
 * unit written two ways (`m³` and `kuub`); undefined when they measure different things.
 */
export function unitFactor(word: string, unit: string): Rational | undefined {
  const a = sizeOf(word)
  const b = sizeOf(unit)
  if (!a || !b || a.measure !== b.measure) return undefined
  return make(a.size.n * b.size.d, a.size.d * b.size.n)
}

/** Whether a word is a unit of measure (`kg`, `m³`, `kWh`), which may be shorter than a noun. */
export const isMeasureUnit = (word: string): boolean => sizeOf(word) !== undefined

/** The ratio as it reads in a formula: `× 1.000` or `÷ 1.000`. */
export function showRatio(ratio: Rational): string {
  return ratio.n > ratio.d ? ` × ${(ratio.n / ratio.d).toLocaleString('nl-NL')}` : ` ÷ ${(ratio.d / ratio.n).toLocaleString('nl-NL')}`
}

// Durations within a day, in seconds. Kept apart from the measures above: `uur` is also read as a
// counted noun (`1.200 uur`, `€ 85 per uur`), and days, weeks and years are periods whose length
// depends on what is counted (a werkdag, a schoolweek), so only these convert.
const DURATIONS: Array<[RegExp, bigint]> = [
  [/^(?:seconde|seconden|sec)$/iu, 1n],
  [/^(?:minuut|minuten|min)$/iu, 60n],
  [/^(?:uur|uren)$/iu, 3600n]
]
const durationOf = (word: string): bigint | undefined => DURATIONS.find(([re]) => re.test(word))?.[1]

/** Whether a word is a duration unit within a day (`minuten`, `uur`). */
export const isDuration = (word: string): boolean => durationOf(word) !== undefined

/** How many of `unit` one `word` holds when both are durations within a day (`minuten`, `uur`: 1/60); undefined otherwise. */
export function durationFactor(word: string, unit: string): Rational | undefined {
  const [a, b] = [durationOf(word), durationOf(unit)]
  return a && b ? make(a, b) : undefined
}

/** The duration unit a header or label names for its own numbers (`Minuten per contact`, `Duur (minuten)`), not one after `per` (`Kosten per uur`). */
export function namedDuration(label: string): string | undefined {
  const words = label.toLowerCase().match(/\p{L}+/gu) ?? []
  return words.find((w, i) => isDuration(w) && words[i - 1] !== 'per')
}
