import type { RenvooiPart, TableBlock, TableCell, TableRow } from '@kapstok/documents'
import { align } from './align.js'
import { rowMatchScore } from './row-match.js'
import { renvooi } from './words.js'

/**
 * A table of the new version with its changes against the old one marked per cell: an edited
 * cell as renvooi, a new row with every cell inserted, a row that is gone struck where it stood.
 * Rows are one row by the same measure as the agenda comparison (`rowMatchScore`: the text of
 * the activiteit column, or else the first cell, with a shared id lowering the bar); cells are
 * compared by column key, so a column that moved is no change.
 *
 * @param old The table in the old version (absent when the table is new).
 * @param now The table in the new version.
 * @returns The table to show; unchanged cells are as they were.
 */
export function markTable(old: TableBlock | undefined, now: TableBlock): TableBlock {
  if (!old) return { ...now, rows: now.rows.map((row) => markRow(row, 'added')) }
  const oldColumn = new Map(old.columns.map((c, i) => [c.key, i]))
  const cellOf = (row: TableRow, column: number): TableCell | undefined => {
    const key = now.columns[column]?.key
    const at = row.kind === 'row' || row.kind === 'total' ? (key === undefined ? undefined : oldColumn.get(key)) : column
    return at === undefined ? undefined : row.cells[at]
  }
  const same = (a: TableRow, b: TableRow) => a.kind === b.kind && a.id === b.id && b.cells.every((cell, i) => cellOf(a, i)?.text === cell.text)
  const describing = (columns: TableBlock['columns']) => Math.max(0, columns.findIndex((c) => c.key === 'activiteit'))
  const [oldText, nowText] = [describing(old.columns), describing(now.columns)]
  const pair = (a: TableRow, b: TableRow) =>
    a.kind === b.kind && rowMatchScore({ id: a.id, text: a.cells[oldText]?.text ?? '' }, { id: b.id, text: b.cells[nowText]?.text ?? '' }) !== undefined
  const rows = align(old.rows, now.rows, same, pair).map((step) => {
    if (!step.new) return markRow(step.old as TableRow, 'removed', old.columns.length === now.columns.length ? undefined : (row) => now.columns.map((_, i) => cellOf(row, i)))
    if (!step.old) return markRow(step.new, 'added')
    const before = step.old
    return {
      ...step.new,
      cells: step.new.cells.map((cell, i) => {
        const was = cellOf(before, i)?.text ?? ''
        return was === cell.text ? cell : { ...cell, renvooi: renvooi(was, cell.text) }
      })
    }
  })
  return { ...now, rows }
}

// A whole row inserted or struck; a struck row's cells follow the new columns where they can.
function markRow(row: TableRow, change: 'added' | 'removed', cells?: (row: TableRow) => Array<TableCell | undefined>): TableRow {
  const list = cells ? cells(row) : row.cells
  // A struck row keeps no anchor: its id may be taken by a row of the new version.
  const { id, ...rest } = row
  return { ...rest, ...(change === 'added' && id !== undefined ? { id } : {}), cells: list.map((cell) => ({ ...(cell ?? { text: '' }), renvooi: whole(cell?.text ?? '', change) })) }
}

function whole(text: string, change: 'added' | 'removed'): RenvooiPart[] {
  return text ? [{ text, change }] : []
}
