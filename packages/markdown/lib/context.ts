import type { DiagnosticOptions, PlanFile, SourceLocation } from '@kapstok/core'
import type { Heading, Nodes, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { ModelBuilder } from './builder.js'
import { parseHeading, type HeadingParts } from './heading.js'
import type { SectionKind } from './section-map.js'
import type { TreeCache } from './tree-cache.js'

/** Options of the reader. */
export interface ReaderOptions {
  /** Extra or changed heading → kind mappings, e.g. `{ Opgaven: 'pijlers' }` (optional). */
  sections?: Record<string, string>
  /** Extra column-name synonyms per field, e.g. `{ start: ['Aanvang'] }` (optional). */
  columns?: Record<string, string[]>
  /** Parsed trees of earlier runs, so unchanged files are not parsed again (optional). */
  trees?: TreeCache
}

/** Everything a section reader needs about the file it reads. */
export interface SourceContext {
  /** The plan file (for messages). */
  plan: PlanFile
  /** Path of the source file. */
  path: string
  /** Its text. */
  text: string
  /** The model under construction. */
  builder: ModelBuilder
  /** Effective section map. */
  sectionMap: Record<string, SectionKind>
  /** Reader options. */
  options: ReaderOptions
  /** Counters for generated ids, per prefix (shared across files). */
  counters: Map<string, number>
  /** Agenda rows whose pijler is named by a heading title or a pijler cell, resolved after all files are read. */
  pendingPijlers: PendingPijler[]
  /** Internal links in text the model keeps plain (a list item's title), checked once every id is known. */
  plainLinks: PlainLink[]
}

/** A `[tekst](#id)` link in text the model keeps without its markup. */
export interface PlainLink {
  /** The id after `#`. */
  id: string
  /** The link text. */
  label: string
  /** Where the link is written. */
  location: SourceLocation | undefined
}

/** An agenda row whose pijler is named by text, to be resolved once every pijler is known. */
export interface PendingPijler {
  /** Row index in `acties`. */
  index: number
  /** The title, short title or id as written. */
  title: string
  /** Where it is written. */
  location: SourceLocation | undefined
  /** Header of the pijler column, when a cell named it (optional; a heading otherwise). */
  column?: string
  /** The cell as written, when it linked to the pijler (`[Wonen](#t1)`: `title` is then the id). */
  written?: string
  /** Whether the heading named the pijler by a link `[titel](#id)`, `title` being the id (optional). */
  link?: boolean
  /** Word and number a heading put before the title (`Thema 2`), tried when the title names no pijler (optional). */
  number?: string
}

/** A heading with the content up to the next heading of the same or a higher level. */
export interface Part {
  /** The heading. */
  heading: Heading
  /** Its parsed text. */
  parts: HeadingParts
  /** Content nodes (may include deeper headings). */
  children: RootContent[]
}

/**
 * Split nodes at headings of `depth`: the nodes before the first such heading, and one part
 * per heading.
 *
 * @param nodes Content nodes.
 * @param depth Heading depth to split at.
 * @returns Intro nodes and parts.
 */
export function splitAt(nodes: RootContent[], depth: number): { intro: RootContent[]; parts: Part[] } {
  const intro: RootContent[] = []
  const parts: Part[] = []
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      parts.push({ heading: node, parts: parseHeading(toString(node)), children: [] })
    } else if (parts.length > 0) {
      ;(parts.at(-1) as Part).children.push(node)
    } else {
      intro.push(node)
    }
  }
  return { intro, parts }
}

/**
 * Location of a node.
 *
 * @param context Source context.
 * @param node An mdast node.
 * @returns Its location.
 */
/**
 * Note the `[tekst](#id)` links of a node whose text the model keeps plain (a list item, a
 * besluitpunt): their targets are checked once every id is known, so no link is lost silently.
 *
 * @param context Source context.
 * @param node The node.
 */
export function notePlainLinks(context: SourceContext, node: Nodes): void {
  const walk = (n: Nodes): void => {
    if (n.type === 'link' && n.url.startsWith('#')) context.plainLinks.push({ id: n.url.slice(1), label: toString(n), location: nodeLocation(context, n) })
    if ('children' in n) for (const child of n.children as Nodes[]) walk(child)
  }
  walk(node)
}

export function nodeLocation(context: SourceContext, node: Nodes | undefined): SourceLocation | undefined {
  const position = node?.position
  if (!position) return undefined
  return { file: context.path, start: { ...position.start }, end: { ...position.end } }
}

/**
 * Location spanning several nodes.
 *
 * @param context Source context.
 * @param nodes Nodes in order.
 * @returns From the first's start to the last's end.
 */
export function spanLocation(context: SourceContext, nodes: ReadonlyArray<Nodes>): SourceLocation | undefined {
  const first = nodeLocation(context, nodes[0])
  const last = nodeLocation(context, nodes.at(-1))
  return first && last ? { file: context.path, start: first.start, end: last.end } : undefined
}

/**
 * Source text of nodes, verbatim (so positions inside it can be computed).
 *
 * @param context Source context.
 * @param nodes Nodes in order.
 * @returns The Markdown, or `undefined` when there are no nodes (HTML comments are skipped).
 */
export function sliceNodes(context: SourceContext, nodes: ReadonlyArray<RootContent>): string | undefined {
  const content = nodes.filter((n) => !isComment(n))
  const start = content[0]?.position?.start.offset
  const end = content.at(-1)?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const text = context.text.slice(start, end).trimEnd()
  return text === '' ? undefined : text
}

// HTML comments (kapstok directives, editor notes) are not content.
function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())
}

/**
 * Markdown of nodes with its location, ready to set on the model.
 *
 * @param context Source context.
 * @param nodes Nodes in order.
 * @returns Text and location, or `undefined` when empty.
 */
export function prose(
  context: SourceContext,
  nodes: ReadonlyArray<RootContent>
): { text: string; location: SourceLocation | undefined } | undefined {
  const content = nodes.filter((n) => !isComment(n))
  const text = sliceNodes(context, content)
  return text === undefined ? undefined : { text, location: spanLocation(context, content) }
}

/**
 * Location of a heading's title text (without `#` marks and attributes).
 *
 * @param context Source context.
 * @param heading The heading.
 * @returns The location of its inline content.
 */
export function headingTextLocation(context: SourceContext, heading: Heading): SourceLocation | undefined {
  return spanLocation(context, heading.children) ?? nodeLocation(context, heading)
}

/**
 * Id of the next item of a kind: the explicit one when given, else `actie-1`, `actie-2`, …
 * The counter advances either way, so the generated id of the third principe is
 * `principe-3` even when the first two have explicit ids.
 *
 * @param context Source context.
 * @param prefix Id prefix.
 * @param explicit An id written in the source (optional).
 * @returns The id.
 */
export function nextId(context: SourceContext, prefix: string, explicit?: string): string {
  const n = (context.counters.get(prefix) ?? 0) + 1
  context.counters.set(prefix, n)
  return explicit ?? `${prefix}-${n}`
}

/**
 * Report a problem found while reading.
 *
 * @param context Source context.
 * @param reason Dutch message.
 * @param options Rule id and place.
 */
export function report(context: SourceContext, reason: string, options: DiagnosticOptions): void {
  context.plan.message(reason, { source: '@kapstok/markdown', ...options })
}

/**
 * Markdown of the nodes that are not `left out`, as separate runs joined by a blank line, so
 * text around a table is kept without the table. The location is that of the first run.
 *
 * @param context Source context.
 * @param nodes Content nodes in order.
 * @param leftOut Nodes that are read elsewhere (e.g. tables).
 * @returns Text and location, or `undefined` when nothing is left.
 */
export function proseAround(
  context: SourceContext,
  nodes: ReadonlyArray<RootContent>,
  leftOut: ReadonlySet<RootContent>
): { text: string; location: SourceLocation | undefined } | undefined {
  const runs: RootContent[][] = [[]]
  for (const node of nodes) {
    if (leftOut.has(node)) runs.push([])
    else runs.at(-1)?.push(node)
  }
  const texts = runs.map((run) => prose(context, run)).filter((t): t is NonNullable<typeof t> => t !== undefined)
  if (texts.length === 0) return undefined
  return { text: texts.map((t) => t.text).join('\n\n'), location: texts[0]?.location }
}
