import { agendaSummary, groupAgenda } from './agenda.js'
import { agendaAppendix, bijlageSections } from './appendices.js'
import { canonicalChapters, freeSections, type ChapterContext } from './chapters.js'
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
 * The programmaplan: the full plan, with the uitvoeringsagenda where the source has it — a
 * chapter when the source puts it before other chapters or the bijlagen, else the last
 * appendix (always the last appendix with `agenda: 'bijlage'`) — and a summary of each
 * pijler's part of it in the pijler's chapter. The summaries' link texts name the agenda's
 * number once the document is numbered (`linkAgendaSummaries`), and (unless `timeline` is `false`) a
 * timeline of the agenda.
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
  const linkText = labels.uitvoeringsagenda

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

  const agenda = agendaAppendix(ctx, groups, agendaId, options.timeline ?? true)
  const inBody = ctx.agenda !== 'bijlage' && agendaInBody(plan.volgorde)
  const canonical = canonicalChapters(ctx, pijlers, true)
  if (inBody) canonical.push(['acties', agenda])
  const chapters = orderChapters(plan.volgorde, canonical, free, plan.hoofdstuknummers)

  const appendices = [...bijlageSections(ctx), inBody ? undefined : agenda].filter((s): s is SectionView => s !== undefined)
  return { chapters, appendices }
}

/**
 * Whether the source puts the uitvoeringsagenda among the chapters: another chapter or the
 * bijlagen follow it. An agenda at the very end stays an appendix, as plans usually number it.
 *
 * @param volgorde The plan's source order (optional).
 * @returns `true` for a chapter.
 */
export function agendaInBody(volgorde: string[] | undefined): boolean {
  const at = volgorde?.indexOf('acties') ?? -1
  return volgorde !== undefined && at >= 0 && at < volgorde.length - 1
}

/**
 * Complete the link texts of the agenda summaries once the document is numbered: `Bijlage 10:
 * Uitvoeringsagenda, Sociale basis` or `Hoofdstuk 7: Uitvoeringsagenda, Sociale basis`, so
 * the link names the number the reader sees. Changes the blocks in place.
 *
 * @param sections The numbered document.
 * @param chapterWord Word before a chapter number, e.g. `Hoofdstuk`.
 */
export function linkAgendaSummaries(sections: SectionView[], chapterWord: string): void {
  const all = flatten(sections)
  const agenda = all.find((s) => s.role === 'agenda')
  if (!agenda) return
  const number = agenda.numberLabel ? (agenda.appendix ? agenda.numberLabel : `${chapterWord} ${agenda.numberLabel}`) : undefined
  const groups = new Map(agenda.sections.map((g) => [`#${g.id}`, g.title]))
  for (const s of all) {
    for (const block of s.blocks) {
      if (block.type !== 'agenda-summary') continue
      const group = groups.get(block.href)
      block.linkText = `${number ? `${number}: ` : ''}${agenda.title}${group ? `, ${group}` : ''}`
    }
  }
}

function flatten(sections: SectionView[]): SectionView[] {
  return sections.flatMap((s) => [s, ...flatten(s.sections)])
}
