import { timelinePosition, type TimelineBlock, type TimelineRow } from '@kapstok/documents'
import { renderParagraph, type ProseContext } from './prose.js'
import type { Writer } from './writer.js'

/** Lines (pijler headings and bars) per landscape page. */
const linesPerPage = 40

/** One line of the chart: a pijler heading or a bar. */
type ChartLine = { kind: 'group'; title: string } | { kind: 'row'; row: TimelineRow }

/**
 * Draw a timeline as vector graphics on landscape pages of about 40 lines each. Each page's
 * chart is one `Figure` with the block's description as alternative text (and which part it
 * is); its caption is a paragraph before it, the legend and notes follow it.
 * Uncertain starts and ends are drawn light and dashed, `doorlopend` bars end in an arrow.
 *
 * @param block The timeline.
 * @param context Where to render it.
 */
export function drawTimeline(block: TimelineBlock, context: ProseContext): void {
  const { w } = context
  const lines: ChartLine[] = block.groups.flatMap((g) => [{ kind: 'group', title: g.title } as ChartLine, ...g.rows.map((row) => ({ kind: 'row', row }) as ChartLine)])
  const pages: ChartLine[][] = []
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage))
  // A pijler heading never ends a page.
  pages.forEach((page, i) => {
    const next = pages[i + 1]
    if (next && page.at(-1)?.kind === 'group') next.unshift(page.pop() as ChartLine)
  })
  const small = w.layout.sizes.small
  pages.forEach((page, index) => {
    const part = pages.length > 1 ? ` (deel ${index + 1} van ${pages.length})` : ''
    const captionHeight = w.layout.sizes.body * 2
    // Rows share the page with the caption above and the legend below, 12 pt at most.
    const rowHeightAt = (above: number) => Math.min(12, (w.remaining - above - small * 4 * 1.4 - 20) / (Math.max(page.length, 20) + 1.5))
    // A page of its own for each part; the first may share the page of the appendix heading.
    if (!w.landscape || (index > 0 && !w.atTop) || rowHeightAt(captionHeight) < 8) w.newPage({ landscape: true })
    if (index === 0) w.destination(block.id)
    renderParagraph([{ text: `${block.caption}${part}`, bold: true }], { ...context, indent: 0 }, { size: w.layout.sizes.body, leading: 1.4 })
    const rowHeight = rowHeightAt(0)
    const height = rowHeight * (page.length + 1.5)
    const alt = `${block.description}${part ? ` Deel ${index + 1} van ${pages.length}.` : ''}`
    const figure = w.tags.open('Figure', context.parent, { alt, bbox: [w.left, w.y, w.left + w.width, w.y + height] })
    w.tags.mark(figure, () => drawChart(w, block, page, rowHeight, height))
    figure.end()
    w.y += height + small
  })
  const legend = 'Een lichte, gestippelde balk is een onzekere datum; een pijl is een doorlopende actie. De tabellen geven dezelfde gegevens als tekst.'
  for (const text of [legend, ...block.notes]) {
    renderParagraph([{ text, italic: true }], { ...context, indent: 0 }, { size: small, leading: 1.4 }, { color: w.layout.colours.muted })
  }
}

function drawChart(w: Writer, block: TimelineBlock, page: ChartLine[], rowHeight: number, height: number): void {
  const { doc, layout } = w
  const labels = w.width * 0.34
  const chart = w.width - labels - 12
  const x = (iso: string, edge: 'start' | 'end' = 'start') => w.left + labels + chart * timelinePosition(block, iso, edge)
  const top = w.y
  const axis = rowHeight * 1.5
  const size = Math.min(layout.sizes.small, rowHeight * 0.72)
  doc.save()
  for (const year of block.years) {
    const left = x(`${year}-01-01`)
    const right = x(`${year}-12-31`, 'end')
    doc.moveTo(left, top + axis - 3).lineTo(left, top + height).lineWidth(0.4).strokeColor(layout.colours.rule).stroke()
    doc.font('bold').fontSize(size).fillColor(layout.colours.text).text(String(year), left, top + 1, { width: right - left, align: 'center', lineBreak: false })
  }
  let y = top + axis
  for (const line of page) {
    const baseline = y + (rowHeight - size) / 2
    if (line.kind === 'group') {
      doc.font('condBold').fontSize(size).fillColor(layout.colours.primary).text(line.title, w.left, baseline, { width: w.width, lineBreak: false, ellipsis: true })
    } else {
      doc.font('cond').fontSize(size).fillColor(layout.colours.text).text(line.row.label, w.left + 6, baseline, { width: labels - 10, height: size * 1.3, lineBreak: false, ellipsis: true })
      drawBar(w, line.row, x, y + rowHeight * 0.2, rowHeight * 0.6)
    }
    y += rowHeight
  }
  doc.restore()
}

function drawBar(w: Writer, row: TimelineRow, x: (iso: string, edge?: 'start' | 'end') => number, top: number, height: number): void {
  const { doc } = w
  const colour = w.layout.colours.primary
  const from = x(row.start)
  const to = x(row.end, 'end')
  const solidFrom = row.fuzzyStart ? Math.min(to, x(row.fuzzyStart, 'end')) : from
  const solidTo = row.fuzzyEnd ? Math.max(solidFrom, x(row.fuzzyEnd)) : to
  const fuzzy = (a: number, b: number) => {
    if (b <= a) return
    doc.save().rect(a, top, b - a, height).fillOpacity(0.3).fill(colour).restore()
    doc.save().rect(a, top, b - a, height).lineWidth(0.5).dash(1.5, { space: 1.5 }).strokeColor(colour).stroke().undash().restore()
  }
  fuzzy(from, solidFrom)
  if (solidTo > solidFrom) doc.rect(solidFrom, top, solidTo - solidFrom, height).fill(colour)
  fuzzy(solidTo, to)
  if (row.open) doc.polygon([to, top - 1.5], [to + 6, top + height / 2], [to, top + height + 1.5]).fill(colour)
}
