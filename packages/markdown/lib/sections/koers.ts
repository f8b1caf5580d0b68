import type { RootContent } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nodeLocation, prose, type Part, type SourceContext } from '../context.js'

/**
 * Read an ambitie, visie or missie chapter: heading = `titel`, text = `tekst`, a blockquote =
 * `samenvatting`.
 *
 * @param context Source context.
 * @param part The chapter.
 * @param kind Which part of the koers.
 */
export function readKoers(context: SourceContext, part: Part, kind: 'ambitie' | 'visie' | 'missie'): void {
  const rec = new PositionRecorder()
  rec.at([], nodeLocation(context, part.heading))
  const value: Record<string, unknown> = { titel: part.parts.title }
  rec.at(['titel'], headingTextLocation(context, part.heading))
  const body: RootContent[] = []
  for (const node of part.children) {
    if (node.type === 'blockquote' && value.samenvatting === undefined) {
      const summary = prose(context, node.children)
      if (summary) {
        value.samenvatting = summary.text.replace(/\s+/g, ' ')
        rec.at(['samenvatting'], summary.location)
      }
    } else {
      body.push(node)
    }
  }
  const text = prose(context, body)
  value.tekst = text?.text ?? ''
  rec.at(['tekst'], text?.location ?? nodeLocation(context, part.heading))
  context.builder.set(['koers', kind], { value, positions: rec.positions })
}
