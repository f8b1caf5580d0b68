import type { RootContent } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, prose, splitAt, type SourceContext } from '../context.js'

/**
 * Read bijlagen: each heading at `depth` is one; `{extern="…"}` names an external document.
 *
 * @param context Source context.
 * @param nodes Chapter content.
 * @param depth Depth of the bijlage headings.
 * @returns Nodes before the first bijlage.
 */
export function readBijlagen(context: SourceContext, nodes: RootContent[], depth: number): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  for (const part of parts) {
    const rec = new PositionRecorder()
    const where = headingTextLocation(context, part.heading)
    rec.at([], nodeLocation(context, part.heading))
    const number = part.parts.number
    const value: Record<string, unknown> = {
      id: part.parts.id ?? (number && /^[\w]+$/.test(number) ? `bijlage-${number}` : nextId(context, 'bijlage'))
    }
    rec.at(['id'], where)
    if (number) value.nummer = number
    value.titel = part.parts.title
    rec.at(['titel'], where)
    if (part.parts.attributes.extern) {
      value.extern = part.parts.attributes.extern
      rec.at(['extern'], where)
    }
    const text = prose(context, part.children)
    if (text) {
      value.tekst = text.text
      rec.at(['tekst'], text.location)
    }
    context.builder.append(['bijlagen'], { value, positions: rec.positions })
  }
  return intro
}
