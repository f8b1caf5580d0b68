/**
 * A change of a count, not of euros, with its difference after it: "het aantal ging van 118 in
 * 2022 naar 86 in 2025, een daling van 32 jongeren". `amount-change` reads the same claim for
 * amounts in euros.
 */

import { gapEquation, NUMBER } from './amount-change.js'
import { nounStem } from './rate-products.js'
import type { Equation } from './onderbouwing.js'
import { isYearNumber } from './year-numbers.js'

const YEAR = String.raw`(?:\s+(?:in|eind|begin|medio)\s+(?:19|20)\d{2})?`
const UNIT = String.raw`(?:\s+([\p{L}-]+))?`
const GAP = String.raw`(?:stijging|verhoging|toename|groei|daling|verlaging|afname|vermindering)`
// `van 118 (leerlingen) (in 2022) naar 86 (in 2025), (een|dus een|dat is een) daling van 32 (jongeren)`.
const CHANGE = new RegExp(
  String.raw`(?<![€\d.,]\s?)\bvan\s+(${NUMBER})(?![\d%])${UNIT}${YEAR}\s+naar\s+(${NUMBER})(?![\d%])${UNIT}${YEAR}\s*[,;:]?\s*(?:(?:een|dus(?:\s+een)?|dat\s+is(?:\s+een)?|ofwel)\s+)?${GAP}\s+(?:met\s+|van\s+)(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(${NUMBER})(?![\d%])${UNIT}`,
  'giu'
)
// Another reference point or a share makes it another gap.
const ELSEWHERE = /^\s*(?:procent|procentpunt|ten\s+opzichte|vergeleken|t\.o\.v|sinds|per\b)/iu

/**
 * Every change of a count with its difference: the difference should be the gap between the values.
 *
 * @param text A prose text.
 * @returns The changes as equations (`118 − 86 = 32`), with the rounding of the difference as tolerance.
 */
export function countChanges(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(CHANGE)) {
    const [all, from = '', fromUnit, to = '', toUnit, approx, gap = '', gapUnit] = m
    if ([from, to, gap].some(isYearNumber) || ELSEWHERE.test(` ${gapUnit ?? ''}${text.slice(m.index + all.length, m.index + all.length + 25)}`)) continue
    // A unit on the values and on the difference must be the same: `1.240 leden` and `170 leden`.
    const units = [fromUnit, toUnit, gapUnit].filter((u): u is string => u !== undefined && !/^(?:in|eind|begin|medio|naar|een|dat|dus)$/iu.test(u)).map(nounStem)
    if (new Set(units).size > 1 && fromUnit && gapUnit) continue
    out.push(gapEquation(from, to, gap, m.index + all.lastIndexOf(gap), Boolean(approx)))
  }
  return out
}
