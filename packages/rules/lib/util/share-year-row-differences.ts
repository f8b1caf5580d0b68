/**
 * The level a difference grew from, in a table with a row per year (`| 2026 | 80 |` above `| 2027 | 98 |`
 * and `groeide in 2027 met 18 vergeleken met het jaar ervoor, ruim een vijfde`): a column whose cells
 * in two year rows lie exactly the difference apart, in the direction said. The years the sentence names
 * choose the rows: both, or the later one with the row above it. A sentence that names no year leaves
 * the rows to the difference alone, as for year columns. Used by `share-differences`.
 */

import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { COUNT_CELL } from './share-wholes.js'

const YEAR_CELL = /^\s*\**\s*((?:19|20)\d{2})\s*\**\s*$/u
const YEAR = /\b(?:19|20)\d{2}\b/gu

/** An earlier and a later cell of one column, as written. */
export interface CellPair {
  from: string
  to: string
}

/**
 * The pairs of year rows of one column that lie the difference apart.
 *
 * @param table A table.
 * @param gap The difference said.
 * @param down Whether the sentence says a fall.
 * @param sentence The sentence up to the share, for the years it names.
 * @returns The pairs found; none when the table has fewer than two year rows.
 */
export function yearRowDifferences(table: Table, gap: number, down: boolean, sentence: string): CellPair[] {
  const rows = table.rows.flatMap((r) => {
    const year = YEAR_CELL.exec(r[0]?.text ?? '')?.[1]
    return year ? [{ year: Number(year), row: r }] : []
  })
  if (rows.length < 2) return []
  const named = [...new Set((sentence.match(YEAR) ?? []).map(Number))]
  // Which rows the sentence speaks of: both years it names, or the one it names against the row above.
  const pairs = rows.flatMap((a, i) => rows.slice(i + 1).map((b) => [a, b] as const)).filter(([a, b]) =>
    named.length === 2 ? named.includes(a.year) && named.includes(b.year) : named.length === 1 ? b.year === named[0] && a.year === b.year - 1 : b.year === a.year + 1
  )
  const found: CellPair[] = []
  for (let k = 1; k < table.header.length; k++) {
    for (const [a, b] of pairs) {
      const [from, to] = [COUNT_CELL.exec(a.row[k]?.text ?? '')?.[1], COUNT_CELL.exec(b.row[k]?.text ?? '')?.[1]]
      const [x, y] = [read(from ?? ''), read(to ?? '')]
      if (from && to && x && y !== undefined && Math.abs(y - x) === gap && y < x === down) found.push({ from, to })
    }
  }
  return found
}
