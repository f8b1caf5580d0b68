import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Run } from './inline.js'

/** A block of prose, ready to lay out. */
export type ProseNode =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; depth: number; runs: Run[] }
  | { type: 'list'; ordered: boolean; start: number; items: ProseNode[][] }
  | { type: 'quote'; children: ProseNode[] }
  | { type: 'code'; text: string }
  | { type: 'table'; align: Array<'left' | 'right'>; header: Run[][]; rows: Run[][][] }
  | { type: 'rule' }

/** A footnote, numbered across the whole document. */
export interface ProseNote {
  /** Number shown in the text and before the note. */
  number: number
  /** Destination name of the note. */
  id: string
  /** The note's content. */
  children: ProseNode[]
}

/** Parsed prose: blocks and the notes they reference. */
export interface Prose {
  /** Blocks in order. */
  nodes: ProseNode[]
  /** Footnotes referenced from `nodes`, in order of first reference. */
  notes: ProseNote[]
}

/** Counts footnotes across a document, so numbers never repeat. */
export interface NoteCounter {
  /** The last number handed out. */
  last: number
}

const processor = unified().use(remarkParse).use(remarkGfm)

/** Parsed trees by source, so the two layout passes parse each text once. */
const trees = new Map<string, Root>()

function parseTree(markdown: string): Root {
  let tree = trees.get(markdown)
  if (!tree) {
    tree = processor.runSync(processor.parse(markdown)) as Root
    if (trees.size >= 5000) trees.clear()
    trees.set(markdown, tree)
  }
  return tree
}

/**
 * Parse Markdown (GFM) into prose blocks. Raw HTML is dropped; `[x](#id)` links become links
 * to named destinations; footnotes are numbered with `counter`.
 *
 * @param markdown The Markdown.
 * @param counter Footnote counter shared by the document.
 * @returns Blocks and notes.
 */
export function parseProse(markdown: string, counter: NoteCounter): Prose {
  const tree = parseTree(markdown)
  const definitions = new Map<string, FootnoteDefinition>()
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node)
  }
  const numbers = new Map<string, number>()
  const notes: ProseNote[] = []
  const context: Context = {
    note(identifier) {
      let number = numbers.get(identifier)
      if (number === undefined) {
        number = ++counter.last
        numbers.set(identifier, number)
        const definition = definitions.get(identifier)
        notes.push({ number, id: `noot-${number}`, children: definition ? blocks(definition.children, context) : [] })
      }
      return number
    }
  }
  return { nodes: blocks(tree.children, context), notes }
}

/** Parsing state. */
interface Context {
  /** The number of a footnote, assigned at its first reference. */
  note(identifier: string): number
}

function blocks(nodes: RootContent[], context: Context): ProseNode[] {
  const result: ProseNode[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const runs = phrasing(node.children, {}, context)
        if (runs.some((r) => r.text.trim())) result.push({ type: 'paragraph', runs })
        break
      }
      case 'heading':
        result.push({ type: 'heading', depth: node.depth, runs: phrasing(node.children, {}, context) })
        break
      case 'list':
        result.push({
          type: 'list',
          ordered: Boolean(node.ordered),
          start: node.start ?? 1,
          items: node.children.map((item) => blocks(item.children, context))
        })
        break
      case 'blockquote':
        result.push({ type: 'quote', children: blocks(node.children, context) })
        break
      case 'code':
        result.push({ type: 'code', text: node.value })
        break
      case 'thematicBreak':
        result.push({ type: 'rule' })
        break
      case 'table': {
        const [head, ...body] = node.children
        const cells = (row: typeof head) => (row ? row.children.map((cell) => phrasing(cell.children, {}, context)) : [])
        result.push({
          type: 'table',
          align: (node.align ?? []).map((a) => (a === 'right' ? 'right' : 'left')),
          header: cells(head),
          rows: body.map(cells)
        })
        break
      }
      default:
        // html, definitions, footnote definitions (rendered as notes), yaml: not shown.
        break
    }
  }
  return result
}

type Style = Pick<Run, 'bold' | 'italic' | 'link'>

function phrasing(nodes: PhrasingContent[], style: Style, context: Context): Run[] {
  const runs: Run[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        runs.push({ ...style, text: node.value.replace(/\s+/g, ' ') })
        break
      case 'strong':
        runs.push(...phrasing(node.children, { ...style, bold: true }, context))
        break
      case 'emphasis':
        runs.push(...phrasing(node.children, { ...style, italic: true }, context))
        break
      case 'delete':
        runs.push(...phrasing(node.children, style, context))
        break
      case 'inlineCode':
        runs.push({ ...style, mono: true, text: node.value })
        break
      case 'break':
        runs.push({ text: '\n' })
        break
      case 'link': {
        const link = node.url.startsWith('#') ? { dest: decodeURIComponent(node.url.slice(1)) } : { url: node.url }
        runs.push(...phrasing(node.children, { ...style, link }, context))
        break
      }
      case 'linkReference':
        runs.push(...phrasing(node.children, style, context))
        break
      case 'image':
      case 'imageReference':
        if (node.alt) runs.push({ ...style, italic: true, text: node.alt })
        break
      case 'footnoteReference': {
        const number = context.note(node.identifier)
        runs.push({ text: String(number), sup: true, link: { dest: `noot-${number}` } })
        break
      }
      default:
        // Raw HTML is dropped.
        break
    }
  }
  return runs
}
