/**
 * A change said in prose of one row of a table whose years are columns (`| Kantine | Omzet 2022 |
 * Omzet 2025 |` and `De kantine verloor tussen 2022 en 2025 bijna een vijfde van haar omzet.`): the
 * sentence names the row by a word of its label and the two years, and the two columns carry the
 * same word beside those years. The table may stand anywhere earlier in the section, as the row,
 * both years and the direction must all match. Used by `share-claims`.
 */

import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { CHANGE, DOWN } from './share-span-changes.js'

const YEAR = /\b(?:19|20)\d{2}\b/gu
const HEADER_YEAR = /^(.*?)\s*\b((?:19|20)\d{2})\b\s*(?:\([^)]*\))?$/u
const COUNT = /^\**\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*\**$/u
// Four letters name a row too (`Oost`, `Zuid`).
const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? []
// Words of four letters or more that name nothing: a label `Zorg voor elkaar` is not named by any `voor`.
const FUNCTION_WORD = /^(?:voor|naar|door|over|onder|tegen|zonder|tussen|deze|alle|zijn|haar|onze|welke|waar|wordt|worden|heeft|hebben)$/u

/** A change of one table row between two year columns. */
export interface RowYearChange {
  actual: number
  basis: string
}

/**
 * The change a sentence says of one row between two year columns of a table before it.
 *
 * @param sentence The sentence, without counts of its own (years aside).
 * @param tables The tables of the section before the sentence, nearest last.
 * @returns The change, or undefined when no one row and one pair of year columns are named.
 */
export function rowYearChange(sentence: string, tables: Table[]): RowYearChange | undefined {
  if (!CHANGE.test(sentence)) return undefined
  const said = [...new Set(sentence.match(YEAR) ?? [])]
  if (said.length !== 2) return undefined
  const [early, late] = said.map(Number).sort((a, b) => a - b).map(String)
  const own = new Set(words(sentence))
  for (const table of [...tables].reverse()) {
    // The columns of the two years, with the same word beside the year (`Uitleningen 2022`, `Uitleningen 2026`).
    const columns = table.header.map((h) => HEADER_YEAR.exec(h.text.replace(/\*/g, '').trim()))
    const at = (year: string | undefined): number[] => columns.flatMap((m, k) => (k > 0 && m?.[2] === year ? [k] : []))
    const pairs = at(early).flatMap((a) => at(late).filter((b) => (columns[a]?.[1] ?? '').toLowerCase() === (columns[b]?.[1] ?? '').toLowerCase()).map((b) => [a, b] as const))
    if (pairs.length !== 1) continue
    const [from, to] = pairs[0] as readonly [number, number]
    // The one row that the sentence names best: most words of its label (`Sporthal Noord`, not
    // `Sporthal Zuid`); a tie names none.
    const named = table.rows.map((r) => ({ r, score: words(r[0]?.text ?? '').filter((w) => !FUNCTION_WORD.test(w) && own.has(w)).length }))
    const best = Math.max(0, ...named.map((n) => n.score))
    const rows = named.filter((n) => n.score === best && best > 0).map((n) => n.r)
    const [row] = rows
    if (rows.length !== 1 || !row) return undefined
    const cell = (k: number): string => (row[k]?.text ?? '').replace(/\*/g, '').trim()
    if (!COUNT.test(cell(from)) || !COUNT.test(cell(to))) return undefined
    const [a, b] = [read(cell(from)) ?? 0, read(cell(to)) ?? 0]
    // The direction said must be the row's: a loss said of a gain is another change.
    if (a <= 0 || a === b || DOWN.test(sentence) !== b < a) return undefined
    return { actual: (Math.abs(b - a) / a) * 100, basis: `van ${cell(from)} (${early}) naar ${cell(to)} (${late})` }
  }
  return undefined
}
