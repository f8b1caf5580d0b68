import type { Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { firstIdLink } from '@kapstok/core'
import { nodeLocation, prose, splitAt, type Part, type SourceContext } from './context.js'
import { readDisableComments } from './disable-comments.js'
import { readFrontmatter } from './frontmatter.js'
import { headingKeys, sourceNumber } from './heading.js'
import { pijlerLabels, sectionKinds, type SectionKind } from './section-map.js'
import { readAgenda } from './sections/agenda.js'
import { readBesluit } from './sections/besluit.js'
import { readBijlagen } from './sections/bijlagen.js'
import { readFinancien } from './sections/financien.js'
import { readInspraak } from './sections/inspraak.js'
import { readItems } from './sections/items.js'
import { readKoers } from './sections/koers.js'
import { readPijlers } from './sections/pijlers.js'
import { readRaadsvoorstel } from './sections/raadsvoorstel.js'
import { readSectie } from './sections/sectie.js'
import { begripColumns, readBegrippenList, readRowsInto, risicoColumns } from './sections/tables.js'
import { foldKey } from './text.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/**
 * Parse Markdown into mdast with positions.
 *
 * @param text Markdown source.
 * @returns The tree.
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(text)
}

/**
 * Read one Markdown source file into the model under construction.
 *
 * @param context Source context of the file.
 */
export function readMarkdownSource(context: SourceContext): void {
  const cached = context.options.trees?.get(context.text)
  const tree = cached ?? parseMarkdown(context.text)
  if (!cached) context.options.trees?.set(context.text, tree)
  readDisableComments(context, tree)
  const nodes = tree.children.filter((node) => {
    if (node.type !== 'yaml') return true
    readFrontmatter(context, node)
    return false
  })
  const depth = Math.min(7, ...nodes.map((n) => (n.type === 'heading' ? n.depth : 7)))
  const { intro, parts } = splitAt(nodes, depth)
  // Text before the first chapter heading is kept as an untitled sectie.
  const lead = prose(context, intro)
  if (lead) context.builder.append(['secties'], { value: { titel: '', tekst: lead.text }, positions: lead.location ? [[[], lead.location]] : [] })
  for (const part of parts) readChapter(context, part, depth)
}

/**
 * The kind of a chapter: a `{.kind}` class, else the section map by its title.
 *
 * @param context Source context.
 * @param part The chapter.
 * @returns Kind and, for pijlers, the label.
 */
export function chapterKind(context: SourceContext, part: Part): { kind: SectionKind; label?: string } {
  const explicit = part.parts.classes.find((c) => (sectionKinds as string[]).includes(c) || pijlerLabels[c] !== undefined)
  if (explicit) {
    if (pijlerLabels[explicit] && !(sectionKinds as string[]).includes(explicit)) return { kind: 'pijlers', label: pijlerLabels[explicit] as string }
    return { kind: explicit as SectionKind, label: part.parts.attributes.label ?? 'thema' }
  }
  const firstWord = foldKey(part.parts.title).split(' ')[0] ?? ''
  const label = part.parts.attributes.label ?? pijlerLabels[firstWord]
  for (const key of headingKeys(part.parts.title)) {
    const kind = context.sectionMap[key]
    if (kind) return { kind, label: part.parts.attributes.label ?? pijlerLabels[key] ?? label ?? 'thema' }
  }
  return { kind: 'sectie' }
}

function readChapter(context: SourceContext, part: Part, depth: number): void {
  const { kind, label } = chapterKind(context, part)
  const sectiesBefore = (context.builder.get(['secties']) as unknown[] | undefined)?.length ?? 0
  readChapterContent(context, part, depth, kind, label)
  // Remember the source's chapter order for the renderers.
  const keys =
    kind === 'sectie' ? [`secties/${sectiesBefore}`] : ['ambitie', 'visie', 'missie'].includes(kind) ? [`koers/${kind}`] : kind === 'risicos' ? ['risicos', 'kansen'] : [kind]
  // The source's number of a chapter with a role, for references such as "zie hoofdstuk 6".
  const nummer = kind === 'sectie' ? undefined : sourceNumber(part.parts)
  if (nummer && keys[0] && context.builder.get(['hoofdstuknummers', keys[0]]) === undefined) {
    context.builder.set(['hoofdstuknummers', keys[0]], { value: nummer, positions: [] })
  }
  for (const key of keys) {
    const volgorde = (context.builder.get(['volgorde']) as string[] | undefined) ?? []
    if (!volgorde.includes(key)) context.builder.append(['volgorde'], { value: key, positions: [] })
  }
}

function readChapterContent(context: SourceContext, part: Part, depth: number, kind: SectionKind, label: string | undefined): void {
  const child = depth + 1
  let rest: RootContent[] = []
  switch (kind) {
    case 'ambitie':
    case 'visie':
    case 'missie':
      readKoers(context, part, kind)
      return
    case 'opgaven':
    case 'effecten':
    case 'kansen':
      rest = readItems(context, part.children, child, { path: [kind], idPrefix: kind === 'kansen' ? 'kans' : kind.replace(/en$/, 'e'), textField: 'tekst' })
      break
    case 'principes':
      rest = readItems(context, part.children, child, { path: ['principes'], idPrefix: 'principe', textField: 'toelichting', voorbeelden: true })
      break
    case 'pijlers':
      rest = readPijlers(context, part.children, child, label ?? 'thema')
      break
    case 'acties':
      rest = readAgendaChapter(context, part.children, child)
      break
    case 'risicos': {
      const { intro, parts } = splitAt(part.children, child)
      rest = readRowsInto(context, intro, risicoColumns, ['risicos'], 'risico', "de risicotabel")
      for (const sub of parts) {
        if (foldKey(sub.parts.title).startsWith('kansen')) {
          keepIntro(context, 'kansen', readItems(context, sub.children, child + 1, { path: ['kansen'], idPrefix: 'kans', textField: 'tekst' }))
        } else {
          const left = readRowsInto(context, sub.children, risicoColumns, ['risicos'], 'risico', 'de risicotabel')
          if (prose(context, left)) readSectie(context, { ...sub, children: left }, child, ['secties'])
        }
      }
      break
    }
    case 'begrippen':
      rest = readBegrippenList(context, readRowsInto(context, part.children, begripColumns, ['begrippen'], undefined, 'de begrippenlijst'))
      break
    case 'financien':
      readFinancien(context, part, child)
      return
    case 'inspraak':
      rest = readInspraak(context, part.children, child)
      break
    case 'besluit':
      readBesluit(context, part.children)
      return
    case 'raadsvoorstel':
      rest = readRaadsvoorstel(context, part.children, child)
      break
    case 'bijlagen':
      rest = readBijlagen(context, part.children, child)
      break
    default:
      readSectie(context, part, depth, ['secties'])
      return
  }
  keepIntro(context, kind, rest)
}

// Text between a list chapter's heading and its items is kept in `inleidingen`.
function keepIntro(context: SourceContext, kind: SectionKind, nodes: RootContent[]): void {
  const text = prose(context, nodes)
  if (!text) return
  if (kind === 'raadsvoorstel') return
  // A second chapter of the same kind (e.g. two pijler chapters) adds its intro, never replaces.
  const earlier = context.builder.get(['inleidingen', kind])
  if (typeof earlier === 'string') {
    context.builder.set(['inleidingen', kind], { value: `${earlier}\n\n${text.text}`, positions: [] })
    return
  }
  context.builder.set(['inleidingen', kind], { value: text.text, positions: text.location ? [[[], text.location]] : [] })
}

function readAgendaChapter(context: SourceContext, nodes: RootContent[], depth: number): RootContent[] {
  const { intro, parts } = splitAt(nodes, depth)
  const keep = (text: RootContent[]): void => keepIntro(context, 'acties', text)
  readAgenda(context, intro.filter((n) => n.type === 'table'), depth + 1, {}, keep)
  for (const part of parts) {
    const link = firstIdLink(context.text.slice(part.heading.position?.start.offset, part.heading.position?.end.offset))
    const where = nodeLocation(context, part.heading)
    readAgenda(
      context,
      part.children,
      depth + 1,
      // A linked id is resolved with the titles, after all files are read: an id that names no
      // pijler is then one message for the heading, not one per row.
      { ...(link ? { pijlerTitle: link.id, pijlerLink: true } : { pijlerTitle: part.parts.title, ...numberedName(part) }), ...(where ? { pijlerLocation: where } : {}) },
      keep
    )
  }
  return intro.filter((n) => n.type !== 'table')
}

// `## Thema 2: Snelle hulp` names thema 2 by its number: keep the word and number for the pijler lookup.
function numberedName(part: Part): { pijlerNumber?: string } {
  const { prefix, number } = part.parts
  return prefix && number ? { pijlerNumber: `${prefix} ${number}` } : {}
}
