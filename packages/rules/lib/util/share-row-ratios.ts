/**
 * A table column of percentages that are, row by row, one count column of the row divided by
 * another (`| Wijk | Huishoudens | Bereikt | Bereik |`): found when most rows fit one pair of
 * columns and no other pair fits as many; the rows that do not fit are claims that fail.
 */

import type { Cell, Table } from './markdown-tables.js'
import type { ShareClaim } from './share-claims.js'
import { read } from './share-tolerance.js'
import { COUNT_CELL, PERCENT_CELL, step } from './share-wholes.js'
import { isYearNumber } from './year-numbers.js'
import { plainCell } from './cell-text.js'

const count = (cell: Cell | undefined): number | undefined => {
  const written = COUNT_CELL.exec(cell?.text ?? '')?.[1]
  return written === undefined || isYearNumber(written) ? undefined : read(written)
}

/**
 * The percentages of a table that are a ratio of two count columns of their own row.
 *
 * @param tables The Markdown tables of a text.
 * @returns One claim per percentage of such a column, fitting or not.
 */
export function rowRatioClaims(tables: Table[]): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const table of tables) {
    const width = Math.max(...table.rows.map((r) => r.length))
    for (let p = 1; p < width; p++) {
      const rows = table.rows.filter((r) => PERCENT_CELL.test(r[p]?.text ?? ''))
      if (rows.length < 3) continue
      const pairs: Array<{ claims: ShareClaim[]; fitting: number }> = []
      for (let a = 1; a < width; a++) {
        for (let b = 1; b < width; b++) {
          if (a === b || a === p || b === p || !rows.every((r) => (count(r[a]) ?? Infinity) <= (count(r[b]) ?? 0) && (count(r[b]) ?? 0) > 0)) continue
          const claims = rows.map((row) => {
            const cell = row[p] as Cell
            const written = PERCENT_CELL.exec(cell.text)?.[1] ?? ''
            const actual = ((count(row[a]) ?? 0) / (count(row[b]) ?? 1)) * 100
            const said = plainCell(cell.text)
            return { said, index: cell.index + cell.text.indexOf(said), actual, basis: `${plainCell(row[a]?.text ?? '')} van ${plainCell(row[b]?.text ?? '')}`, fits: Math.abs(actual - (read(written) ?? 0)) <= step(written) + 1e-9 }
          })
          pairs.push({ claims, fitting: claims.filter((c) => c.fits).length })
        }
      }
      // Most rows fit one pair, and no other pair fits as many: then the column is that ratio.
      const best = Math.max(0, ...pairs.map((x) => x.fitting))
      const top = pairs.filter((x) => x.fitting === best)
      if (top.length === 1 && best >= 2 && best > rows.length - best) out.push(...(top[0]?.claims ?? []))
    }
  }
  return out
}
