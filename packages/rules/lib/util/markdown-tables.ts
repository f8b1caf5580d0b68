/**
 * The Markdown tables of a text, read once for every check that needs them: a header row, a
 * delimiter row and data rows, each cell with its offset, and the line before the table.
 */

import { splitRows } from './table-rows.js'

/** A table cell and its offset in the text. */
export interface Cell {
  text: string
  index: number
}

/** A Markdown table. */
export interface Table {
  /** The header row's cells. */
  header: Cell[]
  /** The data rows (no header, no delimiter row). */
  rows: Cell[][]
  /** The last non-empty line before the table and the header row, for words such as `verdeling`. */
  intro: string
}

/**
 * The Markdown tables of a text.
 *
 * @param text A prose text.
 * @returns The tables in order.
 */
export function markdownTables(text: string): Table[] {
  const out: Table[] = []
  let block: ReturnType<typeof splitRows> = []
  let intro = ''
  let previous = ''
  const flush = (): void => {
    if (block.length >= 3 && /^\|?\s*:?-{2,}/.test(block[1]?.line.trim() ?? '')) {
      out.push({ header: block[0]?.cells ?? [], rows: block.slice(2).map((row) => row.cells), intro: `${intro} ${block[0]?.line ?? ''}` })
    }
    block = []
  }
  for (const row of splitRows(text)) {
    if (row.line.trim().startsWith('|')) {
      if (block.length === 0) intro = previous
      block.push(row)
    } else {
      flush()
      if (row.line.trim()) previous = row.line
    }
  }
  flush()
  return out
}
