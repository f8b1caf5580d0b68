import type { TextStyle } from './inline.js'
import type { TocEntry } from '@kapstok/documents'
import type { Writer } from './writer.js'

/** Width reserved for page numbers, so the TOC has the same length in every pass. */
const PAGE_COLUMN = 34

/**
 * Render the table of contents: a `TOC` of `TOCI` items, each a link to its heading with the
 * page number found by the previous pass, dot leaders drawn as artifacts.
 *
 * @param w The writer (on a fresh page).
 * @param entries TOC entries of the view.
 */
export function renderToc(w: Writer, entries: TocEntry[]): void {
  const { layout, tags } = w
  const titleStyle: TextStyle = { size: layout.sizes.h1, leading: 1.25, bold: true }
  const heading = tags.open('H1')
  const titleLines = w.lines([{ text: layout.labels.toc }], w.width, titleStyle)
  w.drawLines(titleLines, w.left, w.y, titleStyle, heading, { color: layout.colours.primary })
  heading.end()
  w.y += titleLines.length * titleStyle.size * titleStyle.leading + layout.sizes.body * 1.2
  const toc = tags.open('TOC')
  renderEntries(w, entries, toc, 1)
  toc.end()
}

function renderEntries(w: Writer, entries: TocEntry[], parent: PDFKit.PDFStructureElement, depth: number): void {
  const { layout, tags, doc } = w
  for (const entry of entries) {
    if (depth > layout.tocDepth) continue
    const style: TextStyle = { size: layout.sizes.body, leading: 1.45, bold: depth === 1 }
    const indent = (depth - 1) * 22
    const numberWidth = depth === 1 ? 30 : 34
    const label = entry.numberLabel ?? ''
    const labelWidth = label ? Math.max(numberWidth, w.measure(label, style.bold ? 'bold' : 'regular', style.size) + 8) : 0
    const textX = w.left + indent + labelWidth
    const textWidth = w.width - indent - labelWidth - PAGE_COLUMN - 6
    const lines = w.lines([{ text: entry.title }], textWidth, style)
    const lineHeight = style.size * style.leading
    const gap = depth === 1 ? style.size * 0.6 : 0
    w.ensure(gap + lines.length * lineHeight)
    if (!w.atTop) w.y += gap
    const top = w.y
    const page = w.previous?.destinations.get(entry.id)
    const pageText = page === undefined ? '' : String(page)
    const item = tags.open('TOCI', parent)
    const link = tags.open('Link', item)
    tags.mark(link, () => {
      doc.font(style.bold ? 'bold' : 'regular').fontSize(style.size).fillColor(layout.colours.text)
      const offset = (lineHeight - style.size * 1.164) / 2
      if (label) doc.text(label, w.left + indent, top + offset, { lineBreak: false })
      lines.forEach((line, i) => {
        for (const s of line.segments) doc.font(s.font).text(s.text, textX + s.x, top + i * lineHeight + offset, { lineBreak: false })
      })
      const pageWidth = w.measure(pageText, style.bold ? 'bold' : 'regular', style.size)
      doc.font(style.bold ? 'bold' : 'regular')
      doc.text(pageText, w.left + w.width - pageWidth, top + (lines.length - 1) * lineHeight + offset, { lineBreak: false })
    })
    const last = lines[lines.length - 1]
    const leaderStart = textX + (last?.width ?? 0) + 4
    const leaderEnd = w.left + w.width - PAGE_COLUMN + 4
    if (leaderEnd > leaderStart) {
      tags.artifact('Layout', () => {
        const y = top + (lines.length - 1) * lineHeight + lineHeight * 0.72
        doc.save().moveTo(leaderStart, y).lineTo(leaderEnd, y).lineWidth(0.7).dash(0.7, { space: 2.5 }).strokeColor(layout.colours.muted).stroke().undash().restore()
      })
    }
    const height = lines.length * lineHeight
    const options = { structParent: link, Contents: new String(`${label} ${entry.title}`.trim()) } as unknown as PDFKit.Mixins.AnnotationOption
    if (w.knows(entry.id)) doc.goTo(w.left + indent, top, w.width - indent, height, entry.id, options)
    link.end()
    w.y = top + height
    if (entry.entries.length > 0 && depth < layout.tocDepth) {
      const nested = tags.open('TOC', item)
      renderEntries(w, entry.entries, nested, depth + 1)
      nested.end()
    }
    item.end()
  }
}
