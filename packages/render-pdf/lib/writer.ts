import { breakLines, createMeasure, type Line, type Measure, type Run, type TextStyle } from './inline.js'
import type { Layout } from './layout.js'
import type { StructElement, Tagger } from './tagging.js'

/** A heading as placed on a page, recorded for the TOC and the outline. */
export interface PlacedHeading {
  /** Named destination. */
  id: string
  /** Page number (1-based). */
  page: number
}

/** Running header and footer texts. */
export interface RunningTexts {
  /** Left of the header. */
  headerLeft: string
  /** Right of the header. */
  headerRight: string
  /** Left of the footer. */
  footerLeft: string
  /** Watermark on every page, e.g. `CONCEPT` (optional). */
  watermark?: string
}

/** What the previous pass learned: page count and where headings landed. */
export interface PassResult {
  /** Number of pages. */
  pages: number
  /** Page of every named destination. */
  destinations: Map<string, number>
}

/**
 * The page cursor: creates pages with running header, footer and watermark, keeps track of
 * the vertical position, and draws laid-out lines as tagged content.
 */
export class Writer {
  /** The pdfkit document. */
  readonly doc: PDFKit.PDFDocument
  /** Layout settings. */
  readonly layout: Layout
  /** Structure tree builder. */
  readonly tags: Tagger
  /** Text measurer. */
  readonly measure: Measure
  /** Running texts. */
  readonly running: RunningTexts
  /** What the previous pass found (page count, destinations). */
  readonly previous: PassResult | undefined
  /** Destinations placed in this pass. */
  readonly destinations = new Map<string, number>()
  /** Current page number (1-based; 0 before the first page). */
  page = 0
  /** Vertical position of the next content. */
  y = 0
  /** Whether the current page is landscape. */
  landscape = false

  /**
   * @param doc The document.
   * @param layout Layout settings.
   * @param tags Structure tree builder.
   * @param running Running header/footer texts.
   * @param previous Result of the measuring pass (optional).
   */
  constructor(doc: PDFKit.PDFDocument, layout: Layout, tags: Tagger, running: RunningTexts, previous?: PassResult) {
    this.doc = doc
    this.layout = layout
    this.tags = tags
    this.running = running
    this.previous = previous
    this.measure = createMeasure(doc)
  }

  /** Left edge of the text area. */
  get left(): number {
    return this.layout.margins.left
  }

  /** Width of the text area. */
  get width(): number {
    return this.doc.page.width - this.layout.margins.left - this.layout.margins.right
  }

  /** Bottom edge of the text area. */
  get bottom(): number {
    return this.doc.page.height - this.layout.margins.bottom
  }

  /** Top edge of the text area. */
  get top(): number {
    return this.layout.margins.top
  }

  /** Space left on the page. */
  get remaining(): number {
    return this.bottom - this.y
  }

  /** Whether nothing has been drawn on the current page yet. */
  get atTop(): boolean {
    return this.y <= this.top + 0.01
  }

  /**
   * Start a new page.
   *
   * @param options `landscape` for a landscape page; `bare` for no header and footer (title page).
   */
  newPage(options: { landscape?: boolean; bare?: boolean } = {}): void {
    this.landscape = Boolean(options.landscape)
    this.doc.addPage({
      size: this.layout.size,
      layout: this.landscape ? 'landscape' : 'portrait',
      // The writer breaks pages itself; zero margins keep pdfkit from ever adding a page.
      margins: { top: 0, bottom: 0, left: 0, right: 0 }
    })
    this.page++
    ;(this.doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Tabs = 'S'
    this.y = this.top
    if (this.running.watermark) this.#watermark(this.running.watermark)
    if (!options.bare) this.#headerFooter()
  }

  /**
   * Make sure `height` points fit on the page; start a new page (same orientation) if not.
   *
   * @param height Needed height.
   * @returns Whether a new page was started.
   */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01 || this.atTop) return false
    this.newPage({ landscape: this.landscape })
    return true
  }

  /**
   * Record a named destination at the current position.
   *
   * @param id Destination name (an anchor of the document view).
   */
  destination(id: string): void {
    if (this.destinations.has(id)) return
    this.destinations.set(id, this.page)
    this.doc.addNamedDestination(id, 'XYZ', 0, Math.max(0, this.y - 12), null as unknown as number)
  }

  /**
   * Whether a link to `id` can be made (the destination exists in the document).
   *
   * @param id Destination name.
   * @returns `true` when known from this or the previous pass.
   */
  knows(id: string): boolean {
    return this.destinations.has(id) || Boolean(this.previous?.destinations.has(id))
  }

  /**
   * Lay out runs at a width.
   *
   * @param runs The text.
   * @param width Available width.
   * @param style Base style.
   * @returns Lines.
   */
  lines(runs: Run[], width: number, style: TextStyle): Line[] {
    return breakLines(this.#resolveLinks(runs), width, style, this.measure)
  }

  /**
   * Draw lines as content of `element`; links become `Link` elements with annotations.
   *
   * @param lines Lines to draw.
   * @param x Left edge.
   * @param y Top of the first line.
   * @param style Base style (for line height).
   * @param element Element the text belongs to.
   * @param options Colour and alignment within `width` (optional).
   */
  drawLines(
    lines: Line[],
    x: number,
    y: number,
    style: TextStyle,
    element: StructElement,
    options: { color?: string; align?: 'left' | 'right'; width?: number } = {}
  ): void {
    const doc = this.doc
    const lineHeight = style.size * style.leading
    const color = options.color ?? this.layout.colours.text
    let top = y
    for (const line of lines) {
      const shift = options.align === 'right' && options.width ? options.width - line.width : 0
      let plain: Line['segments'] = []
      const flushPlain = () => {
        if (plain.length === 0) return
        const group = plain
        this.tags.mark(element, () => {
          for (const s of group) this.#segment(s, x + shift, top, style, color)
        })
        plain = []
      }
      for (const s of line.segments) {
        if (s.mark && !s.link && s.text.trim()) {
          // A renvooi mark is a Span that says what it is, as the HTML's `<del>`/`<ins>` do.
          flushPlain()
          const word = s.mark === 'removed' ? 'geschrapt' : 'ingevoegd'
          const span = this.tags.open('Span', element, { title: word, actualText: `[${word}: ${s.text.trim()}]` })
          this.tags.mark(span, () => this.#segment(s, x + shift, top, style, s.mark === 'removed' ? this.layout.colours.watermark : color))
          span.end()
          continue
        }
        if (!s.link) {
          plain.push(s)
          continue
        }
        flushPlain()
        const link = this.tags.open('Link', element)
        this.tags.mark(link, () => this.#segment(s, x + shift, top, style, this.layout.colours.accent, true))
        const rect: [number, number, number, number] = [x + shift + s.x, top, s.width, lineHeight]
        const options = { structParent: link, Contents: new String(s.text.trim()) } as unknown as PDFKit.Mixins.AnnotationOption
        if ('url' in s.link) doc.link(...rect, s.link.url, options)
        else doc.goTo(...rect, s.link.dest, options)
        link.end()
      }
      flushPlain()
      top += lineHeight
    }
  }

  /**
   * Draw a paragraph at the cursor, breaking pages between lines (at least two lines on
   * each side of a break).
   *
   * @param runs The text.
   * @param element Element the text belongs to.
   * @param style Base style.
   * @param options Indent and colour (optional).
   */
  paragraph(runs: Run[], element: StructElement, style: TextStyle, options: { indent?: number; color?: string } = {}): void {
    const indent = options.indent ?? 0
    const lines = this.lines(runs, this.width - indent, style)
    const lineHeight = style.size * style.leading
    let index = 0
    while (index < lines.length) {
      let fit = Math.floor((this.remaining + 0.01) / lineHeight)
      const left = lines.length - index
      if (fit < left) {
        if (fit < 2 && !this.atTop) fit = 0
        else if (left - fit < 2 && left > 2) fit = left - 2
        if (fit <= 0) {
          this.newPage({ landscape: this.landscape })
          continue
        }
      }
      const part = lines.slice(index, index + Math.min(fit, left))
      const drawOptions: { color?: string } = {}
      if (options.color) drawOptions.color = options.color
      this.drawLines(part, this.left + indent, this.y, style, element, drawOptions)
      this.y += part.length * lineHeight
      index += part.length
      if (index < lines.length) this.newPage({ landscape: this.landscape })
    }
  }

  #segment(s: Line['segments'][number], x: number, top: number, base: TextStyle, color: string, underline = false): void {
    const lineHeight = base.size * base.leading
    // DejaVu Sans: ascender 0.928 em, descender 0.236 em; centre the glyph box in the line.
    const baseline = top + (lineHeight - base.size * 1.164) / 2 + base.size * 0.928
    const y = s.sup ? baseline - base.size * 0.33 - s.size * 0.928 : baseline - s.size * 0.928
    const options = { lineBreak: false, underline: underline || s.mark === 'added', strike: s.mark === 'removed' }
    this.doc.font(s.font).fontSize(s.size).fillColor(color).text(s.text, x + s.x, y, options)
  }

  #resolveLinks(runs: Run[]): Run[] {
    return runs.map((run) => {
      if (!run.link || !('dest' in run.link) || this.knows(run.link.dest)) return run
      const { link: _drop, ...rest } = run
      return rest
    })
  }

  #headerFooter(): void {
    const { doc, layout } = this
    const { colours, sizes, margins } = layout
    const width = doc.page.width - margins.left - margins.right
    const pages = this.previous?.pages ?? 0
    const pageText = layout.labels.pageOf.replace('{page}', String(this.page)).replace('{pages}', String(pages || '?'))
    this.tags.artifact('Pagination', () => {
      doc.font('regular').fontSize(sizes.small).fillColor(colours.muted)
      const headerY = margins.top - 36
      doc.text(this.running.headerLeft, margins.left, headerY, { lineBreak: false, width: width * 0.65, height: sizes.small * 1.4, ellipsis: true })
      doc.text(this.running.headerRight, margins.left, headerY, { lineBreak: false, width, align: 'right' })
      doc.moveTo(margins.left, headerY + sizes.small * 1.6).lineTo(margins.left + width, headerY + sizes.small * 1.6).lineWidth(0.5).strokeColor(colours.rule).stroke()
      const footerY = doc.page.height - margins.bottom + 28
      doc.text(this.running.footerLeft, margins.left, footerY, { lineBreak: false })
      doc.text(pageText, margins.left, footerY, { lineBreak: false, width, align: 'right' })
    })
  }

  #watermark(text: string): void {
    const { doc, layout } = this
    const size = 110
    this.tags.artifact('Page', () => {
      doc.save()
      doc.rotate(-50, { origin: [doc.page.width / 2, doc.page.height / 2] })
      doc.font('bold').fontSize(size).fillColor(layout.colours.watermark).fillOpacity(0.1)
      const w = doc.widthOfString(text)
      doc.text(text, doc.page.width / 2 - w / 2, doc.page.height / 2 - size * 0.6, { lineBreak: false })
      doc.restore()
      doc.fillOpacity(1)
    })
  }
}
