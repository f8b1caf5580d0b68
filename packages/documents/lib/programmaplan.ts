import { agendaSummary, groupAgenda } from './agenda.js'
import { agendaAppendix, bijlageSections, canonicalChapters, freeSections, type ChapterContext } from './chapters.js'
import { pijlerSection, pijlersTitle } from './pijler.js'
import { orderChapters } from './order.js'
import { prose, section } from './section.js'
import type { SectionView } from './types.js'

/** Chapters and appendices of a document, before numbering. */
export interface DocumentParts {
  /** Main chapters in order. */
  chapters: SectionView[]
  /** Appendices in order. */
  appendices: SectionView[]
}

/**
 * The programmaplan: the full plan, with the uitvoeringsagenda as last appendix and a summary
 * of each pijler's part of it in the pijler's chapter, and (unless `timeline` is `false`) a
 * timeline of the agenda in that appendix.
 *
 * @param ctx Context.
 * @param options Whether to draw the timeline (default: `true`).
 * @returns Chapters and appendices.
 */
export function programmaplanParts(ctx: ChapterContext, options: { timeline?: boolean } = {}): DocumentParts {
  const { plan, labels, anchors } = ctx
  const free = freeSections(ctx)
  const agendaId = anchors.create('uitvoeringsagenda')
  const groups = groupAgenda(plan, anchors)
  const agendaNumber = (plan.bijlagen?.length ?? 0) + 1
  const linkText = `${labels.bijlage} ${agendaNumber}: ${labels.uitvoeringsagenda}`

  const pijlers = section({
    id: anchors.create('pijlers'),
    title: pijlersTitle(plan, labels),
    role: 'pijlers',
    blocks: [prose(plan.inleidingen?.pijlers)],
    sections: (plan.pijlers ?? []).map((pijler) => {
      const group = groups.find((g) => g.pijler === pijler)
      return pijlerSection(pijler, {
        labels,
        anchors,
        full: true,
        summary: group ? agendaSummary(group, { labels, linkText }) : undefined
      })
    })
  })

  const canonical = canonicalChapters(ctx, pijlers, true)
  const chapters = orderChapters(plan.volgorde, canonical, free)

  const appendices = [...bijlageSections(ctx), agendaAppendix(ctx, groups, agendaId, options.timeline ?? true)].filter(
    (s): s is SectionView => s !== undefined
  )
  return { chapters, appendices }
}
