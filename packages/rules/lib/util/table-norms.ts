/**
 * A norm read from a table of norms by the row and the column a sentence names: "Voor de 35
 * appartementen in Zuid betekent de norm dat er … fietsplekken nodig zijn" beside
 * `| Woningtype | Noord | Zuid |` with a row `| Appartement | 1,2 | 0,8 |` takes 0,8. A table of
 * years is no table of norms (its cells are counts of those years), nor one of percentages.
 */

import { rowsNamed, yearColumns } from './table-row-names.js'
import { textTables, type TextTable } from './text-tables.js'
import type { Rational } from './exact-number.js'

// How far before the sentence (in characters) the table may stand.
const NEAR = 2500
// The sentence must say it applies a norm: `de norm`, `die normen`, `de parkeernorm`, `de richtlijn`.
export const NAMES_NORM = /\b(?:de|die|deze|onze)\s+(?:\p{L}+\s+)?\p{L}*(?:norm|normen|richtlijn|kencijfer|kencijfers)\b/iu

/** A cell of a table of norms, with how it is shown. */
export interface TableNorm { rate: Rational; shown: string }

/**
 * The one cell of the nearest table of norms before the sentence that the sentence names by its
 * row and, when the table has more columns of numbers, by its column.
 *
 * @param text The text.
 * @param sentence The sentence and its offset.
 * @returns The cell, or none when the naming is unclear.
 */
export function tableNorm(text: string, sentence: { text: string; index: number }): TableNorm | undefined {
  if (!text.includes('|') || !NAMES_NORM.test(sentence.text)) return undefined
  const tables = textTables(text).filter((t) => (t.header[0]?.index ?? 0) < sentence.index && sentence.index - (t.header[0]?.index ?? 0) <= NEAR)
  const table = tables.at(-1)
  if (!table || yearColumns(table).size > 0 || table.rows.some((row) => row.some((c) => c.percent))) return undefined
  const rows = rowsNamed(table, sentence.text)
  if (rows.length !== 1) return undefined
  const column = columnNamed(table, sentence.text)
  const cell = column === undefined ? undefined : table.rows[rows[0]!]?.[column]
  return cell?.value === undefined ? undefined : { rate: cell.value, shown: cell.text }
}

// The one column of numbers, or the one whose header (without its bracket) the sentence writes.
function columnNamed(table: TextTable, sentence: string): number | undefined {
  const numeric = table.header.map((_, k) => k).filter((k) => k > 0 && table.rows.some((row) => row[k]?.value !== undefined))
  if (numeric.length === 1) return numeric[0]
  const plain = sentence.toLowerCase().replace(/\s+/gu, ' ')
  const named = numeric.filter((k) => {
    const head = (table.header[k]?.text ?? '').replace(/\([^()]*\)/gu, ' ').replace(/[*_]/gu, ' ').trim().toLowerCase().replace(/\s+/gu, ' ')
    return head.length >= 2 && new RegExp(String.raw`(?<![\p{L}\d])${head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}\d])`, 'u').test(plain)
  })
  return named.length === 1 ? named[0] : undefined
}
