import type { Paragraph } from 'docx'

/**
 * The footnotes of one Word document: Word numbers them document-wide, while Markdown labels
 * (`[^1]`) are local to one prose block, so each block's labels get fresh document ids.
 */
export class Footnotes {
  /** Footnotes by id, as `new Document({ footnotes })` wants them. */
  readonly entries: Record<number, { children: Paragraph[] }> = {}
  private last = 0

  /**
   * Reserve an id for a footnote.
   *
   * @returns The id.
   */
  next(): number {
    return ++this.last
  }

  /**
   * Set a footnote's text.
   *
   * @param id Id from `next`.
   * @param children Its paragraphs.
   */
  set(id: number, children: Paragraph[]): void {
    this.entries[id] = { children }
  }
}
