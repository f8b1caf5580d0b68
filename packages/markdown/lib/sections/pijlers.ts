import type { RootContent } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, prose, splitAt, type Part, type SourceContext } from '../context.js'
import { headingKeys } from '../heading.js'
import { readAgenda } from './agenda.js'
import { readItems } from './items.js'
import { readSectie } from './sectie.js'

type Sub = 'doelen' | 'hoofddoel' | 'kaders' | 'inspanningen' | 'financieleVertaling' | 'acties'

// Subsection titles of a pijler (folded) and what they hold.
const subsections: Record<string, Sub> = {
  financieleVertaling: 'financieleVertaling',
  doelen: 'doelen',
  doel: 'doelen',
  doelstellingen: 'doelen',
  resultaten: 'doelen',
  hoofddoel: 'hoofddoel',
  kaders: 'kaders',
  inspanningen: 'inspanningen',
  activiteiten: 'inspanningen',
  'financiele vertaling': 'financieleVertaling',
  uitvoeringsagenda: 'acties'
}

// The three questions every begroting programme asks (what to achieve, what to do, what it
// costs), recognised by the question word and its verb in any wording, not by one phrasing.
const questions: Array<[RegExp, Sub]> = [
  [/^wat\b.*\b(?:bereiken|bereikt)\b/, 'doelen'],
  [/^wat\b.*\b(?:doen|ondernemen)\b/, 'inspanningen'],
  [/^wat\b.*\b(?:kost|kosten)\b/, 'financieleVertaling']
]

// What a subsection heading holds: its title, or the begroting question it asks.
function subsectionKind(keys: string[]): Sub | undefined {
  for (const key of keys) {
    const kind = subsections[key] ?? questions.find(([pattern]) => pattern.test(key))?.[1]
    if (kind) return kind
  }
  return undefined
}

/**
 * Read a pijlers chapter (thema's, routes, …): each heading one level down is a pijler.
 *
 * @param context Source context.
 * @param nodes Chapter content.
 * @param depth Depth of the pijler headings.
 * @param label Pijler label, e.g. `thema`.
 * @returns Nodes before the first pijler.
 */
export function readPijlers(context: SourceContext, nodes: RootContent[], depth: number, label: string): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  for (const part of parts) readPijler(context, part, depth, label)
  return intro
}

function readPijler(context: SourceContext, part: Part, depth: number, label: string): void {
  const rec = new PositionRecorder()
  const titleLocation = headingTextLocation(context, part.heading)
  rec.at([], nodeLocation(context, part.heading))
  const id = nextId(context, label, part.parts.id)
  const pijler: Record<string, unknown> = { id, label }
  rec.at(['id'], titleLocation)
  rec.at(['label'], titleLocation)
  if (part.parts.number) pijler.nummer = part.parts.number
  // "Resultaatgebied: Jongerenwerk": the label word is not part of the title.
  // The label is the author's text (`{label="…"}`), not a pattern: match it literally.
  pijler.titel = stripLabel(part.parts.title, label)
  rec.at(['titel'], titleLocation)
  if (part.parts.attributes.kort) {
    pijler.korteTitel = part.parts.attributes.kort
    rec.at(['korteTitel'], titleLocation)
  }
  const { intro, parts } = splitAt(part.children, depth + 1)
  const text = prose(context, intro)
  if (text) {
    pijler.intro = text.text
    rec.at(['intro'], text.location)
  }
  const index = context.builder.append(['pijlers'], { value: pijler, positions: rec.positions })
  const base = ['pijlers', index]
  for (const sub of parts) {
    const kind = sub.parts.classes.map((c) => subsections[c] ?? (c === 'agenda' ? 'acties' : undefined)).find(Boolean) ??
      subsectionKind(headingKeys(sub.parts.title))
    if (kind === 'doelen' || kind === 'kaders' || kind === 'inspanningen') {
      const rest = readItems(context, sub.children, depth + 2, {
        path: [...base, kind],
        idPrefix: `${id}-${kind === 'doelen' ? 'doel' : kind === 'kaders' ? 'kader' : 'inspanning'}`,
        textField: 'tekst',
        ...(kind === 'doelen' ? { nestField: 'doelen' } : {})
      })
      keepRest(context, sub, rest, depth + 1, [...base, 'secties'])
    } else if (kind === 'hoofddoel' || kind === 'financieleVertaling') {
      const body = prose(context, sub.children)
      if (body) {
        const value = kind === 'hoofddoel' ? body.text.replace(/\s+/g, ' ') : body.text
        context.builder.set([...base, kind], { value, positions: body.location ? [[[], body.location]] : [] })
      }
    } else if (kind === 'acties') {
      readAgenda(
        context,
        sub.children,
        depth + 2,
        { pijler: id, ...(titleLocation ? { pijlerLocation: titleLocation } : {}) },
        (text) => readSectie(context, { ...sub, children: text }, depth + 1, [...base, 'secties'])
      )
    } else {
      readSectie(context, sub, depth + 1, [...base, 'secties'])
    }
  }
}

// Text before the items of a list subsection is not lost: it becomes a sectie.
function keepRest(context: SourceContext, sub: Part, rest: RootContent[], depth: number, path: (string | number)[]): void {
  if (!prose(context, rest)) return
  readSectie(context, { ...sub, children: rest }, depth, path)
}

/**
 * A title without a leading `label:` (any case, spaces around the colon).
 *
 * @param title The heading's title.
 * @param label The pijler label, as written.
 * @returns The title without the label.
 */
function stripLabel(title: string, label: string): string {
  if (title.slice(0, label.length).toLocaleLowerCase('nl') !== label.toLocaleLowerCase('nl')) return title
  const rest = /^\s*:\s*/.exec(title.slice(label.length))
  return rest ? title.slice(label.length + rest[0].length) : title
}
