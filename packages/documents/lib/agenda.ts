import type { Actie, Pijler, Plan } from '@kapstok/core'
import { parseDutchPeriod } from '@kapstok/nl'
import type { Anchors } from './anchors.js'
import { inlineCell } from './inline.js'
import type { Labels } from './labels.js'
import type { AgendaSummaryBlock, TableBlock, TableColumn, TableRow } from './types.js'

/** The agenda columns, in order, as in the CSV export. */
export const agendaFields = [
  'id',
  'pijler',
  'subkop',
  'activiteit',
  'doel',
  'start',
  'eind',
  'domein',
  'eigenaar',
  'status',
  'bijzonderheden'
] as const

/** One pijler's part of the uitvoeringsagenda. */
export interface AgendaGroup {
  /** The pijler, or `undefined` for acties without (known) pijler. */
  pijler: Pijler | undefined
  /** Anchor of this part in the appendix, e.g. `agenda-t1`. */
  anchor: string
  /** Subkoppen in order of first appearance; acties without subkop have `subkop: undefined`. */
  subgroups: Array<{ subkop: string | undefined; acties: Actie[] }>
  /** Every actie of the group, in source order. */
  acties: Actie[]
  /** The acties of every pijler (`alle thema's` in the source), which have no pijler of their own. */
  programmabreed?: true
}

/**
 * Group the agenda pijler > subkop, pijlers in model order, each actie exactly once;
 * acties without (known) pijler come last.
 *
 * @param plan The model.
 * @param anchors Anchor allocator for the group anchors.
 * @returns The groups (only those with acties).
 */
export function groupAgenda(plan: Plan, anchors: Anchors): AgendaGroup[] {
  const pijlers = plan.pijlers ?? []
  const known = new Set(pijlers.map((p) => p.id))
  const groups: AgendaGroup[] = []
  const make = (pijler: Pijler | undefined, acties: Actie[], programmabreed?: true): void => {
    if (acties.length === 0) return
    const subgroups: AgendaGroup['subgroups'] = []
    for (const actie of acties) {
      let group = subgroups.find((g) => g.subkop === actie.subkop)
      if (!group) subgroups.push((group = { subkop: actie.subkop, acties: [] }))
      group.acties.push(actie)
    }
    groups.push({ pijler, anchor: anchors.create(`agenda-${pijler?.id ?? (programmabreed ? 'programmabreed' : 'overig')}`), subgroups, acties, ...(programmabreed ? { programmabreed } : {}) })
  }
  const acties = plan.acties ?? []
  for (const pijler of pijlers) make(pijler, acties.filter((a) => a.pijler === pijler.id))
  const withoutPijler = acties.filter((a) => a.pijler === undefined || !known.has(a.pijler))
  // Rows for every pijler (`alle thema's`) are the programme's own, not left over.
  make(undefined, withoutPijler.filter((a) => a.allePijlers), true)
  make(undefined, withoutPijler.filter((a) => !a.allePijlers))
  return groups
}

/**
 * The agenda table of one group: subkop rows as subgroups, columns that are empty for every
 * actie of the plan left out.
 *
 * @param group The group.
 * @param caption Table caption.
 * @param columns Columns to show (from `agendaColumns`).
 * @returns The table block.
 */
export function agendaTable(group: AgendaGroup, caption: string, columns: TableColumn[]): TableBlock {
  const rows: TableRow[] = []
  const subkoppen = group.subgroups.some((g) => g.subkop !== undefined)
  for (const subgroup of group.subgroups) {
    if (subkoppen) rows.push({ kind: 'subgroup', cells: [{ text: subgroup.subkop ?? '' }] })
    for (const actie of subgroup.acties) {
      rows.push({
        kind: 'row',
        id: actie.id,
        cells: columns.map((c) => inlineCell(String(actie[c.key as keyof Actie] ?? '')))
      })
    }
  }
  return { type: 'table', id: `${group.anchor}-tabel`, caption, columns, rows, notes: [] }
}

/**
 * The columns of the agenda table: activiteit first, then every other field (except id, pijler
 * and subkop, shown by grouping) that has a value in some actie. Headers are the pack's words
 * where it sets them (`mapped`), else the plan's own (`Trekker`), else the default label.
 *
 * @param acties All acties.
 * @param labels Labels.
 * @param own The plan's own headers by field (`plan.agendaKolommen`) (optional).
 * @param mapped Headers the pack or plan configuration sets (`labels.columns`) (optional).
 * @returns The columns.
 */
export function agendaColumns(acties: Actie[], labels: Labels, own?: Record<string, string | undefined>, mapped?: Record<string, string | undefined>): TableColumn[] {
  const fields = agendaFields.filter(
    (f) => f === 'activiteit' || (f !== 'id' && f !== 'pijler' && f !== 'subkop' && acties.some((a) => a[f]))
  )
  return fields.map((f) => ({ key: f, label: mapped?.[f] ?? own?.[f] ?? labels.columns[f] ?? f, align: 'left' }))
}

/** Options for `agendaSummary`. */
export interface AgendaSummaryOptions {
  /** Labels. */
  labels: Labels
  /** Link text to the appendix, e.g. `Bijlage 3: Uitvoeringsagenda`; the group's title is appended. */
  linkText: string
}

/**
 * Summarise one pijler's agenda: number of acties, earliest start, latest end, link.
 *
 * @param group The pijler's group.
 * @param options Labels and link text.
 * @returns The summary block.
 */
export function agendaSummary(group: AgendaGroup, options: AgendaSummaryOptions): AgendaSummaryBlock {
  const count = group.acties.length
  const [singular, plural] = options.labels.actie
  const start = earliest(group.acties.map((a) => a.start))
  const end = latest(group.acties.map((a) => a.eind))
  let text = `${count} ${count === 1 ? singular : plural}`
  if (start && end) text += `, van ${start} tot en met ${end}`
  else if (start) text += `, vanaf ${start}`
  else if (end) text += `, tot en met ${end}`
  const block: AgendaSummaryBlock = {
    type: 'agenda-summary',
    pijler: group.pijler?.id ?? '',
    count,
    text: `${text}.`,
    linkText: `${options.linkText}, ${groupTitle(group, options.labels)}`,
    href: `#${group.anchor}`
  }
  if (start) block.start = start
  if (end) block.end = end
  return block
}

// The source text of the earliest start, judged by its normalised start date.
function earliest(texts: Array<string | undefined>): string | undefined {
  let best: { text: string; iso: string } | undefined
  for (const text of texts) {
    const iso = text ? parseDutchPeriod(text).start : undefined
    if (text && iso && (!best || iso < best.iso)) best = { text, iso }
  }
  return best?.text
}

// The source text of the latest end, judged by its normalised end (or start) date.
function latest(texts: Array<string | undefined>): string | undefined {
  let best: { text: string; iso: string } | undefined
  for (const text of texts) {
    const period = text ? parseDutchPeriod(text) : undefined
    const iso = period?.end ?? period?.start
    if (text && iso && (!best || iso > best.iso)) best = { text, iso }
  }
  return best?.text
}

/**
 * The title of an agenda group: the pijler's short title, else its title; "Programmabrede acties"
 * for rows of every pijler, else "Overige acties".
 *
 * @param group The group.
 * @param labels Labels.
 * @returns The title.
 */
export function groupTitle(group: AgendaGroup, labels: Labels): string {
  return group.pijler ? (group.pijler.korteTitel ?? group.pijler.titel) : group.programmabreed ? labels.programmabredeActies : labels.overigeActies
}
