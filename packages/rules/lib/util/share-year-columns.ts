/**
 * A share of one table row in the table's total where the columns are years and the sentence names
 * none (`De bijdrage aan de veiligheidsregio is ruim 95% van de totale kosten in de tabel` beside
 * `| Onderdeel | 2027 | 2028 | … |`): the share of the period (the sums over the years), which the
 * sentence may also mean of any single year, so it holds anywhere between the lowest and highest
 * share of one year. Used by `share-table-cells`.
 */

import type { Cell, Table } from './markdown-tables.js'
import type { Span } from './share-spans.js'
import { plainCell } from './cell-text.js'

const YEAR_ONLY = /^(?:19|20)\d{2}$/u

/**
 * The share of the picked rows over the years of a table.
 *
 * @param table The table.
 * @param columns Its columns with counts.
 * @param picked The rows the sentence names.
 * @param total The total row.
 * @param countIn The count in a cell.
 * @returns One reading with its span over the years, or none when a column is no year or a cell no count.
 */
export function overYears(table: Table, columns: number[], picked: Cell[][], total: Cell[], countIn: (cell: Cell | undefined) => number | undefined): Array<{ actual: number; basis: string; span: Span }> {
  if (columns.length < 2 || !columns.every((k) => YEAR_ONLY.test(plainCell(table.header[k]?.text ?? '')))) return []
  const years = columns.map((k) => {
    const parts = picked.map((r) => countIn(r[k]))
    return { part: parts.every((p) => p !== undefined) ? parts.reduce<number>((a, p) => a + (p ?? 0), 0) : undefined, whole: countIn(total[k]) }
  })
  if (years.some((y) => y.part === undefined || !y.whole || (y.part ?? 0) >= (y.whole ?? 0))) return []
  const [part, whole] = years.reduce(([p, w], y) => [p + (y.part ?? 0), w + (y.whole ?? 0)], [0, 0])
  const each = years.map((y) => ((y.part ?? 0) / (y.whole ?? 1)) * 100)
  const first = columns[0] ?? 0
  const cells = picked.map((r) => plainCell(r[first]?.text ?? '')).join(' + ')
  return [{ actual: (part / whole) * 100, basis: `${cells} van ${plainCell(total[first]?.text ?? '')} in ${plainCell(table.header[first]?.text ?? '')} (over de jaren samen)`, span: [Math.min(...each), Math.max(...each)] }]
}
