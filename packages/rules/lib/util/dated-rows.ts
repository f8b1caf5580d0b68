/**
 * The rows of a table of dated occasions (events, elections, meetings): a first column that names
 * the occasion, a column of dates that gives each row its year, and a column of counts
 * (`| Evenement | Datum | Bezoekers |`). A sentence names a row by a word of its label and, when the
 * label comes back in other years, by the year (`het voorjaarsconcert van 2025`). Used by
 * `dated-row-changes` (percentages) and `dated-row-differences` (differences).
 */

import type { Table } from './markdown-tables.js'
import { plainCell } from './cell-text.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { bestRows, words } from './share-row-year-changes.js'

/** One dated row: its label, its year and the count the sentence speaks of. */
export interface DatedRow {
  /** The label as written, without emphasis. */
  label: string
  /** The year of its date cell. */
  year: number
  /** The date cell as written. */
  date: string
  /** The count, read. */
  value: number
  /** The count as written. */
  count: string
}

const MONTH = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?`
// A date with its year: `12 juli 2024`, `za 14 december 2024`, `juli 2024`, `14-12-2024`, `2024-12-14`.
const DATE_CELL = new RegExp(String.raw`^(?:\p{L}{2,9}\.?\s+)?(?:\d{1,2}\s+${MONTH}\s+|${MONTH}\s+|\d{1,2}[-/]\d{1,2}[-/])((?:19|20)\d{2})$|^((?:19|20)\d{2})-\d{2}-\d{2}$`, 'iu')

// The year of a date cell, or undefined for a cell that is no date.
const yearOf = (text: string): number | undefined => {
  const m = DATE_CELL.exec(plainCell(text))
  return m ? Number(m[1] ?? m[2]) : undefined
}

/**
 * The dated rows of a table: one column of dates in every row, and the one column of counts
 * (or, of several, the one whose header the sentence names).
 *
 * @param table The table.
 * @param sentence The sentence that speaks of it.
 * @returns Its rows, or undefined when it is no table of dated occasions or the count column is not clear.
 */
export function datedRows(table: Table, sentence: string): { rows: DatedRow[]; table: Table } | undefined {
  const body = table.rows.filter((r) => !TOTAL_ROW.test(plainCell(r[0]?.text ?? '')))
  if (body.length < 2) return undefined
  const width = table.header.length
  const columns = Array.from({ length: width }, (_, k) => k).filter((k) => k > 0)
  const dates = columns.filter((k) => body.every((r) => yearOf(r[k]?.text ?? '') !== undefined))
  const counts = columns.filter((k) => !dates.includes(k) && body.every((r) => countCellValue(r[k]) !== undefined))
  if (dates.length !== 1) return undefined
  const own = new Set(words(sentence))
  const named = counts.filter((k) => words(table.header[k]?.text ?? '').some((w) => own.has(w)))
  const count = counts.length === 1 ? counts[0] : named.length === 1 ? named[0] : undefined
  if (count === undefined) return undefined
  const rows = body.map((r) => ({
    label: plainCell(r[0]?.text ?? ''),
    year: yearOf(r[dates[0]!]?.text ?? '') ?? 0,
    date: plainCell(r[dates[0]!]?.text ?? ''),
    value: countCellValue(r[count]) ?? 0,
    count: plainCell(r[count]?.text ?? '')
  }))
  return { rows, table: { ...table, rows: body } }
}

/**
 * The one row a phrase names: the rows whose labels share most words with it, of the year given.
 *
 * @param dated The table's dated rows.
 * @param phrase The words that name the row (`het zomerconcert`).
 * @param year The year said with it, if any.
 * @returns The row, or undefined when none or more than one fit.
 */
export function namedRow(dated: { rows: DatedRow[]; table: Table }, phrase: string, year: number | undefined): DatedRow | undefined {
  const labels = new Set(bestRows(dated.table, new Set(words(phrase))).map((r) => plainCell(r[0]?.text ?? '')))
  const fit = dated.rows.filter((r) => labels.has(r.label) && (year === undefined || r.year === year))
  return fit.length === 1 ? fit[0] : undefined
}

/**
 * The row of the same occasion a number of years earlier.
 *
 * @param dated The table's dated rows.
 * @param row The row.
 * @param back How many years back.
 * @returns The earlier row, or undefined when none or more than one fit.
 */
export function earlierRow(dated: { rows: DatedRow[] }, row: DatedRow, back: number): DatedRow | undefined {
  const fit = dated.rows.filter((r) => r.label.toLowerCase() === row.label.toLowerCase() && r.year === row.year - back)
  return fit.length === 1 ? fit[0] : undefined
}

/** How a row is named in a message: `8.200 (Zomerfeest, 12 juli 2024)`. */
export const rowText = (row: DatedRow): string => `${row.count} (${row.label}, ${row.date})`
