import { buildBesluit } from './besluit.js'
import {
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
import { orderChapters } from './order.js'
import { publicationItems } from './meta.js'
import { pijlerSection, pijlersTitle } from './pijler.js'
import type { DocumentParts } from './programmaplan.js'
import { hasContent, prose, section } from './section.js'
import type { SectionView } from './types.js'

/**
 * The beleidskader: koers, opgaven/effecten, principes and pijlers with doelen, kaders and
 * indicatoren — no operational agenda. When the plan is `vastgesteld`, the publication
 * metadata and the raadsbesluit follow. When the plan itself is a beleidskader, this is its
 * full document: its other chapters (in source order) and bijlagen are part of it too.
 *
 * @param ctx Context.
 * @returns Chapters and appendices.
 */
export function beleidskaderParts(ctx: ChapterContext): DocumentParts {
  const { plan, labels, anchors } = ctx
  const vastgesteld = plan.document.status === 'vastgesteld'
  const pijlers = section({
    id: anchors.create('pijlers'),
    title: pijlersTitle(plan, labels),
    role: 'pijlers',
    blocks: [prose(plan.inleidingen?.pijlers)],
    sections: (plan.pijlers ?? []).map((p) => pijlerSection(p, { labels, anchors, full: false }))
  })
  const publicatie = publicationItems(plan, labels)
  const own = plan.document.soort === 'beleidskader'
  const canonical: Array<[string, SectionView | undefined]> = [
    ['koers', koersChapter(ctx)],
    ['opgaven', opgavenChapter(ctx, 'opgaven')],
    ['effecten', opgavenChapter(ctx, 'effecten')],
    ['principes', principesChapter(ctx)],
    ['pijlers', hasContent(pijlers) ? pijlers : undefined],
    ...(own
      ? ([
          ['financien', financienChapter(ctx)],
          ['risicos', risicosChapter(ctx)],
          ['kansen', kansenChapter(ctx)],
          ['begrippen', begrippenChapter(ctx)],
          ['inspraak', inspraakChapter(ctx)]
        ] as Array<[string, SectionView | undefined]>)
      : [])
  ]
  const body = own ? orderChapters(plan.volgorde, canonical, freeSections(ctx)) : orderChapters(undefined, canonical, { first: [], last: [], byIndex: [] })
  const chapters = [
    ...body,
    vastgesteld && plan.besluit
      ? section({ id: anchors.create('raadsbesluit'), title: labels.raadsbesluit, role: 'besluit', blocks: [buildBesluit(plan, labels)] })
      : undefined,
    vastgesteld && publicatie.length
      ? section({ id: anchors.create('publicatie'), title: labels.publicatie, role: 'publicatie', blocks: [{ type: 'meta', items: publicatie }] })
      : undefined
  ].filter((s): s is SectionView => s !== undefined)
  return { chapters, appendices: own ? bijlageSections(ctx) : [] }
}
