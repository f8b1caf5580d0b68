import type { List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import { headingKeys } from '../heading.js'
import { nodeLocation, notePlainLinks, prose, splitAt, type SourceContext } from '../context.js'

// Subsection titles (folded) of a raadsvoorstel and their fields.
const fields: Record<string, string> = {
  onderwerp: 'onderwerp',
  samenvatting: 'samenvatting',
  beslispunten: 'beslispunten',
  'voorgesteld besluit': 'beslispunten',
  inleiding: 'inleiding',
  'beoogd effect': 'beoogdEffect',
  argumenten: 'argumenten',
  kanttekeningen: 'kanttekeningen',
  'kanttekeningen en risicos': 'kanttekeningen',
  financien: 'financien',
  communicatie: 'communicatie',
  vervolg: 'vervolg',
  'uitvoering en vervolg': 'vervolg'
}

/**
 * Read a raadsvoorstel chapter: one subsection per part of the usual form.
 *
 * @param context Source context.
 * @param nodes Chapter content.
 * @param depth Depth of the subsection headings.
 * @returns Subsections it does not know (kept by the caller as prose).
 */
export function readRaadsvoorstel(context: SourceContext, nodes: RootContent[], depth: number): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  const rec = new PositionRecorder()
  const value: Record<string, unknown> = {}
  const rest: RootContent[] = [...intro]
  for (const part of parts) {
    const field = headingKeys(part.parts.title).map((k) => fields[k]).find(Boolean)
    if (!field) {
      rest.push(part.heading, ...part.children)
      continue
    }
    if (field === 'beslispunten') {
      const list = part.children.find((n): n is List => n.type === 'list')
      if (list) {
        value.beslispunten = list.children.map((item, i) => {
          rec.at(['beslispunten', i], nodeLocation(context, item))
          notePlainLinks(context, item)
          return toString(item).replace(/\s+/g, ' ').trim()
        })
      }
      continue
    }
    const text = prose(context, part.children)
    if (!text) continue
    value[field] = field === 'onderwerp' ? text.text.replace(/\s+/g, ' ') : text.text
    rec.at([field], text.location)
  }
  rec.at([], nodeLocation(context, parts[0]?.heading))
  context.builder.set(['raadsvoorstel'], { value, positions: rec.positions })
  return rest
}
