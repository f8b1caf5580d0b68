import type { TextStyle } from './inline.js'
import { loadLogo } from './logo.js'
import { drawTable } from './table.js'
import type { DocumentView } from '@kapstok/documents'
import type { Writer } from './writer.js'

/**
 * Render the title page: colour band, logo (a `Figure` with alternative text), municipality,
 * title, subtitle, document kind, and the title-page data (status, version, date, …) as a
 * two-column table.
 *
 * @param w The writer (on a fresh page without header and footer).
 * @param view The document view.
 */
export function renderTitlePage(w: Writer, view: DocumentView): void {
  const { layout, tags, doc } = w
  const { meta } = view
  tags.artifact('Layout', () => {
    doc.rect(0, 0, doc.page.width, 14).fillColor(layout.colours.primary).fill()
    doc.rect(0, 14, doc.page.width, 3).fillColor(layout.colours.accent).fill()
  })
  w.y = 70
  const logo = layout.logo ? loadLogo(doc, layout.logo) : undefined
  if (logo) {
    const alt = layout.labels.logoAlt.replace('{gemeente}', meta.gemeente)
    const width = layout.logoWidth
    const height = (logo.height / logo.width) * width
    const figure = tags.open('Figure', tags.root, { alt, bbox: [w.left, w.y, w.left + width, w.y + height] })
    tags.mark(figure, () => logo.draw(doc, w.left, w.y, width))
    figure.end()
    w.y += height + 40
  } else {
    w.y += 60
  }
  const line = (text: string, style: TextStyle, color: string, after: number) => {
    const p = tags.open('P')
    const lines = w.lines([{ text }], w.width, style)
    w.drawLines(lines, w.left, w.y, style, p, { color })
    p.end()
    w.y += lines.length * style.size * style.leading + after
  }
  line(`Gemeente ${meta.gemeente}`, { size: layout.sizes.h2, leading: 1.3, bold: true }, layout.colours.accent, 18)
  line(view.title, { size: layout.sizes.title, leading: 1.15, bold: true }, layout.colours.primary, 10)
  if (meta.ondertitel) line(meta.ondertitel, { size: layout.sizes.h2, leading: 1.3 }, layout.colours.text, 8)
  if (meta.changesSince) line(meta.changesSince, { size: layout.sizes.h3, leading: 1.4, bold: true }, layout.colours.primary, 8)
  if (meta.openErrors) line(meta.openErrors, { size: layout.sizes.h3, leading: 1.4, bold: true }, layout.colours.watermark, 8)
  const kind = meta.periode ? `${meta.documentLabel} ${meta.periode.tekst}` : meta.documentLabel
  line(kind, { size: layout.sizes.h3, leading: 1.4 }, layout.colours.muted, 0)

  const rows = meta.items.filter((item) => item.value.trim())
  if (rows.length > 0) {
    const height = rows.length * (layout.sizes.table * 1.3 + 5.2) + 40
    w.y = Math.max(w.y + 40, w.bottom - height)
    drawTable(
      w,
      {
        header: false,
        columns: [
          { label: 'Gegeven', align: 'left' },
          { label: 'Waarde', align: 'left' }
        ],
        rows: rows.map((item) => ({ kind: 'row', cells: [[{ text: item.label }], [{ text: item.value }]] }))
      },
      tags.root
    )
  }
}
