/**
 * The level of one year stated sentences or paragraphs up in the section, for a comparison that names
 * only the year: "De eigen bijdrage was in 2025 € 4,80. … In 2027 wordt zij € 5,40, 12,5
 * procent hoger dan in 2025." The section's levels of that year are read as `base-year-changes` reads
 * them (`yearLevels`: sentences and clauses of that year, asides `2025: …`, a rate such as a tariff too); those of the later one's
 * kind (an amount or a count, in the same magnitude, of the same noun when both name one) must be one
 * value, within a factor two of the later one. Used by `share-comparisons`.
 */

import { yearLevels } from './base-year-changes.js'
import { magnitudeOf, MAGNITUDE } from './exact-number.js'
import { sameNoun } from './noun-kinds.js'
import { read } from './share-tolerance.js'

/** The later level a comparison is said of: its number, whether it is an amount, and its magnitude word. */
export interface LaterLevel {
  value: number
  euro: boolean
  magnitude: string | undefined
  noun: string | undefined
}

/**
 * The one level of a year stated earlier in the section.
 *
 * @param section The sentences of the section before the claim's, in order.
 * @param year The year the comparison names.
 * @param later The later level the claim's sentence gives.
 * @returns The earlier level as written (without its magnitude word), or undefined when the section gives none or more than one.
 */
export function sectionYearLevel(section: readonly string[], year: string, later: LaterLevel): string | undefined {
  const power = magnitudeOf(` ${later.magnitude ?? ''}`)
  const levels = yearLevels({ sentences: section.map((text, index) => ({ index, text })), tables: [] }, year, later.euro, -1, { rates: true })
    .filter((l) => magnitudeOf(l.text) === power && (!l.noun || !later.noun || sameNoun(l.noun, later.noun)))
    .map((l) => l.text.replace(MAGNITUDE, ''))
  const value = read(levels[0] ?? '') ?? 0
  const near = value > 0 && value * 2 >= later.value && value <= later.value * 2
  return near && levels.every((l) => read(l) === value) ? levels[0] : undefined
}
