import { isBedrag, type Bedrag, type FinRij, type FinTabel, type Plan, type Post, type Taakstelling } from '@kapstok/core'
import { computeTotals } from '@kapstok/documents'
import type { AmountChange, AmountChanges, TotalChange } from './types.js'

/**
 * Compare the amounts of two versions: every cell of the finance tables (tables paired by id,
 * else by title; rows by label; columns by header) and every taakstelling amount, reduction
 * and distribution. Totals are those kapstok computes from the parts (`computeTotals`), so a
 * changed part shows its effect on the total even when the source's total row was not updated.
 *
 * @param oldPlan The old version.
 * @param newPlan The new version.
 * @returns Changed amounts and totals.
 */
export function compareAmounts(oldPlan: Plan, newPlan: Plan): AmountChanges {
  const changed: AmountChange[] = []
  const totals: TotalChange[] = []
  const oldTables = oldPlan.financien?.tabellen ?? []
  for (const table of newPlan.financien?.tabellen ?? []) {
    const before = oldTables.find((t) => t.id === table.id) ?? oldTables.find((t) => t.titel === table.titel)
    if (!before) continue
    changed.push(...tableCells(before, table))
    totals.push(...tableTotals(before, table))
  }
  const oldTaken = oldPlan.financien?.taakstellingen ?? []
  for (const taak of newPlan.financien?.taakstellingen ?? []) {
    const before = oldTaken.find((t) => t.id === taak.id) ?? oldTaken.find((t) => t.titel === taak.titel)
    if (before) changed.push(...taakstelling(before, taak))
  }
  return { changed, totals }
}

function tableCells(before: FinTabel, after: FinTabel): AmountChange[] {
  const out: AmountChange[] = []
  const oldRows = keyedRows(before)
  const newRows = keyedRows(after)
  const columns = union(before.kolommen, after.kolommen)
  for (const key of union([...oldRows.keys()], [...newRows.keys()])) {
    const row = newRows.get(key) ?? oldRows.get(key)
    for (const column of columns) {
      const old = cell(before, oldRows.get(key)?.rij, column)
      const now = cell(after, newRows.get(key)?.rij, column)
      const change = amountChange(after.titel, row?.name ?? key, column, old, now)
      if (change) out.push(change)
    }
  }
  return out
}

// Rows (not totals) by label and occurrence, so rows without a label or with the same label stay apart.
function keyedRows(table: FinTabel): Map<string, { rij: FinRij; name: string }> {
  const out = new Map<string, { rij: FinRij; name: string }>()
  const seen = new Map<string, number>()
  table.rijen.forEach((rij, index) => {
    if (rij.totaal) return
    const label = rij.label.trim()
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    out.set(`${label}\u0000${n}`, { rij, name: label || `rij ${index + 1}` })
  })
  return out
}

function tableTotals(before: FinTabel, after: FinTabel): TotalChange[] {
  const out: TotalChange[] = []
  const oldTotals = totalsOf(before)
  for (const [key, total] of totalsOf(after)) {
    const old = oldTotals.get(key)
    if (old === undefined || old.value === total.value) continue
    out.push({ table: after.titel, row: total.row, column: total.column, old: old.value, new: total.value, delta: total.value - old.value })
  }
  return out
}

// Computed totals by row label and column; a table without total rows has one sum per column.
function totalsOf(table: FinTabel): Map<string, { row: string; column: string; value: number }> {
  const out = new Map<string, { row: string; column: string; value: number }>()
  const computed = computeTotals(table)
  const sums = computed.length
    ? computed.map((t) => ({ row: t.label, values: t.computed }))
    : [{ row: 'Totaal', values: table.kolommen.map((_, i) => table.rijen.reduce<number | null>((sum, r) => add(sum, amountOf(r.bedragen[i])?.centen), null)) }]
  for (const { row, values } of sums) {
    values.forEach((value, i) => {
      const column = table.kolommen[i] ?? ''
      if (value !== null) out.set(`${row}\u0000${column}`, { row, column, value })
    })
  }
  return out
}

function taakstelling(before: Taakstelling, after: Taakstelling): AmountChange[] {
  const out: AmountChange[] = []
  const own = amountChange(after.titel, after.titel, '', before.bedrag, after.bedrag)
  if (own) out.push(own)
  for (const list of ['verminderingen', 'verdeling'] as const) {
    const olds: Post[] = before[list] ?? []
    const news: Post[] = after[list] ?? []
    for (const label of union(olds.map((p) => p.label), news.map((p) => p.label))) {
      const change = amountChange(after.titel, label, list, olds.find((p) => p.label === label)?.bedrag, news.find((p) => p.label === label)?.bedrag)
      if (change) out.push(change)
    }
  }
  return out
}

function amountChange(table: string, row: string, column: string, old: Bedrag | undefined, now: Bedrag | undefined): AmountChange | undefined {
  if (old?.centen === now?.centen) return undefined
  const change: AmountChange = { table, row, column, delta: (now?.centen ?? 0) - (old?.centen ?? 0) }
  if (old) change.old = old
  if (now) change.new = now
  return change
}

function cell(table: FinTabel, rij: FinRij | undefined, column: string): Bedrag | undefined {
  const index = table.kolommen.indexOf(column)
  return index < 0 ? undefined : amountOf(rij?.bedragen[index])
}

function add(sum: number | null, cents: number | undefined): number | null {
  return cents === undefined ? sum : (sum ?? 0) + cents
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])]
}

// A cell's amount; `-`, `PM` and `n.v.t.` cells (GeenBedrag) and empty cells have none.
function amountOf(cell: FinRij['bedragen'][number] | undefined): Bedrag | undefined {
  return cell !== undefined && isBedrag(cell) ? cell : undefined
}
