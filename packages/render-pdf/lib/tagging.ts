/** A structure element of the tagged PDF. */
export type StructElement = PDFKit.PDFStructureElement

/** Options for a structure element. */
export interface ElementOptions {
  /** Alternative text (figures). */
  alt?: string
  /** Title of the element (optional). */
  title?: string
  /** Table attributes: scope of a header cell. */
  scope?: 'Row' | 'Column' | 'Both'
  /** Table attributes: columns a cell spans. */
  colSpan?: number
  /** Layout bounding box `[x1, y1, x2, y2]` in page coordinates from the top (figures). */
  bbox?: [number, number, number, number]
  /** Element ID (notes need one for PDF/UA). */
  id?: string
  /** Text a reader (screen reader, copy) uses instead of the content, e.g. `[geschrapt: twee]`. */
  actualText?: string
}

/** Data of a structure element dictionary (pdfkit internals). */
interface ElementData {
  /** The dictionary. */
  dictionary: { data: Record<string, unknown> }
}

/**
 * Builds the structure tree while content is drawn: every piece of content is either marked
 * as belonging to a structure element or marked as an artifact (headers, footers, rules,
 * backgrounds, the watermark), as PDF/UA requires.
 */
export class Tagger {
  /** The pdfkit document. */
  readonly doc: PDFKit.PDFDocument
  /** The `Document` root element. */
  readonly root: StructElement

  /**
   * @param doc A tagged pdfkit document.
   */
  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
  }

  /**
   * Create a structure element and attach it to its parent, in reading order.
   *
   * @param type Standard structure type, e.g. `H1`, `P`, `Table`.
   * @param parent Parent element (default: the root).
   * @param options Attributes (optional).
   * @returns The element; call `end` when all its content is added.
   */
  open(type: string, parent: StructElement = this.root, options: ElementOptions = {}): StructElement {
    const base: { alt?: string; title?: string } = {}
    if (options.alt) base.alt = options.alt
    if (options.title) base.title = options.title
    const element = this.doc.struct(type, base)
    const data = (element as unknown as ElementData).dictionary.data
    if (options.scope || options.colSpan) {
      const attributes: Record<string, unknown> = { O: 'Table' }
      if (options.scope) attributes.Scope = options.scope
      if (options.colSpan) attributes.ColSpan = options.colSpan
      data.A = attributes
    }
    if (options.bbox) {
      const height = this.doc.page.height
      const [x1, y1, x2, y2] = options.bbox
      data.A = { O: 'Layout', Placement: 'Block', BBox: [x1, height - y2, x2, height - y1] }
    }
    if (options.id) data.ID = new String(options.id)
    if (options.actualText) data.ActualText = new String(options.actualText)
    parent.add(element)
    return element
  }

  /**
   * Draw content that belongs to an element.
   *
   * @param element The element.
   * @param draw Draws the content on the current page.
   */
  mark(element: StructElement, draw: () => void): void {
    const type = String((element as unknown as ElementData).dictionary.data.S)
    const content = this.doc.markStructureContent(type)
    draw()
    this.doc.endMarkedContent()
    element.add(content)
  }

  /**
   * Draw content that is not part of the document's logical content.
   *
   * @param type `Pagination` (headers, footers, repeated table headers), `Layout` (rules,
   *   backgrounds) or `Page` (the watermark).
   * @param draw Draws the artifact.
   */
  artifact(type: 'Pagination' | 'Layout' | 'Page', draw: () => void): void {
    this.doc.markContent('Artifact', { type })
    draw()
    this.doc.endMarkedContent()
  }

  /**
   * Finish an element: it and its children are written out and released.
   *
   * @param element The element.
   */
  end(element: StructElement): void {
    element.end()
  }

  /**
   * A structure element with one piece of content, e.g. a heading or a table cell.
   *
   * @param type Structure type.
   * @param parent Parent element.
   * @param draw Draws the content.
   * @param options Attributes (optional).
   * @returns The ended element.
   */
  leaf(type: string, parent: StructElement, draw: () => void, options: ElementOptions = {}): StructElement {
    const element = this.open(type, parent, options)
    this.mark(element, draw)
    element.end()
    return element
  }
}
