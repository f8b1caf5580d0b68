import { bijlageSections } from './appendices.js'
import { buildBesluit } from './besluit.js'
import { canonicalChapters, freeSections, type ChapterContext } from './chapters.js'
import { publicationItems } from './meta.js'
import { orderChapters } from './order.js'
import { pijlerSection, pijlersTitle } from './pijler.js'
import type { DocumentParts } from './programmaplan.js'
import { prose, section } from './section.js'
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
  const canonical = canonicalChapters(ctx, pijlers, own)
  const body = own ? orderChapters(plan.volgorde, canonical, freeSections(ctx), plan.hoofdstuknummers) : orderChapters(undefined, canonical, { first: [], last: [], byIndex: [] })
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
