import type { OutlineEntry } from './sections.js'

/** The part of pdfkit's outline item this module uses. */
interface OutlineItem {
  /** Add a child item. */
  addItem(title: string, options?: { expanded?: boolean }): OutlineItem
  /** The item's dictionary entries. */
  outlineData: Record<string, unknown>
}

/**
 * Add bookmarks mirroring the headings. Each bookmark points at the heading's named
 * destination (pdfkit's default points at the page's right edge).
 *
 * @param doc The document.
 * @param entries Outline entries, nested like the sections.
 */
export function addOutline(doc: PDFKit.PDFDocument, entries: OutlineEntry[]): void {
  const root = doc.outline as unknown as OutlineItem
  const add = (parent: OutlineItem, list: OutlineEntry[], depth: number) => {
    for (const entry of list) {
      const item = parent.addItem(entry.title, { expanded: depth === 0 })
      item.outlineData.Dest = new String(entry.id)
      add(item, entry.children, depth + 1)
    }
  }
  add(root, entries, 0)
}
