import type { PathSegment } from '@kapstok/core'
import type { List, ListItem, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, notePlainLinks, prose, splitAt, type Part, type SourceContext } from '../context.js'
import { parseAttributes } from '../heading.js'
import { foldKey } from '../text.js'

/** How to read a list of items (opgaven, principes, kansen, doelen, …). */
export interface ItemSpec {
  /** Where the items go, e.g. `['principes']`. */
  path: PathSegment[]
  /** Prefix for generated ids, e.g. `principe`. */
  idPrefix: string
  /** Field for the text under the title: `tekst` or `toelichting`. */
  textField: 'tekst' | 'toelichting'
  /** Read `### Voorbeelden` subsections into `voorbeelden` (principes). */
  voorbeelden?: boolean
  /** Nested list items become nested items in this field (doelen). */
  nestField?: string
}

/**
 * Read items from `##`-style headings at `depth`, or, when there are none, from the first
 * list. Returns the intro nodes (text before the items).
 *
 * @param context Source context.
 * @param nodes Chapter content.
 * @param depth Heading depth of the items.
 * @param spec Where and how.
 * @returns Nodes before the first item.
 */
export function readItems(context: SourceContext, nodes: RootContent[], depth: number, spec: ItemSpec): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  if (parts.length > 0) {
    for (const part of parts) readHeadingItem(context, part, depth, spec)
    return intro
  }
  const listIndex = intro.findIndex((n) => n.type === 'list')
  if (listIndex === -1) return intro
  readListItems(context, intro[listIndex] as List, spec)
  return [...intro.slice(0, listIndex), ...intro.slice(listIndex + 1)]
}

function readHeadingItem(context: SourceContext, part: Part, depth: number, spec: ItemSpec): void {
  const rec = new PositionRecorder()
  const item: Record<string, unknown> = { id: nextId(context, spec.idPrefix, part.parts.id) }
  rec.at([], nodeLocation(context, part.heading))
  rec.at(['id'], headingTextLocation(context, part.heading))
  if (part.parts.number) item.nummer = part.parts.number
  item.titel = part.parts.title
  rec.at(['titel'], headingTextLocation(context, part.heading))
  if (spec.voorbeelden && part.parts.attributes.kort) {
    item.korteTitel = part.parts.attributes.kort
    rec.at(['korteTitel'], headingTextLocation(context, part.heading))
  }
  let body = part.children
  if (spec.voorbeelden) {
    const split = splitAt(body, depth + 1)
    body = split.intro
    for (const sub of split.parts) {
      if (!foldKey(sub.parts.title).startsWith('voorbeeld')) {
        body = [...body, sub.heading, ...sub.children]
        continue
      }
      const blocks = sub.children.flatMap((n) => (n.type === 'list' ? n.children : [n]))
      const voorbeelden: string[] = []
      for (const block of blocks) {
        const text = prose(context, block.type === 'listItem' ? block.children : [block as RootContent])
        if (!text) continue
        rec.at(['voorbeelden', voorbeelden.length], text.location)
        voorbeelden.push(text.text)
      }
      if (voorbeelden.length > 0) item.voorbeelden = voorbeelden
    }
  }
  // Under a heading item (`#### Doelstelling 1`), a list holds its nested items.
  const nested = spec.nestField ? body.filter((n): n is List => n.type === 'list') : []
  const text = prose(context, body.filter((n) => !nested.includes(n as List)))
  if (text) {
    item[spec.textField] = text.text
    rec.at([spec.textField], text.location)
  }
  const index = context.builder.append(spec.path, { value: item, positions: rec.positions })
  for (const list of nested) readListItems(context, list, { ...spec, path: [...spec.path, index, spec.nestField as string] })
}

/**
 * Read each item of a Markdown list as one model item: first paragraph is the title, the rest
 * its text; nested lists nest when `spec.nestField` is set.
 *
 * @param context Source context.
 * @param list The list.
 * @param spec Where and how.
 */
export function readListItems(context: SourceContext, list: List, spec: ItemSpec): void {
  list.children.forEach((listItem, index) => {
    const index_ = context.builder.append(spec.path, listItemValue(context, listItem, spec, list.start, index))
    if (!spec.nestField) return
    for (const nested of listItem.children.filter((n): n is List => n.type === 'list')) {
      readListItems(context, nested, { ...spec, path: [...spec.path, index_, spec.nestField] })
    }
  })
}

function listItemValue(context: SourceContext, listItem: ListItem, spec: ItemSpec, start: number | null | undefined, index: number) {
  const rec = new PositionRecorder()
  const [first, ...rest] = listItem.children
  const parsed = parseAttributes(first ? toString(first).replace(/\s+/g, ' ') : '')
  const item: Record<string, unknown> = { id: nextId(context, spec.idPrefix, parsed.id) }
  rec.at([], nodeLocation(context, listItem))
  if (typeof start === 'number') item.nummer = String(start + index)
  item.titel = parsed.text
  rec.at(['titel'], nodeLocation(context, first ?? listItem))
  // The title keeps the link's text only: its target is checked once every id is known.
  if (first) notePlainLinks(context, first)
  const body = rest.filter((n) => !(spec.nestField && n.type === 'list')) as RootContent[]
  const text = prose(context, body)
  if (text) {
    item[spec.textField] = text.text
    rec.at([spec.textField], text.location)
  }
  return { value: item, positions: rec.positions }
}
