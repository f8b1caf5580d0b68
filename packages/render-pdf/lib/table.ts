import { textWidths, type Line, type Run, type TextStyle } from './inline.js'
import type { StructElement } from './tagging.js'
import type { Writer } from './writer.js'

/** A table ready to lay out. */
export interface PdfTable {
  /** Caption above the table (optional). */
  caption?: string
  /** Anchor of the table (optional). */
  id?: string
  /** Columns. */
  columns: Array<{ label: string; align: 'left' | 'right' }>
  /** Rows; `group`/`subgroup` rows have one cell spanning all columns. */
  rows: PdfTableRow[]
  /** Notes under the table (optional). */
  notes?: string[]
  /** Show the header row (default: `true`); without it the first column holds row headers. */
  header?: boolean
  /** Words before the rest of a row split over pages (default: `(vervolg)`). */
  continued?: string
}

/** A row of a `PdfTable`. */
export interface PdfTableRow {
  /** Row kind. */
  kind: 'row' | 'group' | 'subgroup' | 'total'
  /** Anchor (optional). */
  id?: string
  /** Cells as styled runs. */
  cells: Run[][]
}

/** Rows sampled to size the columns. */
const SAMPLE_ROWS = 1500
/** Cell padding. */
const PAD_X = 3.5
const PAD_Y = 2.6

/** A laid-out row. */
interface RowLayout {
  row: PdfTableRow
  cells: Line[][]
  height: number
}

/**
 * Draw a table at the cursor: columns sized to their content, header row repeated (as an
 * artifact) on every page, group rows kept with the row after them. A row that fits on a page
 * is never split; a row taller than a page is split at line boundaries, each part on its own
 * page, the parts after the first marked `(vervolg)`.
 *
 * @param w The writer.
 * @param table The table.
 * @param parent Structure parent.
 * @param onRow Called after every body row (progress) (optional).
 */
export function drawTable(w: Writer, table: PdfTable, parent: StructElement, onRow?: () => void): void {
  const { layout, tags } = w
  const style: TextStyle = { size: layout.sizes.table, leading: 1.3, condensed: true }
  const headStyle: TextStyle = { ...style, bold: true }
  const showHeader = table.header !== false
  const widths = columnWidths(w, table, style, headStyle)
  const xs = widths.reduce<number[]>((acc, width, i) => [...acc, (acc[i] ?? 0) + width], [w.left])
  const lineHeight = style.size * style.leading
  const layoutRow = (row: PdfTableRow): RowLayout => {
    const span = row.kind === 'group' || row.kind === 'subgroup'
    const rowStyle = row.kind === 'row' ? style : headStyle
    const cells = span
      ? [w.lines(row.cells[0] ?? [], w.width - 2 * PAD_X, rowStyle)]
      : row.cells.map((cell, i) => w.lines(cell, (widths[i] ?? 0) - 2 * PAD_X, i === 0 && !showHeader ? headStyle : rowStyle))
    const lines = Math.max(1, ...cells.map((c) => c.length))
    return { row, cells, height: lines * lineHeight + 2 * PAD_Y }
  }
  let header: RowLayout | undefined
  if (showHeader) {
    const cells = table.columns.map((c, i) => w.lines([{ text: c.label }], (widths[i] ?? 0) - 2 * PAD_X, headStyle))
    const lines = Math.max(1, ...cells.map((c) => c.length))
    header = { row: { kind: 'row', cells: [] }, cells, height: lines * lineHeight + 2 * PAD_Y }
  }
  const headerHeight = header ? header.height : 0

  const element = tags.open('Table', parent)
  if (table.id) w.destination(table.id)
  const captionHeight = table.caption ? layout.sizes.small * 1.5 + 4 : 0
  const first = table.rows[0] ? layoutRow(table.rows[0]) : undefined
  w.ensure(captionHeight + headerHeight + (first?.height ?? 0) * 2)
  if (table.caption) {
    const caption = tags.open('Caption', element)
    const captionStyle: TextStyle = { size: layout.sizes.small, leading: 1.5, bold: true }
    const lines = w.lines([{ text: table.caption }], w.width, captionStyle)
    w.drawLines(lines, w.left, w.y, captionStyle, caption, { color: layout.colours.primary })
    w.y += lines.length * layout.sizes.small * 1.5 + 4
    caption.end()
  }

  const drawRow = (r: RowLayout, cellType: 'TH' | 'TD', rowParent: StructElement | undefined, index: number) => {
    const top = w.y
    const span = r.row.kind === 'group' || r.row.kind === 'subgroup'
    const isHeader = r === header
    tags.artifact(rowParent ? 'Layout' : 'Pagination', () => {
      const fill = isHeader
        ? layout.colours.tableHeader
        : r.row.kind === 'group'
          ? layout.colours.tableGroup
          : r.row.kind !== 'subgroup' && index % 2 === 0
            ? layout.colours.tableStripe
            : undefined
      if (fill) w.doc.rect(w.left, top, w.width, r.height).fillColor(fill).fill()
      const weight = r.row.kind === 'total' || r.row.kind === 'subgroup' ? 0.9 : 0.4
      const ruleY = r.row.kind === 'total' ? top : top + r.height
      w.doc.moveTo(w.left, ruleY).lineTo(w.left + w.width, ruleY).lineWidth(weight).strokeColor(layout.colours.rule).stroke()
    })
    const color = isHeader ? layout.colours.tableHeaderText : r.row.kind === 'group' || r.row.kind === 'subgroup' ? layout.colours.primary : layout.colours.text
    const rowStyle = !isHeader && r.row.kind === 'row' ? style : headStyle
    const tr = rowParent ? tags.open('TR', rowParent) : undefined
    if (r.row.id && rowParent) w.destination(r.row.id)
    r.cells.forEach((lines, i) => {
      const x = span ? w.left : (xs[i] ?? w.left)
      const width = span ? w.width : (widths[i] ?? 0)
      const align = span ? 'left' : (table.columns[i]?.align ?? 'left')
      const draw = (cell: StructElement | undefined) => {
        const options = { color, align, width: width - 2 * PAD_X } as const
        if (cell) w.drawLines(lines, x + PAD_X, top + PAD_Y, i === 0 && !showHeader ? headStyle : rowStyle, cell, options)
        else tags.artifact('Pagination', () => drawPlain(w, lines, x + PAD_X, top + PAD_Y, headStyle, options))
      }
      if (!tr) return draw(undefined)
      const rowHeader = span || (i === 0 && !showHeader)
      const cellOptions: { scope?: 'Row' | 'Column'; colSpan?: number } = {}
      if (cellType === 'TH') cellOptions.scope = 'Column'
      else if (rowHeader) cellOptions.scope = 'Row'
      if (span) cellOptions.colSpan = table.columns.length
      const cell = tags.open(cellType === 'TH' || rowHeader ? 'TH' : 'TD', tr, cellOptions)
      draw(cell)
      cell.end()
    })
    tr?.end()
    w.y = top + r.height
  }

  if (header) {
    const head = tags.open('THead', element)
    drawRow(header, 'TH', head, 0)
    head.end()
  }
  const body = tags.open('TBody', element)
  let index = 0
  let next: RowLayout | undefined = first
  // Room for a row on a fresh page, below the repeated header.
  const pageRoom = w.bottom - w.top - headerHeight - 1
  for (let i = 0; i < table.rows.length; i++) {
    const current: RowLayout = next ?? layoutRow(table.rows[i] as PdfTableRow)
    next = i + 1 < table.rows.length ? layoutRow(table.rows[i + 1] as PdfTableRow) : undefined
    const grouped = current.row.kind === 'group' || current.row.kind === 'subgroup'
    let needed = current.height
    if (grouped && next) {
      needed += next.height
      const after = table.rows[i + 2]
      if (next.row.kind === 'subgroup' && after) needed += layoutRow(after).height
    }
    if (w.y + needed > w.bottom && w.y > w.top + headerHeight + 1) {
      w.newPage({ landscape: w.landscape })
      if (header) drawRow(header, 'TH', undefined, 0)
    }
    index = grouped ? 0 : index + 1
    if (current.height > pageRoom) {
      const mark = w.lines([{ text: table.continued ?? '(vervolg)', italic: true }], (widths[0] ?? w.width) - 2 * PAD_X, style)
      splitRow(current, w.bottom - w.y, pageRoom, lineHeight, 2 * PAD_Y, mark).forEach((part, n) => {
        if (n > 0) {
          w.newPage({ landscape: w.landscape })
          if (header) drawRow(header, 'TH', undefined, 0)
        }
        drawRow(part, 'TD', body, index)
      })
      if (current.row.kind === 'row') onRow?.()
      continue
    }
    drawRow(current, 'TD', body, index)
    if (current.row.kind === 'row') onRow?.()
  }
  body.end()
  element.end()
  if (table.notes && table.notes.length > 0) {
    w.y += 4
    const noteStyle: TextStyle = { size: layout.sizes.small, leading: 1.4 }
    for (const note of table.notes) {
      const p = tags.open('P')
      w.paragraph([{ text: note, italic: true }], p, noteStyle, { color: layout.colours.muted })
      p.end()
    }
  }
  w.y += layout.sizes.body
}

/**
 * Split a row taller than a page into parts at line boundaries: the first fills `first`
 * points (what is left on the current page, or a whole page when that is too little), the
 * others up to `room`; later parts start with `mark` in their first cell.
 */
function splitRow(r: RowLayout, first: number, room: number, lineHeight: number, padding: number, mark: Line[]): RowLayout[] {
  const parts: RowLayout[] = []
  const total = Math.max(...r.cells.map((c) => c.length))
  let start = 0
  let space = first - padding >= lineHeight * 3 ? first : room
  while (start < total) {
    const continued = parts.length > 0
    const fit = Math.max(1, Math.floor((space - padding) / lineHeight) - (continued ? mark.length : 0))
    const cells = r.cells.map((lines, i) => [...(continued && i === 0 ? mark : []), ...lines.slice(start, start + fit)])
    const lines = Math.max(1, ...cells.map((c) => c.length))
    // Only the first part carries the row's anchor.
    const { id: _id, ...rest } = r.row
    parts.push({ row: continued ? rest : r.row, cells, height: lines * lineHeight + padding })
    start += fit
    space = room
  }
  return parts
}

function drawPlain(w: Writer, lines: Line[], x: number, y: number, style: TextStyle, options: { color: string; align: 'left' | 'right'; width: number }): void {
  let top = y
  for (const line of lines) {
    const shift = options.align === 'right' ? options.width - line.width : 0
    for (const s of line.segments) {
      w.doc.font(s.font).fontSize(s.size).fillColor(options.color)
      w.doc.text(s.text, x + shift + s.x, top + (style.size * style.leading - style.size * 1.164) / 2, { lineBreak: false })
    }
    top += style.size * style.leading
  }
}

function columnWidths(w: Writer, table: PdfTable, style: TextStyle, headStyle: TextStyle): number[] {
  const n = table.columns.length
  const min = new Array<number>(n).fill(0)
  const max = new Array<number>(n).fill(0)
  const total = new Array<number>(n).fill(0)
  const take = (i: number, runs: Run[], s: TextStyle) => {
    const m = textWidths(runs, s, w.measure)
    min[i] = Math.max(min[i] ?? 0, m.min)
    max[i] = Math.max(max[i] ?? 0, m.max)
    total[i] = (total[i] ?? 0) + m.max
  }
  if (table.header !== false) table.columns.forEach((c, i) => take(i, [{ text: c.label }], headStyle))
  let sampled = 0
  for (const row of table.rows) {
    if (row.kind === 'group' || row.kind === 'subgroup') continue
    row.cells.forEach((cell, i) => take(i, cell, row.kind === 'total' || (i === 0 && table.header === false) ? headStyle : style))
    if (++sampled >= SAMPLE_ROWS) break
  }
  const available = w.width
  const pad = 2 * PAD_X + 0.5
  const cap = available * 0.35
  const lower = min.map((m) => Math.min(m, cap) + pad)
  const upper = max.map((m, i) => Math.max(m + pad, lower[i] ?? 0))
  if (table.header === false && n === 2) {
    // Label/value tables: the labels get what they need (up to the cap), the values the rest.
    const label = Math.min(upper[0] ?? 0, cap + pad)
    return [label, available - label]
  }
  // Share by the amount of text a column holds, not by its single longest cell.
  const weights = total.map((t, i) => Math.max(t, (upper[i] ?? 0) * 0.1) + 1)
  return distribute(lower, upper, weights, available)
}

/**
 * Share `available` over columns like an automatic HTML table: columns whose natural width is
 * below their fair share get it; the rest share what is left in proportion to their weight,
 * never below their longest word.
 */
function distribute(lower: number[], upper: number[], weights: number[], available: number): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  if (sum(upper) <= available) {
    const extra = available - sum(upper)
    return upper.map((u) => u + (extra * u) / sum(upper))
  }
  if (sum(lower) >= available) return lower.map((l) => (l * available) / sum(lower))
  const widths = new Array<number>(upper.length).fill(0)
  const flexible = new Set(upper.map((_, i) => i))
  let left = available
  for (let changed = true; changed; ) {
    changed = false
    const total = [...flexible].reduce((a, i) => a + (weights[i] ?? 0), 0)
    for (const i of flexible) {
      const share = (left * (weights[i] ?? 0)) / total
      const fixed = (upper[i] ?? 0) <= share ? upper[i] : (lower[i] ?? 0) >= share ? lower[i] : undefined
      if (fixed !== undefined) {
        widths[i] = fixed
        left -= fixed
        flexible.delete(i)
        changed = true
        break
      }
    }
  }
  const total = [...flexible].reduce((a, i) => a + (weights[i] ?? 0), 0)
  for (const i of flexible) widths[i] = Math.max(lower[i] ?? 0, (left * (weights[i] ?? 0)) / total)
  const used = sum(widths)
  return used > available ? widths.map((x) => (x * available) / used) : widths
}
