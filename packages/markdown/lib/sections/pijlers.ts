import type { RootContent } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, prose, splitAt, type Part, type SourceContext } from '../context.js'
import { headingKeys, type HeadingParts } from '../heading.js'
import { pijlerLabelWords } from '../section-map.js'
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
  const labelled = parts.map((part) => ({ ...part, parts: ownLabel(part.parts) }))
  // Pijlers that all open with the same word and their number (`Spoor 1: …`, `Spoor 2: …`) are
  // called that by the plan, whatever its chapter is titled.
  const words = new Set(labelled.map((part) => part.parts.prefix?.toLocaleLowerCase('nl')))
  const word = labelled.length >= 2 && words.size === 1 ? [...words][0] : undefined
  const own = word !== undefined && pijlerLabelWords.has(word) ? word : undefined
  // The chapter's word wins when it is not the fallback (`# Routes`, `{label="…"}`).
  for (const part of labelled) readPijler(context, part, depth, own && label === 'thema' ? own : label)
  return intro
}

// `Spoor 2: Schoner stoken`, `Actielijn 3 – Wonen`, `Actielijn B: Wonen`: a heading that opens
// with a word, a number (or one capital letter, as plans letter their lines A, B, C) and a colon
// or dash names its pijler by the plan's own word. Only in a pijlers chapter: an ordinary heading
// like `Fase 1: Verkenning` keeps its whole title.
function ownLabel(parts: HeadingParts): HeadingParts {
  if (parts.prefix !== undefined || parts.number !== undefined) return parts
  const match = /^(\p{L}{3,})\s+(\d{1,2}[a-z]?|[IVX]{1,4}|\p{Lu})\s*[:–—-]\s*(\S.*)$/u.exec(parts.title)
  if (!match) return parts
  return { ...parts, prefix: match[1] as string, number: match[2] as string, title: match[3] as string }
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
