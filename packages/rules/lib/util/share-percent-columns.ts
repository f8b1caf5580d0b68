/**
 * Table columns whose header says they hold percentages (`%`, `Aandeel (%)`, `Verschil in
 * procent`) while their cells are plain numbers (`40`, `+12`): those cells are read as the
 * percentages they are, so the share and change checks see them.
 */

import type { Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'

// `%`, `(%)`, `in %`, `procent`, `percentage` in a header.
const PERCENT_HEADER = /(?:^|[\s(])%(?:$|[\s)])|\bprocent\b|\bpercentage\b/iu
const PLAIN = new RegExp(String.raw`^\**\s*([+\-−–]?)\s*(${PLAIN_NUMBER})\s*\**$`, 'u')
const EMPTY = /^\s*(?:[-–]|n\.v\.t\.|)\s*$/iu

/**
 * The tables with the plain numbers of percentage columns written as percentages (`40` → `40%`).
 *
 * @param tables The Markdown tables of a text.
 * @returns The same tables, those columns' cells with a percent sign.
 */
export function withPercentHeaders(tables: Table[]): Table[] {
  return tables.map((table) => {
    const columns = table.header.flatMap((head, p) => {
      const cells = table.rows.map((r) => r[p]?.text ?? '').filter((t) => !EMPTY.test(t))
      // Unsigned shares are at most 100; a signed change may be more.
      const plain = cells.every((t) => {
        const m = PLAIN.exec(t)
        return m !== null && (m[1] !== '' || (read(m[2] ?? '') ?? 101) <= 100)
      })
      return p > 0 && PERCENT_HEADER.test(head.text) && cells.length >= 2 && plain ? [p] : []
    })
    if (columns.length === 0) return table
    const rows = table.rows.map((row) => row.map((cell, p) => (columns.includes(p) && PLAIN.test(cell.text) ? { ...cell, text: `${cell.text.trimEnd()}%` } : cell)))
    return { ...table, rows }
  })
}
