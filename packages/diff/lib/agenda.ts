import type { Actie, Plan } from '@kapstok/core'
import { agendaFields } from '@kapstok/documents'
import { parseDutchPeriod } from '@kapstok/nl'
import type { AgendaChanges, AgendaRowChange, AgendaRowRef, DateMove, FieldChange } from './types.js'
import { rowMatchScore, type RowMatchThresholds } from './row-match.js'

/** Options for `compareAgenda`: the least similarity of the activiteit to take two rows as one. */
export type CompareAgendaOptions = RowMatchThresholds

/**
 * Compare the uitvoeringsagenda of two versions. Rows with the same activiteit are one row;
 * the others are paired most alike first, where a shared id counts for something but does not
 * decide alone (generated ids like `actie-12` shift when a row is inserted above). Unpaired
 * rows are added or removed.
 *
 * @param oldPlan The old version.
 * @param newPlan The new version.
 * @param options Thresholds (optional).
 * @returns Added, removed and changed rows.
 */
export function compareAgenda(oldPlan: Plan, newPlan: Plan, options: CompareAgendaOptions = {}): AgendaChanges {
  const olds = oldPlan.acties ?? []
  const news = newPlan.acties ?? []
  const pairs: Array<{ a: Actie; b: Actie }> = []
  const usedOld = new Set<Actie>()
  const usedNew = new Set<Actie>()
  const pair = (a: Actie, b: Actie) => {
    pairs.push({ a, b })
    usedOld.add(a)
    usedNew.add(b)
  }
  // The same text: cheap, and most rows of a revised plan.
  const byText = new Map<string, Actie[]>()
  for (const a of olds) byText.set(key(a.activiteit), [...(byText.get(key(a.activiteit)) ?? []), a])
  for (const b of news) {
    const same = (byText.get(key(b.activiteit)) ?? []).filter((a) => !usedOld.has(a))
    const a = same.find((x) => x.id === b.id) ?? same[0]
    if (a) pair(a, b)
  }
  // Edited texts: most alike first; a shared id lowers the bar and breaks ties.
  const candidates: Array<{ a: Actie; b: Actie; score: number }> = []
  const restNew = news.filter((x) => !usedNew.has(x))
  for (const a of olds.filter((x) => !usedOld.has(x))) {
    for (const b of restNew) {
      const score = rowMatchScore({ id: a.id, text: a.activiteit }, { id: b.id, text: b.activiteit }, options)
      if (score !== undefined) candidates.push({ a, b, score })
    }
  }
  for (const { a, b } of candidates.sort((x, y) => y.score - x.score)) {
    if (!usedOld.has(a) && !usedNew.has(b)) pair(a, b)
  }
  const changed: AgendaRowChange[] = []
  const order = new Map(news.map((b, i) => [b, i]))
  for (const { a, b } of pairs.sort((x, y) => (order.get(x.b) ?? 0) - (order.get(y.b) ?? 0))) {
    const cells = changedCells(a, b, oldPlan, newPlan)
    if (cells.length === 0) continue
    changed.push({ old: rowRef(a, oldPlan), new: rowRef(b, newPlan), matchedBy: a.id === b.id ? 'id' : 'tekst', cells, moved: moves(cells) })
  }
  return {
    added: news.filter((b) => !usedNew.has(b)).map((b) => rowRef(b, newPlan)),
    removed: olds.filter((a) => !usedOld.has(a)).map((a) => rowRef(a, oldPlan)),
    changed
  }
}

// The cells the reader sees, in agenda column order; the pijler by its title, since ids may be generated.
function changedCells(a: Actie, b: Actie, oldPlan: Plan, newPlan: Plan): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of agendaFields) {
    if (field === 'id') continue
    const old = field === 'pijler' ? pijlerTitle(a, oldPlan) ?? '' : a[field] ?? ''
    const now = field === 'pijler' ? pijlerTitle(b, newPlan) ?? '' : b[field] ?? ''
    if (old.trim() !== now.trim()) out.push({ field, old, new: now })
  }
  return out
}

function moves(cells: FieldChange[]): DateMove[] {
  return cells
    .filter((c): c is FieldChange & { field: 'start' | 'eind' } => c.field === 'start' || c.field === 'eind')
    .map((c) => {
      // A start moves with its first day, an end with its last.
      const day = (text: string) => (text ? parseDutchPeriod(text)[c.field === 'start' ? 'start' : 'end'] : undefined)
      const from = day(c.old)
      const to = day(c.new)
      const move: DateMove = { field: c.field, old: c.old, new: c.new }
      if (from && to) move.days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
      return move
    })
}

function key(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

function rowRef(actie: Actie, plan: Plan): AgendaRowRef {
  const ref: AgendaRowRef = { id: actie.id, activiteit: actie.activiteit }
  const pijler = pijlerTitle(actie, plan)
  if (pijler) ref.pijler = pijler
  return ref
}

function pijlerTitle(actie: Actie, plan: Plan): string | undefined {
  const pijler = plan.pijlers?.find((p) => p.id === actie.pijler)
  return pijler ? (pijler.korteTitel ?? pijler.titel) : actie.pijler
}
