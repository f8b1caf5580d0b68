/**
 * The column a sentence of change means when it names none: `het aantal`, `dat aantal` or `dit aantal`
 * with no noun after it (`In 2027 groeide dat aantal met 9% vergeleken met 2026.`) points back at the
 * one thing counted, which under a year table is its only column of counts. A table with two such
 * columns leaves it open, and so does a sentence that names its own noun (`het aantal bezoekers`).
 * Used by `share-span-changes`.
 */

import { YEAR_BEFORE } from './share-comparisons.js'

// `het aantal` followed by what ends its noun phrase: a verb, a preposition, a year, a share or punctuation.
// `aantal` with a noun after it (`het aantal leden`) counts that noun, which a column header must name.
const BARE_COUNT = /\b(?:het|dat|dit)\s+aantal(?=\s*(?:[,.;:]|$|\d|(?:met|in|is|was|nam|neemt|steeg|stijgt|daalde|daalt|groeide|groeit|liep|loopt|ging|gaat|kwam|komt|lag|ligt|ten|sinds|tussen|toen|dan|opnieuw|verder|nog|daarmee|dus|ook|al)\b))/iu

// A change named by its noun alone (`Tussen 2023 en 2024 was de stijging 12 procent.`, `de groei bleef met een
// vijfde …`) counts nothing of its own either; `de groei van het ledental` or `de daling bij de jongeren` names another.
const BARE_CHANGE = /\b(?:de|die|deze|een)\s+(?:stijging|groei|toename|daling|afname|teruggang|krimp)\b(?!\s+(?:van|bij|in|onder|op|aan)\s+(?:de|het|een|alle|onze|hun|zijn|haar)\b)/iu
// A sentence that names what is counted (`het aantal leden`) or any noun of the table is read by its noun elsewhere.
const NAMED_COUNT = /\baantal\s+\p{Ll}/u

/**
 * The one column of counts a sentence of change speaks of by a bare `het aantal` or a bare change noun.
 *
 * @param sentence The sentence.
 * @param counted For each column, whether every year row holds a positive count there.
 * @returns The column's index, or undefined when the sentence names a noun or the table has not exactly one such column.
 */
export function bareCountColumn(sentence: string, counted: boolean[]): number | undefined {
  if (!BARE_COUNT.test(sentence) && !(BARE_CHANGE.test(sentence) && !NAMED_COUNT.test(sentence))) return undefined
  const columns = counted.flatMap((c, k) => (c && k > 0 ? [k] : []))
  return columns.length === 1 ? columns[0] : undefined
}

// The base of a change, as the year before the sentence's one year: `ten opzichte van een jaar eerder`, `dan vorig jaar`.
const BASE = /\b(?:dan|ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|tegenover)\s+/giu

/**
 * Whether a sentence measures its one year against the year before it (`… 30% minder dan een jaar eerder`).
 *
 * @param sentence The sentence.
 */
export function againstYearBefore(sentence: string): boolean {
  return [...sentence.matchAll(BASE)].some((m) => YEAR_BEFORE.test(sentence.slice(m.index + m[0].length)))
}
