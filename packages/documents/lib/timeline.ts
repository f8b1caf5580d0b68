import { withPlanning, type Actie, type Plan } from '@kapstok/core'
import { groupTitle, type AgendaGroup } from './agenda.js'
import type { Labels } from './labels.js'
import type { TimelineBlock, TimelineGroup, TimelineRow } from './types.js'

/** Longest row label before it is shortened with `…`. */
const labelLength = 60

/**
 * The timeline of the uitvoeringsagenda: one bar per actie with a readable start or end,
 * grouped by pijler as in the agenda. Dates come from `acties[].planning` (written by the
 * `agendaPlanning` transform), or are read the same way when a model comes without it.
 *
 * @param plan The model (for the plan period, which widens the axis).
 * @param groups The grouped agenda (from `groupAgenda`).
 * @param labels Labels.
 * @param id Anchor of the figure.
 * @returns The block, or `undefined` when no actie has a date to draw.
 */
export function agendaTimeline(plan: Plan, groups: AgendaGroup[], labels: Labels, id: string): TimelineBlock | undefined {
  const out: TimelineGroup[] = []
  let undated = 0
  let open = false
  for (const group of groups) {
    const rows: TimelineRow[] = []
    for (const actie of group.acties) {
      const row = timelineRow(actie)
      if (row) rows.push(row)
      else undated++
      open ||= row?.open === true
    }
    if (rows.length) out.push({ pijler: group.pijler?.id ?? '', title: groupTitle(group, labels), href: `#${group.anchor}`, rows })
  }
  const bars = out.flatMap((g) => g.rows)
  if (bars.length === 0) return undefined
  const years = bars.flatMap((r) => [year(r.start), year(r.end)])
  if (plan.document.periode) years.push(plan.document.periode.start, plan.document.periode.eind)
  const first = Math.min(...years)
  const last = Math.max(...years)
  const end = `${last}-12-31`
  for (const row of bars) if (row.open) row.end = end
  const [singular, plural] = labels.actie
  const count = (n: number) => `${n} ${n === 1 ? singular : plural}`
  const notes = undated ? [`${count(undated)} zonder leesbare datum ${undated === 1 ? 'staat' : 'staan'} niet in de tijdlijn.`] : []
  return {
    type: 'timeline',
    id,
    caption: labels.tijdlijn,
    description:
      `${labels.tijdlijn}: ${count(bars.length)} in ${out.length === 1 ? '1 groep' : `${out.length} groepen`}, van ${first} tot en met ${last}` +
      `${open ? ', doorlopende acties als open balk' : ''}. Dezelfde gegevens staan als tekst in de tabellen van de ${labels.uitvoeringsagenda.toLowerCase()}.`,
    start: `${first}-01-01`,
    end,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    groups: out,
    notes
  }
}

/**
 * One bar: from the first day the start can mean to the last day the end can mean. A start
 * or end read with less than full confidence is fuzzy over its whole period; a `doorlopend`
 * actie is open to the end of the axis (set by the caller).
 *
 * @param actie The actie.
 * @returns The row, or `undefined` when neither date can be read.
 */
export function timelineRow(actie: Actie): TimelineRow | undefined {
  const planning = actie.planning ?? withPlanning(actie).planning
  const start = planning?.start ?? planning?.eind
  const eind = planning?.eind ?? (planning?.doorlopend ? undefined : planning?.start)
  if (!start) return undefined
  const row: TimelineRow = {
    id: actie.id,
    label: shorten(actie.activiteit),
    period: [actie.start, actie.eind].filter(Boolean).join(' – '),
    start: start.van,
    end: eind?.tot ?? start.tot,
    open: planning?.doorlopend === true
  }
  if (start.zekerheid < 1) row.fuzzyStart = start.tot
  if (eind && eind.zekerheid < 1) row.fuzzyEnd = eind.van
  return row
}

function year(iso: string): number {
  return Number(iso.slice(0, 4))
}

// One line of label: cut at a word boundary.
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= labelLength) return flat
  const cut = flat.slice(0, labelLength - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > labelLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`
}

/**
 * Where a date falls on a timeline's axis, for drawing: 0 at `start`, 1 at the end of `end`.
 *
 * @param block The timeline (its `start` and `end`).
 * @param iso ISO date `YYYY-MM-DD`.
 * @param edge `end` for the end of that day (a bar's last day is drawn in full) (default: `start`).
 * @returns The fraction, clamped to 0–1.
 */
export function timelinePosition(block: Pick<TimelineBlock, 'start' | 'end'>, iso: string, edge: 'start' | 'end' = 'start'): number {
  const day = 86_400_000
  const from = Date.parse(`${block.start}T00:00:00Z`)
  const to = Date.parse(`${block.end}T00:00:00Z`) + day
  const at = Date.parse(`${iso}T00:00:00Z`) + (edge === 'end' ? day : 0)
  return Math.min(1, Math.max(0, (at - from) / (to - from)))
}
