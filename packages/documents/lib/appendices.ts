/**
 * What a plan document puts after its chapters: the bijlagen, and the uitvoeringsagenda as an
 * appendix when a document places it there (see `ChapterContext.agenda`).
 */
import type { AgendaGroup } from './agenda.js'
import { agendaColumns, agendaTable, groupTitle } from './agenda.js'
import type { ChapterContext } from './chapters.js'
import { prose, section } from './section.js'
import { agendaTimeline } from './timeline.js'
import type { SectionView } from './types.js'

/**
 * The bijlagen as appendices.
 *
 * @param ctx Context.
 * @returns One appendix section per bijlage.
 */
export function bijlageSections(ctx: ChapterContext): SectionView[] {
  return (ctx.plan.bijlagen ?? []).map((b) =>
    section({
      id: b.id,
      title: b.titel,
      role: 'bijlage',
      blocks: [prose(b.tekst), b.extern ? { type: 'meta', items: [{ label: 'Extern document', value: b.extern }] } : undefined]
    })
  )
}

/**
 * The full uitvoeringsagenda as an appendix: one paragraph per pijler, a table per pijler with
 * subkop rows; every actie exactly once. With `timeline`, a timeline of all acties comes
 * before the tables.
 *
 * @param ctx Context.
 * @param groups The grouped agenda (from `groupAgenda`).
 * @param id Anchor of the appendix.
 * @param timeline Whether to add the timeline (default: `false`).
 * @returns The appendix, or `undefined` without acties.
 */
export function agendaAppendix(ctx: ChapterContext, groups: AgendaGroup[], id: string, timeline = false): SectionView | undefined {
  if (groups.length === 0) return undefined
  const columns = agendaColumns(ctx.plan.acties ?? [], ctx.labels, ctx.plan.agendaKolommen, ctx.columnLabels)
  return section({
    id,
    title: ctx.labels.uitvoeringsagenda,
    role: 'agenda',
    blocks: [prose(ctx.plan.inleidingen?.acties), timeline && agendaTimeline(ctx.plan, groups, ctx.labels, ctx.anchors.create(`${id}-tijdlijn`))],
    sections: groups.map((g) => {
      const title = groupTitle(g, ctx.labels)
      return section({
        id: g.anchor,
        title,
        role: 'agenda-pijler',
        blocks: [agendaTable(g, `${ctx.labels.uitvoeringsagenda}: ${title}`, columns)]
      })
    })
  })
}
