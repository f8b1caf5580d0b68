import type { RootContent } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, prose, splitAt, type SourceContext } from '../context.js'
import { foldKey } from '../text.js'

const fields: Record<string, 'reactie' | 'beantwoording' | 'aanpassingTekst'> = {
  reactie: 'reactie',
  'samenvatting reactie': 'reactie',
  beantwoording: 'beantwoording',
  antwoord: 'beantwoording',
  aanpassing: 'aanpassingTekst',
  'voorstel aanpassing': 'aanpassingTekst',
  'voorstel aanpassingen': 'aanpassingTekst'
}

/**
 * Read inspraakreacties: each heading at `depth` is an indiener with `Reactie`,
 * `Beantwoording` and `Aanpassing` subsections.
 *
 * @param context Source context.
 * @param nodes Chapter content.
 * @param depth Depth of the indiener headings.
 * @returns Nodes before the first indiener.
 */
export function readInspraak(context: SourceContext, nodes: RootContent[], depth: number): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  for (const part of parts) {
    const rec = new PositionRecorder()
    rec.at([], nodeLocation(context, part.heading))
    const value: Record<string, unknown> = { id: nextId(context, 'reactie', part.parts.id), indiener: part.parts.title }
    rec.at(['id'], headingTextLocation(context, part.heading))
    rec.at(['indiener'], headingTextLocation(context, part.heading))
    const sub = splitAt(part.children, depth + 1)
    const lead = prose(context, sub.intro)
    if (lead) {
      value.reactie = lead.text
      rec.at(['reactie'], lead.location)
    }
    // One Reactie/Beantwoording pair sets the fields; more pairs become `punten`.
    const pairs = sub.parts.filter((s) => fields[foldKey(s.parts.title)] === 'reactie').length
    const punten: Array<Record<string, unknown>> = []
    for (const section of sub.parts) {
      const field = fields[foldKey(section.parts.title)]
      const body = prose(context, section.children)
      if (!body) continue
      if (!field) {
        // A subsection the form does not name stays with the reactie, under its own title.
        value.reactie = [value.reactie, `**${section.parts.title}**\n\n${body.text}`].filter(Boolean).join('\n\n')
        continue
      }
      if (pairs > 1 && field !== 'aanpassingTekst') {
        if (field === 'reactie') punten.push({ reactie: body.text })
        const index = Math.max(punten.length - 1, 0)
        if (field === 'beantwoording') (punten[index] ??= { reactie: '' }).beantwoording = body.text
        rec.at(['punten', index, field], body.location)
        value.punten = punten
        continue
      }
      value[field] = body.text
      rec.at([field], body.location)
      if (field === 'aanpassingTekst') {
        const answer = /^\W*(ja|nee)\b/i.exec(body.text)
        if (answer) {
          value.aanpassing = answer[1]?.toLowerCase() === 'ja'
          rec.at(['aanpassing'], body.location)
        }
      }
    }
    context.builder.append(['inspraak'], { value, positions: rec.positions })
  }
  return intro
}
