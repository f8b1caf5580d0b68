import type { Heading, Root, RootContent, Text } from 'mdast'
import { defaultSectionMap, foldKey, headingKeys, parseHeading } from '@kapstok/markdown'
import { toString } from 'mdast-util-to-string'
import type { ImportNote } from './notes.js'

/**
 * Tie the uitvoeringsagenda's part headings to the pijlers they are about. Word documents
 * often shorten a theme's name above its agenda table (`Samenwerking` for `Samenwerking:
 * efficiënt en effectief`); the reader only matches whole titles. When every word of the
 * agenda heading occurs in exactly one pijler's title, that pijler gets the heading as its
 * short title (`{kort="…"}`), which the reader matches. Headings that fit no pijler are noted.
 *
 * @param tree The Markdown tree, chapters at depth 1 (changed in place).
 * @param notes Receives headings that fit no pijler.
 * @param sectionMap Heading → kind (default: the reader's map).
 */
export function linkAgendaToPijlers(tree: Root, notes: ImportNote[], sectionMap: Record<string, string> = defaultSectionMap): void {
  const chapters = chaptersOf(tree.children)
  const kind = (h: Heading) => headingKeys(parseHeading(toString(h)).title).map((k) => sectionMap[k]).find(Boolean)
  const pijlers = chapters.filter((c) => kind(c.heading) === 'pijlers').flatMap((c) => c.nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 2))
  const agendaParts = chapters.filter((c) => kind(c.heading) === 'acties').flatMap((c) => c.nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 2))
  if (pijlers.length === 0) return
  const titles = pijlers.map((p) => ({ heading: p, title: parseHeading(toString(p)).title, short: undefined as string | undefined }))
  for (const part of agendaParts) {
    const text = parseHeading(toString(part)).title
    const key = foldKey(text)
    if (titles.some((t) => foldKey(t.title) === key)) continue
    const words = key.split(' ').filter(Boolean)
    const matches = titles.filter((t) => {
      const own = new Set(foldKey(t.title).split(' '))
      return words.length > 0 && words.every((w) => own.has(w))
    })
    const match = matches.length === 1 ? matches[0] : undefined
    if (match && match.short === undefined) {
      match.short = text
      const last = match.heading.children.at(-1)
      if (last?.type === 'text') last.value = `${last.value.trimEnd()} {kort="${text.replaceAll('"', "'")}"}`
      else match.heading.children.push({ type: 'text', value: ` {kort="${text.replaceAll('"', "'")}"}` } as Text)
      continue
    }
    const offset = part.position?.start.offset
    notes.push({
      ruleId: 'import-agenda-pijler',
      reason: `Kop \`${text}\` in de uitvoeringsagenda past bij ${matches.length === 0 ? 'geen' : 'meer dan één'} pijler; link de kop naar de pijler (\`[${text}](#id)\`) of gebruik de titel van de pijler`,
      ...(offset !== undefined ? { offset } : {}),
      severity: 'warning'
    })
  }
}

function chaptersOf(nodes: RootContent[]): Array<{ heading: Heading; nodes: RootContent[] }> {
  const chapters: Array<{ heading: Heading; nodes: RootContent[] }> = []
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) chapters.push({ heading: node, nodes: [] })
    else chapters.at(-1)?.nodes.push(node)
  }
  return chapters
}
