import type { Run, TextStyle } from './inline.js'
import { parseProse } from './markdown.js'
import { bodyStyle, renderMarkdown, renderParagraph, type ProseContext } from './prose.js'
import { drawTable, type PdfTable } from './table.js'
import { drawTimeline } from './timeline.js'
import type { Block, BesluitBlock, ListItem, Signature, TableBlock, TableCell } from '@kapstok/documents'

/**
 * Render one block of a document view.
 *
 * @param block The block.
 * @param context Where to render it.
 * @param onRow Called after every table body row (progress) (optional).
 */
export function renderBlock(block: Block, context: ProseContext, onRow?: () => void): void {
  const { w } = context
  switch (block.type) {
    case 'prose':
      renderMarkdown(block.markdown, context)
      break
    case 'quote': {
      const quote = w.tags.open('BlockQuote', context.parent)
      const style = bodyStyle(w)
      const height = w.lines([{ text: block.text }], w.width - context.indent - 12, style).length * style.size * style.leading
      w.ensure(Math.min(height, style.size * style.leading * 2))
      w.tags.artifact('Layout', () => {
        w.doc.rect(w.left + context.indent, w.y, 2.5, Math.min(height, w.remaining)).fillColor(w.layout.colours.accent).fill()
      })
      renderParagraph([{ text: block.text, italic: true }], { ...context, parent: quote, indent: context.indent + 12 }, bodyStyle(w), {
        color: w.layout.colours.primary
      })
      quote.end()
      break
    }
    case 'note':
      renderParagraph([{ text: block.text, italic: true }], context, { ...bodyStyle(w), size: w.layout.sizes.small }, {
        color: block.tone === 'warning' ? '#9c2a00' : w.layout.colours.muted
      })
      break
    case 'table':
      drawTable(w, fromTableBlock(block), context.parent, onRow)
      break
    case 'list':
      renderItems(block.items, block.ordered, context, onRow)
      break
    case 'definitions':
      drawTable(
        w,
        {
          header: false,
          columns: [
            { label: 'Begrip', align: 'left' },
            { label: 'Betekenis', align: 'left' }
          ],
          rows: block.items.map((item) => ({ kind: 'row', ...(item.id ? { id: item.id } : {}), cells: [[{ text: item.term }], [{ text: item.definition }]] }))
        },
        context.parent
      )
      break
    case 'meta':
      drawTable(
        w,
        {
          header: false,
          columns: [
            { label: 'Gegeven', align: 'left' },
            { label: 'Waarde', align: 'left' }
          ],
          rows: block.items.map((item) => ({ kind: 'row', cells: [[{ text: item.label }], [{ text: item.value }]] }))
        },
        context.parent
      )
      break
    case 'agenda-summary': {
      const target = block.href.startsWith('#') ? block.href.slice(1) : undefined
      const link: Run = target ? { text: block.linkText, link: { dest: target } } : { text: block.linkText }
      renderParagraph([{ text: `${block.text} Zie ` }, link, { text: '.' }], context)
      break
    }
    case 'besluit':
      renderBesluit(block, context)
      break
    case 'text':
      renderParagraph([{ text: block.text }], context)
      break
    case 'timeline':
      drawTimeline(block, context)
      break
    case 'renvooi':
      renderParagraph(cellRuns({ text: '', renvooi: block.parts }), context)
      break
    case 'signatures': {
      const element = w.tags.open('Div', context.parent)
      if (block.intro) renderParagraph([{ text: block.intro }], { ...context, parent: element })
      renderSignatures(block.items, { ...context, parent: element })
      element.end()
      break
    }
  }
}

/**
 * A view table as a PDF table: cells with `#id` links become internal links.
 *
 * @param block The table block.
 * @returns The PDF table.
 */
export function fromTableBlock(block: TableBlock): PdfTable {
  const table: PdfTable = {
    id: block.id,
    caption: block.caption,
    columns: block.columns.map((c) => ({ label: c.label, align: c.align })),
    rows: block.rows.map((row) => ({ kind: row.kind, ...(row.id ? { id: row.id } : {}), cells: row.cells.map(cellRuns) })),
    notes: block.notes
  }
  return table
}

function cellRuns(cell: TableCell): Run[] {
  if (cell.renvooi) return cell.renvooi.map((p) => (p.change === 'same' ? { text: p.text } : { text: p.text, mark: p.change }))
  if (cell.markdown) {
    const [first] = parseProse(cell.markdown, { last: 0 }).nodes
    if (first?.type === 'paragraph') return first.runs
  }
  if (!cell.href) return [{ text: cell.text }]
  const link = cell.href.startsWith('#') ? { dest: cell.href.slice(1) } : { url: cell.href }
  return [{ text: cell.text, link }]
}

function renderItems(items: ListItem[], ordered: boolean, context: ProseContext, onRow?: () => void): void {
  const { w } = context
  const body = bodyStyle(w)
  const list = w.tags.open('L', context.parent)
  const hang = ordered ? 22 : 12
  items.forEach((item, index) => {
    const li = w.tags.open('LI', list)
    if (item.id) w.destination(item.id)
    w.ensure(body.size * body.leading * 2)
    const lbl = w.tags.open('Lbl', li)
    const label = ordered ? numberLabel(item.number ?? String(index + 1)) : '•'
    w.drawLines(w.lines([{ text: label, bold: ordered }], hang, body), w.left + context.indent, w.y, body, lbl, { color: w.layout.colours.accent })
    lbl.end()
    const lbody = w.tags.open('LBody', li)
    const inner: ProseContext = { ...context, parent: lbody, indent: context.indent + hang }
    if (item.title || item.text) {
      renderParagraph([...(item.title ? [{ text: item.title, bold: true }] : []), ...(item.text ? [{ text: item.title ? ` ${item.text}` : item.text }] : [])], inner)
    }
    if (item.markdown) renderMarkdown(item.markdown, inner)
    for (const block of item.blocks ?? []) renderBlock(block, inner, onRow)
    if (item.items && item.items.length > 0) renderItems(item.items, ordered, inner, onRow)
    lbody.end()
    li.end()
  })
  list.end()
  w.y += body.size * 0.3
}

function renderBesluit(block: BesluitBlock, context: ProseContext): void {
  const { w } = context
  const body = bodyStyle(w)
  const element = w.tags.open('Div', context.parent)
  const inner: ProseContext = { ...context, parent: element }
  if (block.intitule) renderParagraph([{ text: block.intitule, bold: true }], inner, { ...body, size: body.size * 1.1 })
  renderParagraph([{ text: block.aanhef }], inner)
  for (const line of block.overwegingen) renderParagraph([{ text: line }], inner)
  renderParagraph([{ text: block.besluit, bold: true }], inner)
  const list = w.tags.open('L', element)
  for (const dictum of block.dicta) {
    const li = w.tags.open('LI', list)
    w.ensure(body.size * body.leading * 2)
    const lbl = w.tags.open('Lbl', li)
    w.drawLines(w.lines([{ text: numberLabel(dictum.number) }], 22, body), w.left + context.indent, w.y, body, lbl)
    lbl.end()
    const lbody = w.tags.open('LBody', li)
    renderParagraph([{ text: dictum.text }], { ...inner, parent: lbody, indent: context.indent + 22 })
    lbody.end()
    li.end()
  }
  list.end()
  w.y += body.size * 0.5
  renderParagraph([{ text: block.slot }], inner)
  renderSignatures(block.ondertekening, inner)
  element.end()
}

function renderSignatures(items: Signature[], context: ProseContext): void {
  const { w } = context
  const style: TextStyle = bodyStyle(w)
  w.ensure(style.size * style.leading * 5)
  const columnWidth = (w.width - context.indent) / Math.max(1, items.length)
  const top = w.y + style.size
  items.forEach((signer, i) => {
    const p = w.tags.open('P', context.parent)
    const runs: Run[] = [{ text: signer.rol }, { text: '\n' }, { text: '\n' }, { text: signer.naam || ' ' }]
    w.drawLines(w.lines(runs, columnWidth - 10, style), w.left + context.indent + i * columnWidth, top, style, p)
    p.end()
  })
  w.y = top + style.size * style.leading * 4
}

/** A list number with one trailing dot: `1` and `1.` both give `1.`; `a)` stays. */
function numberLabel(number: string): string {
  return /[.)]$/.test(number) ? number : `${number}.`
}
