import type { Block, DocumentView, ListItem, RenvooiPart, SectionView, TableBlock, TocEntry } from '@kapstok/documents'
import type { BlockContent, Heading, List, ListItem as MdListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { proseToMdast } from './markdown-prose.js'

/** Options for `renderMarkdown`. */
export interface RenderMarkdownOptions {
  /** Heading of the table of contents (default: `Inhoudsopgave`). */
  tocTitle?: string
  /** Put `<a id="…"></a>` before headings and rows so `[x](#id)` links work on every host (default: `true`). */
  anchors?: boolean
}

/**
 * Render a document as clean GFM for wikis and diffs: the same sections, numbers and tables as
 * the HTML. Model text is escaped by the Markdown serializer; prose has raw HTML and unsafe
 * URLs removed.
 *
 * @param view The document.
 * @param options Options (optional).
 * @returns The Markdown.
 */
export function renderMarkdown(view: DocumentView, options: RenderMarkdownOptions = {}): string {
  const anchors = options.anchors ?? true
  const children: RootContent[] = []
  const meta = view.meta
  children.push(heading(1, [text(view.title)]))
  if (meta.ondertitel) children.push(paragraph([{ type: 'emphasis', children: [text(meta.ondertitel)] }]))
  if (meta.changesSince) children.push(paragraph([strong(meta.changesSince)]))
  if (meta.openErrors) children.push(paragraph([strong(meta.openErrors)]))
  if (meta.concept) {
    children.push({ type: 'blockquote', children: [paragraph([strong(meta.conceptLabel), text(` – ${meta.statusLabel}. Dit document is nog niet vastgesteld.`)])] })
  }
  children.push(labelList(meta.items))
  if (view.toc.length) {
    children.push(heading(2, [text(options.tocTitle ?? 'Inhoudsopgave')]), tocList(view.toc))
  }
  for (const s of view.sections) children.push(...section(s, anchors))
  const root: Root = { type: 'root', children }
  const out = unified()
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', listItemIndent: 'one', rule: '-' })
    .stringify(root)
  return String(out)
}

function section(s: SectionView, anchors: boolean): RootContent[] {
  const depth = Math.min(6, s.level + 1)
  const out: RootContent[] = []
  if (anchors) out.push({ type: 'html', value: anchor(s.id) })
  if (s.kicker) out.push(paragraph([{ type: 'emphasis', children: [text(s.kicker)] }]))
  out.push(heading(depth, [text(s.numberLabel ? `${s.numberLabel} ${s.title}` : s.title)]))
  for (const b of s.blocks) out.push(...block(b, depth, anchors))
  for (const child of s.sections) out.push(...section(child, anchors))
  return out
}

function block(b: Block, depth: number, anchors: boolean): RootContent[] {
  switch (b.type) {
    case 'prose':
      return proseToMdast(b.markdown, depth)
    case 'text':
      return [paragraph([text(b.text)])]
    case 'quote':
      return [{ type: 'blockquote', children: [paragraph([text(b.text)])] }]
    case 'note':
      return [paragraph([{ type: 'emphasis', children: [text(b.text)] }])]
    case 'table':
      return table(b, anchors)
    case 'list':
      return [list(b.items, b.ordered, depth)]
    case 'definitions':
      return [labelList(b.items.map((i) => ({ label: i.term, value: i.definition })))]
    case 'meta':
      return [labelList(b.items)]
    case 'agenda-summary':
      return [paragraph([text(`${b.text} Zie `), { type: 'link', url: b.href, children: [text(b.linkText)] }, text('.')])]
    case 'renvooi':
      return [paragraph(renvooiRuns(b.parts))]
    case 'timeline':
      // Markdown has no picture of its own; the agenda tables that follow carry the same data.
      return b.notes.map((note) => paragraph([{ type: 'emphasis', children: [text(note)] }]))
    case 'signatures':
      return [
        ...(b.intro ? [paragraph([text(b.intro)])] : []),
        ...b.items.map((s) => paragraph([text(`${s.rol}, ${s.naam}`.trim())]))
      ]
    case 'besluit':
      return [
        ...(b.intitule ? [paragraph([strong(b.intitule)])] : []),
        paragraph([text(b.aanhef)]),
        ...b.overwegingen.map((o) => paragraph([text(o)])),
        paragraph([strong(b.besluit)]),
        { type: 'list', ordered: true, spread: false, children: b.dicta.map((d) => item([paragraph([text(d.text)])])) },
        paragraph([text(b.slot)]),
        ...b.ondertekening.map((s) => paragraph([text(`${s.rol}, ${s.naam}`.trim())]))
      ]
  }
}

function table(b: TableBlock, anchors: boolean): RootContent[] {
  const width = b.columns.length
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: cells[i] ?? [] }))
  })
  const rows: TableRow[] = [row(b.columns.map((c) => [text(c.label)]))]
  for (const r of b.rows) {
    if (r.kind === 'group' || r.kind === 'subgroup') {
      const group = r.cells[0]
      rows.push(row([group?.renvooi ? renvooiRuns(group.renvooi) : [strong(group?.text ?? '')]]))
      continue
    }
    const cells = r.cells.map((c, i): PhrasingContent[] => {
      const content: PhrasingContent[] = c.renvooi
        ? renvooiRuns(c.renvooi)
        : c.markdown
          ? inlineMdast(c.markdown) : [c.href ? { type: 'link', url: c.href, children: [text(c.text)] } : text(c.text)]
      const inner: PhrasingContent[] = r.kind === 'total' && c.text ? [{ type: 'strong', children: content }] : content
      return i === 0 && anchors && r.id ? [{ type: 'html', value: anchor(r.id) }, ...inner] : inner
    })
    rows.push(row(cells))
  }
  const node: Table = { type: 'table', align: b.columns.map((c) => (c.align === 'right' ? 'right' : 'left')), children: rows }
  const out: RootContent[] = []
  if (anchors) out.push({ type: 'html', value: anchor(b.id) })
  out.push(paragraph([strong(b.caption)]), node)
  for (const note of b.notes) out.push(paragraph([{ type: 'emphasis', children: [text(note)] }]))
  return out
}

// Inline Markdown of a cell as phrasing content, so links and emphasis round-trip unescaped.
function inlineMdast(markdown: string): PhrasingContent[] {
  const [first] = proseToMdast(markdown, 6)
  return first?.type === 'paragraph' ? first.children : [text(markdown)]
}

function list(items: ListItem[], ordered: boolean, depth: number): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((i) => {
      const head: PhrasingContent[] = []
      if (i.title) head.push(strong(i.number && !ordered ? `${i.number} ${i.title}` : i.title))
      if (i.text) head.push(text(head.length ? ` – ${i.text}` : i.text))
      const content: BlockContent[] = []
      if (head.length) content.push(paragraph(head))
      if (i.markdown) content.push(...(proseToMdast(i.markdown, depth) as BlockContent[]))
      for (const b of i.blocks ?? []) content.push(...(block(b, depth, false) as BlockContent[]))
      if (i.items?.length) content.push(list(i.items, false, depth))
      return item(content)
    })
  }
}

function tocList(entries: TocEntry[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map((e) => {
      const link: PhrasingContent = { type: 'link', url: `#${e.id}`, children: [text(e.numberLabel ? `${e.numberLabel} ${e.title}` : e.title)] }
      return item([paragraph([link]), ...(e.entries.length ? [tocList(e.entries)] : [])])
    })
  }
}

function labelList(items: Array<{ label: string; value: string }>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((i) => item([paragraph([strong(`${i.label}:`), text(` ${i.value}`)])]))
  }
}

function heading(depth: number, children: PhrasingContent[]): Heading {
  return { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children }
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children }
}

function item(children: BlockContent[]): MdListItem {
  return { type: 'listItem', spread: false, children }
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] }
}

function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

// An empty anchor element; the id is escaped although model ids are restricted by the schema.
function anchor(id: string): string {
  return `<a id="${id.replace(/[^A-Za-z0-9._-]/g, (c) => `&#${c.codePointAt(0)};`)}"></a>`
}

function renvooiRuns(parts: RenvooiPart[]): PhrasingContent[] {
  return parts.flatMap((part) => (part.change === 'same' ? [text(part.text)] : renvooiPart(part.text, part.change)))
}

// Struck text is GFM strikethrough; inserted text is bold (Markdown has no underline). The
// marks go around the words only: `~~ x~~` with a space inside is not strikethrough.
function renvooiPart(value: string, change: 'removed' | 'added'): PhrasingContent[] {
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? []
  if (!words) return [text(value)]
  const marked: PhrasingContent = change === 'removed' ? { type: 'delete', children: [text(words)] } : strong(words)
  return [...(before ? [text(before)] : []), marked, ...(after ? [text(after)] : [])]
}
