/**
 * A part column's share of its whole column, said in prose as levels for years: `Het aandeel
 * spoedaanvragen groeide van 20% in 2021 naar 35% in 2023` beside a table with a row per year
 * (`| Jaar | Aanvragen | Waarvan spoedaanvragen |`). It is share-row-year-levels turned a quarter:
 * there the kinds are rows and the years columns, here the years are rows.
 *
 * The word right after `aandeel` names the part column: its header without `waarvan` and a note in
 * brackets, or the same outcome as an adjective (`geweigerde ritten` for `Geweigerd (bus vol)`).
 * The whole is the column a `waarvan` column is part of, or else the first count column, when no
 * part cell exceeds it. Each percentage with a year right after it is the part over the whole in
 * that year's row. Used by share-claims, beside share-row-year-levels.
 */

import { formatDutchNumber } from '@kapstok/nl'
import type { Table } from './markdown-tables.js'
import type { YearLevel } from './share-row-year-levels.js'
import { hasYearRows, isPartColumn, ofWhichWhole, withoutOfWhich, yearAfterShare } from './share-year-rows.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { plainCellLower } from './cell-text.js'
import { sameOutcome } from './outcome-participles.js'

// `aandeel herhaalmeldingen`, `het aandeel van de spoedaanvragen`, `aandeel geweigerde ritten`: the word that names the column.
const NAMED = /\baandeel\s+(?:van\s+(?:de|het)\s+)?(\p{L}{4,})/iu

// The header's first word: `spoedaanvragen` of `Waarvan spoedaanvragen`, `geweigerd` of `Geweigerd (bus vol)`.
const headerWord = (table: Table, column: number): string =>
  withoutOfWhich(plainCellLower(table.header[column]?.text ?? '')).replace(/\s*\(.*$/u, '').match(/\p{L}+/u)?.[0] ?? ''

/**
 * The shares a sentence says of a part column for years, by the offset of each percentage.
 *
 * @param sentence The sentence.
 * @param shares Offsets and lengths of the sentence's percentages.
 * @param tables The tables of the section before the sentence.
 * @returns The part's share of the whole in the year's row, by the offset of the percentage it is said by.
 */
export function columnYearLevels(sentence: string, shares: Array<{ at: number; length: number }>, tables: Table[]): Map<number, YearLevel> {
  const out = new Map<number, YearLevel>()
  const named = NAMED.exec(sentence)
  const word = named?.[1]?.toLowerCase()
  if (!named || !word) return out
  const from = (named.index ?? 0) + named[0].length
  // The last table above the sentence that has a row per year and one column the word names.
  for (const table of [...tables].reverse()) {
    const total = table.rows.find((r) => TOTAL_ROW.test(plainCellLower(r[0]?.text ?? '')))
    if (!hasYearRows(table, total ?? [])) continue
    const columns = (table.header ?? []).map((_, k) => k).filter((k) => k > 0 && table.rows.some((r) => countCellValue(r[k]) !== undefined))
    const parts = columns.filter((k) => headerWord(table, k) === word || sameOutcome(headerWord(table, k), word))
    const part = parts[0]
    if (parts.length !== 1 || part === undefined) continue
    const whole = ofWhichWhole(table, columns, part) ?? (columns[0] !== part && isPartColumn(table, part, columns[0] ?? 0) ? columns[0] : undefined)
    if (whole === undefined) continue
    for (const { at, length } of shares) {
      if (at < from) continue
      const year = yearAfterShare(sentence.slice(at + length))
      const row = table.rows.find((r) => plainCellLower(r[0]?.text ?? '') === year)
      const [a, b] = [countCellValue(row?.[part]), countCellValue(row?.[whole])]
      if (a !== undefined && b) out.set(at, { actual: (a / b) * 100, basis: `${formatDutchNumber(a)} van ${formatDutchNumber(b)} (${year})` })
    }
    return out
  }
  return out
}
