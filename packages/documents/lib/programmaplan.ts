import { agendaSummary, groupAgenda } from './agenda.js'
import {
  agendaAppendix,
  begrippenChapter,
  bijlageSections,
  financienChapter,
  freeSections,
  inspraakChapter,
  kansenChapter,
  koersChapter,
  opgavenChapter,
  principesChapter,
  risicosChapter,
  type ChapterContext
} from './chapters.js'
import { pijlerSection, pijlersTitle } from './pijler.js'
import { hasContent, prose, section } from './section.js'
import type { SectionView } from './types.js'

/** Chapters and appendices of a document, before numbering. */
export interface DocumentParts {
  /** Main chapters in order. */
  chapters: SectionView[]
  /** Appendices in order. */
  appendices: SectionView[]
}

/**
 * Chapters in the order the source had them (`plan.volgorde`); chapters the order does not
 * name follow in the canonical order, so nothing is ever dropped.
 *
 * @param volgorde Keys such as `secties/0`, `koers/ambitie`, `principes`.
 * @param canonical Chapters by key, in canonical order.
 * @param secties Free chapters by their index in `plan.secties`.
 * @returns Chapters in order.
 */
function inSourceOrder(volgorde: string[], canonical: Array<[string, SectionView | undefined]>, secties: SectionView[]): SectionView[] {
  const byKey = new Map(canonical)
  const placed = new Set<string>()
  const out: SectionView[] = []
  const place = (key: string, view: SectionView | undefined): void => {
    if (placed.has(key)) return
    placed.add(key)
    if (view) out.push(view)
  }
  for (const entry of volgorde) {
    const sectie = /^secties\/(\d+)$/.exec(entry)
    if (sectie) place(entry, secties[Number(sectie[1])])
    else {
      const key = entry.startsWith('koers/') ? 'koers' : entry
      if (byKey.has(key)) place(key, byKey.get(key))
    }
  }
  for (const [key, view] of canonical) place(key, view)
  secties.forEach((view, index) => place(`secties/${index}`, view))
  return out
}

/**
 * The programmaplan: the full plan, with the uitvoeringsagenda as last appendix and a summary
 * of each pijler's part of it in the pijler's chapter.
 *
 * @param ctx Context.
 * @returns Chapters and appendices.
 */
export function programmaplanParts(ctx: ChapterContext): DocumentParts {
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

  const canonical: Array<[string, SectionView | undefined]> = [
    ['koers', koersChapter(ctx)],
    ['opgaven', opgavenChapter(ctx, 'opgaven')],
    ['effecten', opgavenChapter(ctx, 'effecten')],
    ['principes', principesChapter(ctx)],
    ['pijlers', hasContent(pijlers) ? pijlers : undefined],
    ['financien', financienChapter(ctx)],
    ['risicos', risicosChapter(ctx)],
    ['kansen', kansenChapter(ctx)],
    ['begrippen', begrippenChapter(ctx)],
    ['inspraak', inspraakChapter(ctx)]
  ]
  const chapters = plan.volgorde?.length
    ? inSourceOrder(plan.volgorde, canonical, free.byIndex)
    : [...free.first, ...canonical.map(([, view]) => view), ...free.last].filter((s): s is SectionView => s !== undefined)

  const appendices = [...bijlageSections(ctx), agendaAppendix(ctx, groups, agendaId)].filter(
    (s): s is SectionView => s !== undefined
  )
  return { chapters, appendices }
}
