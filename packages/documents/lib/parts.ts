import type { Doel, Opgave, Sectie } from '@kapstok/core'
import type { Anchors } from './anchors.js'
import type { Labels } from './labels.js'
import { prose, section } from './section.js'
import type { ListBlock, ListItem, SectionView, TableBlock } from './types.js'

/**
 * A free `Sectie` of the model as a section, recursively.
 *
 * @param sectie The sectie.
 * @param anchors Anchor allocator (for secties without id).
 * @param unnumbered Leave it unnumbered (default: `false`).
 * @returns The section.
 */
export function sectieSection(sectie: Sectie, anchors: Anchors, unnumbered = false): SectionView {
  const view = section({
    id: sectie.id ?? anchors.create(sectie.titel),
    title: sectie.titel,
    role: 'sectie',
    blocks: [prose(sectie.tekst)],
    sections: (sectie.secties ?? []).map((s) => sectieSection(s, anchors, unnumbered)),
    unnumbered
  })
  if (sectie.nummer) view.sourceNumber = sectie.nummer
  return view
}

/**
 * Opgaven, kaders or inspanningen as a list.
 *
 * @param items The items.
 * @param ordered Numbered list (default: `false`).
 * @returns The list block, or `undefined` when empty.
 */
export function opgaveList(items: Opgave[] | undefined, ordered = false): ListBlock | undefined {
  if (!items?.length) return undefined
  return {
    type: 'list',
    ordered,
    items: items.map((item) => {
      const out: ListItem = { id: item.id, title: item.titel }
      if (item.nummer) out.number = item.nummer
      if (item.tekst?.trim()) out.markdown = item.tekst
      return out
    })
  }
}

/**
 * Doelen as a nested list; indicators become a table under their doel.
 *
 * @param doelen The doelen.
 * @param labels Labels.
 * @param anchors Anchor allocator.
 * @returns The list block, or `undefined` when empty.
 */
export function doelList(doelen: Doel[] | undefined, labels: Labels, anchors: Anchors): ListBlock | undefined {
  if (!doelen?.length) return undefined
  const item = (doel: Doel): ListItem => {
    const out: ListItem = { id: doel.id, title: doel.titel }
    if (doel.nummer) out.number = doel.nummer
    if (doel.tekst?.trim()) out.markdown = doel.tekst
    if (doel.indicatoren?.length) out.blocks = [indicatorTable(doel, labels, anchors)]
    if (doel.doelen?.length) out.items = doel.doelen.map(item)
    return out
  }
  return { type: 'list', ordered: false, items: doelen.map(item) }
}

/**
 * The indicators of a doel as a table.
 *
 * @param doel A doel with indicatoren.
 * @param labels Labels.
 * @param anchors Anchor allocator.
 * @returns The table.
 */
export function indicatorTable(doel: Doel, labels: Labels, anchors: Anchors): TableBlock {
  const c = labels.columns
  return {
    type: 'table',
    id: anchors.create(`${doel.id}-indicatoren`),
    caption: `Indicatoren bij ${doel.titel}`,
    columns: [
      { key: 'indicator', label: c.indicator ?? 'Indicator', align: 'left' },
      { key: 'nulmeting', label: c.nulmeting ?? 'Nulmeting', align: 'left' },
      { key: 'streefwaarde', label: c.streefwaarde ?? 'Streefwaarde', align: 'left' },
      { key: 'jaar', label: c.jaar ?? 'Jaar', align: 'right' }
    ],
    rows: (doel.indicatoren ?? []).map((i) => ({
      kind: 'row',
      cells: [
        { text: i.naam },
        { text: i.nulmeting ?? '' },
        { text: i.streefwaarde ?? '' },
        { text: i.jaar === undefined ? '' : String(i.jaar) }
      ]
    })),
    notes: []
  }
}
