/**
 * What the sentence-level arithmetic fallback accepts: the range a result's wording allows
 * (`ruim 1.300` is 1.300 up to 1.400, `bijna 150.000` up to 150.000) and every simple combination
 * of a sentence's quantities, so a result any plain reading gives is left alone.
 */

import { rounding } from './onderbouwing.js'
import { real, sameKind, sameNoun, type Quantity } from './sentence-quantities.js'

/** The values a written result stands for. */
export interface ResultRange {
  low: number
  high: number
}

/**
 * The range of a result: its rounding around it, or one rounding step above it after `ruim` and
 * below it after `bijna` (`ruim 150` is 150 to 160).
 *
 * @param r The result.
 * @param exact Whether trailing zeros count as written, not as rounding (for readings the cue does not imply).
 * @returns The lowest and highest value it stands for.
 */
export function resultRange(r: Quantity, exact = false): ResultRange {
  const v = real(r.value)
  // Exact: a whole number as the number it writes (`260.000` is no 255.000); decimals, percentages
  // and millions to their last written digit.
  const written = /[,%]|\p{L}/u.test(r.text)
  // A percentage in words (`3 procentpunt`, `12 procent`) is read as a fraction: so is its rounding.
  const spelled = r.unit === '%' && !r.text.includes('%') && !r.share ? 100 : 1
  const half = exact && !r.approx && !written ? 0.5 / spelled : real(rounding(r.text, r.approx !== '')) / spelled
  // (`ruim 9` is below 10: the next step is written as itself.)
  if (r.approx === 'ruim') return { low: v, high: v + 2 * half * 0.999 }
  if (r.approx === 'bijna') return { low: v - 2 * half * 0.999, high: v }
  return { low: v - half, high: v + half }
}

// Periods a rate per week, month, quarter or day comes to in a year (and a yearly rate back).
const PERIODS: Record<string, number> = { week: 52, maand: 12, kwartaal: 4, dag: 365 }

/**
 * Whether any simple combination of the quantities gives a value in the range: one of them, the
 * sum, difference, product or quotient of two, a relative change or share of two, a rate per
 * week, month or quarter times its periods in a year, a product of three, a sum of some of one kind, a whole minus some parts, or
 * a mean.
 *
 * @param qs The quantities before the result.
 * @param range The result's range.
 * @param partSums Whether a sum of some of them counts (not for a list of parts that all add up).
 * @param result The result, whose unit a quotient of two of its kind cannot give (optional).
 * @returns True when one reading holds.
 */
export function combinationHolds(qs: Quantity[], range: ResultRange, partSums = true, result?: Quantity): boolean {
  // A quotient or relative change of two of one kind has no unit: it cannot give a result written
  // with one (`8,4 GWh` and `6,9 GWh` make no `1,2 GWh` by 8,4 ÷ 6,9).
  const unitless = (a: Quantity, b: Quantity): boolean => !(result && sameKind(a, b) && sameKind(a, result) && result.unit !== '' && result.unit !== '%' && a.unit !== '')
  // A product of two of the result's own unit has that unit squared (`2,4 km` × `3,1 km` is no
  // `7,4 km`, `€` × `€` no `€`): no reading of it, however close its value lands.
  const squared = (a: Quantity, b: Quantity): boolean => !unitless(a, b)
  // A result per a unit (`gemiddeld 9 per club`) is no sum or difference of counts of that unit
  // (`30 clubs`, `21 clubs`): those count units, not what each one has.
  const resultPer = result?.per ?? ''
  const counted = (q: Quantity): boolean => resultPer !== '' && q.unit !== '€' && q.unit !== '%' && q.unit.split(' ').some((u) => sameNoun(u, resultPer))
  const eps = 1e-9
  const holds = (v: number): boolean => Number.isFinite(v) && v >= range.low - eps && v <= range.high + eps
  const last = qs.slice(-10)
  const vs = last.map((q) => real(q.value))
  for (let i = 0; i < vs.length; i++) {
    const a = vs[i]!
    // (One quantity alone is no reading: `4, 7, 12 en 5 dagen, gemiddeld bijna 7` is not the 7.)
    const per = last[i]!.per
    if (PERIODS[per] !== undefined && holds(a * PERIODS[per]!)) return true
    if (per === 'jaar' && Object.values(PERIODS).some((p) => holds(a / p))) return true
    for (let j = 0; j < vs.length; j++) {
      if (j === i) continue
      const b = vs[j]!
      // Sums and differences of one kind (`4 kwartalen` and `6 weken` do not add up).
      if (sameKind(last[i]!, last[j]!) && !(counted(last[i]!) && counted(last[j]!)) && ((partSums && holds(a + b)) || holds(a - b))) return true
      if ((!squared(last[i]!, last[j]!) && holds(a * b)) || (unitless(last[i]!, last[j]!) && (holds(a / b) || holds((b - a) / a) || holds((a - b) / a)))) return true
      for (let k = 0; k < vs.length; k++) {
        if (k === i || k === j) continue
        const [x, y, z] = [last[i]!, last[j]!, last[k]!]
        if (!(squared(x, y) || squared(y, z) || squared(x, z)) && holds(a * b * vs[k]!)) return true
        if (!squared(y, z) && (holds(a + b * vs[k]!) || holds(a - b * vs[k]!))) return true
      }
    }
  }
  // Sums of some quantities of one kind, and a whole minus some of them; and their mean.
  const recent = qs.slice(-12)
  for (const q of recent) {
    if (counted(q)) continue
    const group = recent.filter((x) => sameKind(x, q)).map((x) => real(x.value))
    if (group.length > 1 && holds(group.reduce((s, x) => s + x, 0) / group.length)) return true
    if (group.length > 12) continue
    for (let mask = 1; mask < 1 << group.length; mask++) {
      const chosen = group.filter((_, i) => mask & (1 << i))
      if (chosen.length < 2) continue
      const sum = chosen.reduce((s, x) => s + x, 0)
      if (partSums && holds(sum)) return true
      for (const whole of group) if (!chosen.includes(whole) && holds(whole - sum)) return true
    }
  }
  return false
}
