import { ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx'
import type { FootnoteDefinition, List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Footnotes } from './notes.js'
import { dataTable } from './table.js'
import type { DocxBlock } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/** Run formatting inherited from enclosing emphasis. */
type Marks = Pick<IRunOptions, 'bold' | 'italics' | 'strike'>

/** Reference names of the list numberings (see `numbering` in `render.ts`). */
export const listReferences = { ordered: 'kapstok-genummerd', bullet: 'kapstok-opsomming' } as const

/** Counter that gives each ordered list its own numbering instance, so each starts at 1. */
export interface ListCounter {
  /** Last instance used. */
  last: number
}

/**
 * Render a Markdown (GFM) text as Word paragraphs, lists and tables, with its footnotes as
 * Word footnotes.
 *
 * @param markdown The text.
 * @param notes The document's footnotes.
 * @param lists The document's list counter.
 * @param bookmarks Word bookmark names by section anchor, for links inside the document (optional).
 * @returns Blocks.
 */
export function markdownBlocks(markdown: string, notes: Footnotes, lists: ListCounter, bookmarks?: Map<string, string>): DocxBlock[] {
  const tree = parser.parse(markdown) as Root
  const ids = new Map<string, number>()
  const definitions = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')
  for (const def of definitions) ids.set(def.identifier, notes.next())
  const context: Context = { notes, ids, lists, ...(bookmarks ? { bookmarks } : {}) }
  for (const def of definitions) {
    notes.set(ids.get(def.identifier) as number, def.children.flatMap((c) => block(c, context, 0)).filter((b): b is Paragraph => b instanceof Paragraph))
  }
  return tree.children.flatMap((node) => block(node, context, 0))
}

/**
 * Render inline Markdown (a cell, a list title) as runs.
 *
 * @param nodes Phrasing content.
 * @param marks Formatting to apply (optional).
 * @returns Runs and hyperlinks.
 */
export function inlineRuns(nodes: PhrasingContent[], marks: Marks = {}, context?: Context): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), ...marks })]
      case 'inlineCode':
        return [new TextRun({ text: node.value, font: 'Consolas', ...marks })]
      case 'strong':
        return inlineRuns(node.children, { ...marks, bold: true }, context)
      case 'emphasis':
        return inlineRuns(node.children, { ...marks, italics: true }, context)
      case 'delete':
        return inlineRuns(node.children, { ...marks, strike: true }, context)
      case 'break':
        return [new TextRun({ text: '', break: 1 })]
      case 'link':
        // A link inside the document goes to the section's bookmark; an anchor Word has no bookmark for keeps its text only.
        if (node.url.startsWith('#')) {
          const bookmark = context?.bookmarks?.get(decodeURIComponent(node.url.slice(1)))
          const runs = inlineRuns(node.children, marks, context)
          return bookmark ? [new InternalHyperlink({ anchor: bookmark, children: runs.filter((r): r is TextRun => r instanceof TextRun) })] : runs
        }
        return [new ExternalHyperlink({ link: node.url, children: inlineRuns(node.children, marks, context).filter((r): r is TextRun => r instanceof TextRun) })]
      case 'footnoteReference': {
        const id = context?.ids.get(node.identifier)
        return id === undefined ? [new TextRun({ text: `[^${node.label ?? node.identifier}]`, ...marks })] : [new FootnoteReferenceRun(id)]
      }
      case 'image':
        return node.alt ? [new TextRun({ text: `[${node.alt}]`, italics: true })] : []
      case 'html':
        return []
      default:
        return 'children' in node ? inlineRuns(node.children as PhrasingContent[], marks, context) : []
    }
  })
}

interface Context {
  notes: Footnotes
  ids: Map<string, number>
  lists: ListCounter
  bookmarks?: Map<string, string>
}

function block(node: RootContent, context: Context, level: number, style?: string): DocxBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(node.children, {}, context), ...(style ? { style } : {}) })]
    case 'heading':
      return [new Paragraph({ children: inlineRuns(node.children, { bold: true }, context), keepNext: true })]
    case 'blockquote':
      return node.children.flatMap((c) => block(c, context, level, 'Quote'))
    case 'list':
      return list(node, context, level)
    case 'table':
      return [markdownTable(node, context)]
    case 'code':
      return node.value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }))
    case 'thematicBreak':
      return [new Paragraph({ thematicBreak: true })]
    default:
      return []
  }
}

function list(node: List, context: Context, level: number): DocxBlock[] {
  const instance = node.ordered ? ++context.lists.last : 0
  return node.children.flatMap((item) =>
    item.children.flatMap((child, i) => {
      if (child.type === 'list') return list(child, context, Math.min(level + 1, 8))
      if (child.type !== 'paragraph') return block(child, context, level)
      const numbering = node.ordered ? { reference: listReferences.ordered, level, instance } : { reference: listReferences.bullet, level }
      return [new Paragraph({ children: inlineRuns(child.children, {}, context), ...(i === 0 ? { numbering } : { indent: { left: 720 * (level + 1) } }) })]
    })
  )
}

function markdownTable(node: MdTable, context: Context): DocxBlock {
  const [head, ...body] = node.children
  return dataTable({
    header: (head?.children ?? []).map((cell) => inlineRuns(cell.children, { bold: true }, context)),
    rows: body.map((row) => ({ kind: 'row' as const, cells: row.children.map((cell) => inlineRuns(cell.children, {}, context)) })),
    align: (node.align ?? []).map((a) => (a === 'right' ? 'right' : 'left'))
  })
}
