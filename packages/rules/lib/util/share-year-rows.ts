/**
 * Tables with a row per year (`| 2021 | 40 | 12 |`) and the shares a sentence says of one year's
 * row (`Het aandeel groeide van 12% in 2022 naar 18% in 2024`): the year right after the share is
 * its row, and a column whose header says it is part of another (`Waarvan nieuwbouw`,
 * `Toegewezen` beside `Klachten`) is the part.
 *
 * Used by share-table-cells, whose other readings take a year in the sentence for a column's year.
 */

import type { Cell, Table } from './markdown-tables.js'
import { countCellValue } from './share-wholes.js'
import { plainCellLower } from './cell-text.js'

const YEAR_LABEL = /^(?:19|20)\d{2}$/u
// The year right after a share: `12% in 2022`, `ruim een kwart (2024)`, `… van de klachten in 2024`.
const YEAR_AFTER = /^[^.;:\d]{0,40}?\b(?:in|over|\()\s*((?:19|20)\d{2})\b/u
// `Waarvan nieuwbouw`, `waarvan huur`: a header that says its column is part of the one before.
const OF_WHICH = /^\s*(?:waarvan|daarvan|hiervan)\s+(?:in\s+|met\s+|voor\s+)?/iu

/**
 * Whether every row but the total row is labelled with a year.
 *
 * @param table The table.
 * @param total Its total row.
 */
export function hasYearRows(table: Table, total: Cell[]): boolean {
  const body = table.rows.filter((r) => r !== total)
  return body.length > 1 && body.every((r) => YEAR_LABEL.test(plainCellLower(r[0]?.text ?? '')))
}

/**
 * Of the year rows a sentence names, the one of the year right after the share, or the one the sentence names alone.
 *
 * @param rows The rows the sentence names.
 * @param after The sentence after the share.
 */
export function rowOfShareYear<T extends { row: Cell[] }>(rows: T[], after: string): T[] {
  if (rows.length < 2) return rows
  const year = yearAfterShare(after)
  const row = rows.find((r) => plainCellLower(r.row[0]?.text ?? '') === year)
  return row ? [row] : rows
}

/**
 * The year right after a share (`12% in 2022`), of a sentence that may name more years.
 *
 * @param after The sentence after the share.
 */
export const yearAfterShare = (after: string): string | undefined => YEAR_AFTER.exec(after)?.[1]

/**
 * A header as words that name its column, without `waarvan` before them.
 *
 * @param header The header cell's text, lower case.
 */
export const withoutOfWhich = (header: string): string => header.replace(OF_WHICH, '')

/**
 * Whether a column can be part of another: no cell greater than the other's in its row.
 *
 * @param table The table.
 * @param part The part's column.
 * @param whole The whole's column.
 */
export function isPartColumn(table: Table, part: number, whole: number): boolean {
  return table.rows.every((r) => {
    const a = countCellValue(r[part])
    const b = countCellValue(r[whole])
    return a === undefined || b === undefined || a <= b
  })
}

/**
 * The whole of a column whose header says it is part of the one before (`Waarvan toegewezen` after
 * `Klachten`): the nearest column to its left that is not itself such a part.
 *
 * @param table The table.
 * @param columns The count columns.
 * @param part The part's column.
 * @returns The whole's column, or undefined.
 */
export function ofWhichWhole(table: Table, columns: number[], part: number): number | undefined {
  const header = (k: number): string => plainCellLower(table.header[k]?.text ?? '')
  if (!OF_WHICH.test(header(part))) return undefined
  return columns.filter((k) => k < part && !OF_WHICH.test(header(k))).at(-1)
}
