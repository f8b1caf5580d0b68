import type { Run, TextStyle } from './inline.js'
import { parseProse, type NoteCounter, type ProseNode, type ProseNote } from './markdown.js'
import { drawTable } from './table.js'
import type { StructElement } from './tagging.js'
import type { Writer } from './writer.js'

/** Where prose goes: the writer, its parent element, and the heading level it sits under. */
export interface ProseContext {
  /** The writer. */
  w: Writer
  /** Structure parent. */
  parent: StructElement
  /** Level of the enclosing section heading (Markdown headings go one deeper). */
  level: number
  /** Footnote counter of the document. */
  notes: NoteCounter
  /** Left indent (lists, quotes). */
  indent: number
}

/**
 * Render Markdown prose: paragraphs, lists, quotes, tables and footnotes (as notes under the
 * text), each with its structure element.
 *
 * @param markdown The Markdown.
 * @param context Where to render it.
 */
export function renderMarkdown(markdown: string, context: ProseContext): void {
  const prose = parseProse(markdown, context.notes)
  renderNodes(prose.nodes, context)
  if (prose.notes.length > 0) renderNotes(prose.notes, context)
}

/**
 * Render a paragraph of runs as a `P` element.
 *
 * @param runs The text.
 * @param context Where to render it.
 * @param style Text style (default: body).
 * @param options Colour and element type (optional).
 */
export function renderParagraph(runs: Run[], context: ProseContext, style = bodyStyle(context.w), options: { color?: string; type?: string } = {}): void {
  const { w } = context
  const element = w.tags.open(options.type ?? 'P', context.parent)
  const drawOptions: { indent: number; color?: string } = { indent: context.indent }
  if (options.color) drawOptions.color = options.color
  w.paragraph(runs, element, style, drawOptions)
  element.end()
  w.y += style.size * 0.6
}

/**
 * The body text style of a layout.
 *
 * @param w The writer.
 * @returns Body style.
 */
export function bodyStyle(w: Writer): TextStyle {
  return { size: w.layout.sizes.body, leading: w.layout.sizes.leading }
}

function renderNodes(nodes: ProseNode[], context: ProseContext): void {
  const { w } = context
  const body = bodyStyle(w)
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        // A note links back to the paragraph that references it.
        for (const run of node.runs) {
          if (run.sup && run.link && 'dest' in run.link && run.link.dest.startsWith('noot-')) w.destination(`${run.link.dest}-ref`)
        }
        renderParagraph(node.runs, context)
        break
      case 'heading': {
        const style: TextStyle = { size: w.layout.sizes.h3, leading: 1.3, bold: true }
        w.ensure(style.size * 1.3 + body.size * body.leading * 3)
        w.y += 2
        renderParagraph(node.runs, context, style, { type: `H${Math.min(6, context.level + 1)}`, color: w.layout.colours.primary })
        break
      }
      case 'list':
        renderList(node, context)
        break
      case 'quote': {
        const quote = w.tags.open('BlockQuote', context.parent)
        renderNodes(node.children, { ...context, parent: quote, indent: context.indent + 14 })
        quote.end()
        break
      }
      case 'code':
        renderParagraph([{ text: node.text, mono: true }], context, { ...body, size: body.size * 0.9 })
        break
      case 'rule':
        w.tags.artifact('Layout', () => {
          w.doc.moveTo(w.left + context.indent, w.y + 4).lineTo(w.left + w.width, w.y + 4).lineWidth(0.5).strokeColor(w.layout.colours.rule).stroke()
        })
        w.y += 10
        break
      case 'table': {
        // GFM makes the first row the header. An empty one is no header, and one that holds
        // data (an amount such as `€ 300.000` or `1,5`: a table converted from Word without its
        // header; years like `2024` are real headers) is the first row, not a header to repeat.
        const labels = node.header.map((cell) => cell.map((r) => r.text).join('').trim())
        const empty = labels.every((l) => l === '')
        const data = !empty && labels.some((l) => /^[-+€\s]*\d+(?:[.,]\d+)+\s*%?$|^€\s*[-\d]/.test(l))
        const rows = [...(data ? [node.header] : []), ...node.rows].map((cells) => ({ kind: 'row' as const, cells }))
        drawTable(
          w,
          {
            columns: labels.map((label, i) => ({ label, align: node.align[i] ?? 'left' })),
            rows,
            ...(empty || data ? { header: false } : {})
          },
          context.parent
        )
        break
      }
    }
  }
}

function renderList(list: Extract<ProseNode, { type: 'list' }>, context: ProseContext): void {
  const { w } = context
  const body = bodyStyle(w)
  const element = w.tags.open('L', context.parent)
  const hang = list.ordered ? 18 : 12
  list.items.forEach((item, index) => {
    const li = w.tags.open('LI', element)
    const label = list.ordered ? `${list.start + index}.` : depthBullet(context.indent)
    w.ensure(body.size * body.leading * 2)
    const lbl = w.tags.open('Lbl', li)
    const lines = w.lines([{ text: label }], hang, body)
    w.drawLines(lines, w.left + context.indent, w.y, body, lbl, { color: w.layout.colours.accent })
    lbl.end()
    const lbody = w.tags.open('LBody', li)
    renderNodes(item, { ...context, parent: lbody, indent: context.indent + hang })
    lbody.end()
    li.end()
  })
  element.end()
}

function depthBullet(indent: number): string {
  return indent >= 24 ? '–' : '•'
}

function renderNotes(notes: ProseNote[], context: ProseContext): void {
  const { w } = context
  const style: TextStyle = { size: w.layout.sizes.small, leading: 1.4 }
  w.ensure(style.size * style.leading * 3)
  w.tags.artifact('Layout', () => {
    w.doc.moveTo(w.left, w.y + 2).lineTo(w.left + 80, w.y + 2).lineWidth(0.5).strokeColor(w.layout.colours.rule).stroke()
  })
  w.y += 6
  for (const note of notes) {
    const element = w.tags.open('Note', context.parent, { id: note.id })
    w.destination(note.id)
    const [first, ...rest] = note.children
    const firstRuns = first && first.type === 'paragraph' ? first.runs : []
    const back = w.knows(`${note.id}-ref`) ? [{ text: ' ↩', link: { dest: `${note.id}-ref` } }] : []
    const lines = w.lines([{ text: `${note.number} `, sup: false, bold: true }, ...firstRuns, ...back], w.width - context.indent, style)
    w.ensure(lines.length * style.size * style.leading)
    w.drawLines(lines, w.left + context.indent, w.y, style, element, { color: w.layout.colours.muted })
    w.y += lines.length * style.size * style.leading
    const remaining = first && first.type === 'paragraph' ? rest : note.children
    if (remaining.length > 0) renderNodes(remaining, { ...context, parent: element, indent: context.indent + 10 })
    element.end()
  }
  w.y += style.size
}
