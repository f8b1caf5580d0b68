import type { Pijler, Plan } from '@kapstok/core'
import type { Anchors } from './anchors.js'
import type { Labels } from './labels.js'
import { doelList, opgaveList, sectieSection } from './parts.js'
import { prose, section } from './section.js'
import type { AgendaSummaryBlock, SectionView } from './types.js'

/** Options for `pijlerSection`. */
export interface PijlerSectionOptions {
  /** Labels. */
  labels: Labels
  /** Anchor allocator. */
  anchors: Anchors
  /** Include inspanningen, financiële vertaling and the agenda summary (programmaplan). */
  full: boolean
  /** The pijler's agenda summary (optional). */
  summary?: AgendaSummaryBlock | undefined
}

/**
 * One pijler as a section: intro, hoofddoel, secties, doelen, kaders and (in full documents)
 * inspanningen, financiële vertaling and the summary of its agenda.
 *
 * @param pijler The pijler.
 * @param options What to include.
 * @returns The section (its id is the pijler's id).
 */
export function pijlerSection(pijler: Pijler, options: PijlerSectionOptions): SectionView {
  const { labels, anchors, full } = options
  const part = (key: string, title: string, blocks: SectionView['blocks']): SectionView | undefined =>
    blocks.length
      ? section({ id: anchors.create(`${pijler.id}-${key}`), title, role: 'part', blocks, unnumbered: true })
      : undefined
  const present = <T>(...items: Array<T | undefined>): T[] => items.filter((i): i is T => i !== undefined)
  const [singular] = labels.pijler[pijler.label]
  return section({
    id: pijler.id,
    title: pijler.titel,
    role: 'pijler',
    kicker: pijler.nummer ? `${singular} ${pijler.nummer}` : singular,
    blocks: [prose(pijler.intro)],
    sections: [
      pijler.hoofddoel ? part('hoofddoel', labels.hoofddoel, [{ type: 'quote', text: pijler.hoofddoel }]) : undefined,
      ...(pijler.secties ?? []).map((s) => sectieSection(s, anchors, true)),
      part('doelen', labels.doelen, present(doelList(pijler.doelen, labels, anchors))),
      part('kaders', labels.kaders, present(opgaveList(pijler.kaders))),
      full ? part('inspanningen', labels.inspanningen, present(opgaveList(pijler.inspanningen, true))) : undefined,
      full ? part('financien', labels.financieleVertaling, present(prose(pijler.financieleVertaling))) : undefined,
      full && options.summary ? part('agenda', labels.uitvoeringsagenda, [options.summary]) : undefined
    ]
  })
}

/**
 * The plural word for the plan's pijlers, from their most common label.
 *
 * @param plan The model.
 * @param labels Labels.
 * @returns E.g. `Thema's`, or `Thema's` for a plan without pijlers.
 */
export function pijlersTitle(plan: Plan, labels: Labels): string {
  const counts = new Map<Pijler['label'], number>()
  for (const p of plan.pijlers ?? []) counts.set(p.label, (counts.get(p.label) ?? 0) + 1)
  let best: Pijler['label'] = 'thema'
  for (const [label, count] of counts) if (count > (counts.get(best) ?? 0)) best = label
  return labels.pijler[best][1]
}
