/**
 * The tables of a finance chapter (`financien.tabellen`) as Markdown-like tables for the share
 * checks: a column of shares (`Aandeel`) beside a column of counts (`Inwoners`) is read the same
 * in a finance chapter as in running text. The reader keeps amount columns and text columns
 * apart; their order in the source is restored from the header cells' positions.
 */

import type { FinTabel, Plan, PlanFile } from '@kapstok/core'
import type { Cell, Table } from './markdown-tables.js'

/** A finance table read as a table of cells, with the model pointer of each cell. */
export interface FinanceShareTable {
  /** The table; each cell's `index` is `STRIDE` times its number in `pointers`. */
  table: Table
  /** The model pointer of each cell (`/financien/tabellen/2/rijen/1/teksten/0`). */
  pointers: string[]
}

/** The distance between two cells' synthetic offsets: a claim's offset inside a cell stays below it. */
export const STRIDE = 10_000

/**
 * The finance tables of a plan whose column order is known from the source.
 *
 * @param plan The model.
 * @param file The file, for the source positions of the header cells.
 * @returns One table per finance table read from Markdown.
 */
export function financeShareTables(plan: Plan, file: PlanFile): FinanceShareTable[] {
  return (plan.financien?.tabellen ?? []).flatMap((tabel, i) => {
    const base = `/financien/tabellen/${i}`
    const columns = columnOrder(tabel, base, file)
    if (!columns) return []
    const pointers: string[] = []
    const cell = (text: string, pointer: string): Cell => {
      pointers.push(pointer)
      return { text, index: (pointers.length - 1) * STRIDE }
    }
    const header = [cell('', `${base}/rijen`), ...columns.map((c) => cell(c.header, c.pointer))]
    const rows = tabel.rijen.map((rij, r) => [
      cell(rij.label, `${base}/rijen/${r}/label`),
      ...columns.map((c) => {
        const value = c.kind === 'bedragen' ? rij.bedragen[c.k] : rij.teksten?.[c.k]
        const text = typeof value === 'string' ? value : (value?.tekst ?? '')
        return cell(text, `${base}/rijen/${r}/${c.kind}/${c.k}`)
      })
    ])
    return [{ table: { header, rows, intro: tabel.titel }, pointers }]
  })
}

interface Column {
  kind: 'bedragen' | 'teksten'
  k: number
  header: string
  pointer: string
}

// The amount and text columns in source order, by their header cells' positions; none when a position is unknown (YAML).
function columnOrder(tabel: FinTabel, base: string, file: PlanFile): Column[] | undefined {
  const columns: Array<Column & { at: number }> = []
  const add = (kind: Column['kind'], headers: string[], key: string): boolean =>
    headers.every((header, k) => {
      const start = file.sourceMap.get(`${base}/${key}/${k}`)?.start
      if (start?.offset === undefined) return false
      columns.push({ kind, k, header, pointer: `${base}/${key}/${k}`, at: start.offset })
      return true
    })
  if (!add('bedragen', tabel.kolommen, 'kolommen') || !add('teksten', tabel.tekstkolommen ?? [], 'tekstkolommen')) return undefined
  return columns.sort((a, b) => a.at - b.at)
}
