import { Bookmark, BookmarkEnd, BookmarkStart, ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { Block, ListItem, RenvooiPart, SectionView, TableCell } from '@kapstok/documents'
import { listReferences, markdownBlocks, type ListCounter } from './markdown.js'
import type { Footnotes } from './notes.js'
import { dataTable } from './table.js'
import type { DocxBlock } from './types.js'

/** Shared state while a document is written. */
export interface BlockContext {
  /** The document's footnotes. */
  notes: Footnotes
  /** The document's list numbering instances. */
  lists: ListCounter
  /** Word bookmark names by section anchor, so `[hoofdstuk 4](#financien)` links inside the document (optional). */
  bookmarks?: Map<string, string>
}

/**
 * Word bookmark names for the sections of a document: Word allows letters, digits and `_`, at
 * most 40 characters, so anchors are numbered instead of copied.
 *
 * @param sections The sections of a document view.
 * @returns Bookmark names by section id.
 */
export function sectionBookmarks(sections: SectionView[]): Map<string, string> {
  const names = new Map<string, string>()
  const walk = (list: SectionView[]): void => {
    for (const s of list) {
      if (!names.has(s.id)) names.set(s.id, `kapstok_${names.size + 1}`)
      walk(s.sections)
    }
  }
  walk(sections)
  return names
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

/**
 * Render sections as Word content: each heading in Word's own heading style (so Word's
 * navigation pane and table of contents see it), then its blocks, then its subsections.
 *
 * @param sections The sections of a document view.
 * @param context Footnotes and lists.
 * @returns Paragraphs and tables in order.
 */
export function sectionBlocks(sections: SectionView[], context: BlockContext): DocxBlock[] {
  return sections.flatMap((section) => [
    ...(section.kicker ? [new Paragraph({ children: [new TextRun({ text: section.kicker, smallCaps: true })], keepNext: true })] : []),
    new Paragraph({
      heading: headingLevels[Math.min(section.level, 6) - 1] ?? HeadingLevel.HEADING_6,
      children: headingRuns(section, context)
    }),
    ...section.blocks.flatMap((block) => viewBlock(block, context)),
    ...sectionBlocks(section.sections, context)
  ])
}

function headingRuns(section: SectionView, context: BlockContext): ParagraphChild[] {
  const text = new TextRun(section.numberLabel ? `${section.numberLabel} ${section.title}` : section.title)
  const bookmark = context.bookmarks?.get(section.id)
  return bookmark ? [numberedBookmark(bookmark, [text])] : [text]
}

/**
 * A bookmark with its own `w:id`: docx 9 gives every `Bookmark` the id 1 (its counter is made
 * anew per bookmark), and Word pairs a bookmark's start and end by that id. Our names are
 * `kapstok_<n>`, so `n` is unique in the document.
 */
function numberedBookmark(name: string, children: ParagraphChild[]): Bookmark {
  const bookmark = new Bookmark({ id: name, children })
  const id = Number(name.slice(name.lastIndexOf('_') + 1))
  Object.assign(bookmark, { start: new BookmarkStart(name, id), end: new BookmarkEnd(id) })
  return bookmark
}

function viewBlock(block: Block, context: BlockContext): DocxBlock[] {
  switch (block.type) {
    case 'prose':
      return markdownBlocks(block.markdown, context.notes, context.lists, context.bookmarks)
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: [new TextRun(block.text)] })]
    case 'text':
      return [new Paragraph(block.text)]
    case 'note':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] })]
    case 'table':
      return [
        new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
        dataTable({
          header: block.columns.map((c) => [new TextRun({ text: c.label, bold: true })]),
          rows: block.rows.map((row) => ({ kind: row.kind, cells: row.cells.map((cell) => cellRuns(cell, row.kind !== 'row')) })),
          align: block.columns.map((c) => c.align)
        }),
        ...block.notes.map((note) => new Paragraph({ children: [new TextRun({ text: note, italics: true })] }))
      ]
    case 'list':
      return listItems(block.items, block.ordered, 0, context)
    case 'definitions':
      return block.items.flatMap((item) => [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: item.term, bold: true })] }),
        new Paragraph({ indent: { left: 720 }, children: [new TextRun(item.definition)] })
      ])
    case 'meta':
      return block.items.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.value)] }))
    case 'agenda-summary':
      return [new Paragraph(block.text)]
    case 'besluit':
      return [
        ...(block.intitule ? [new Paragraph({ children: [new TextRun({ text: block.intitule, bold: true })] })] : []),
        new Paragraph(block.aanhef),
        ...block.overwegingen.map((line) => new Paragraph(line)),
        new Paragraph({ children: [new TextRun({ text: block.besluit, bold: true })] }),
        ...block.dicta.map((d) => new Paragraph({ indent: { left: 567, hanging: 567 }, children: [new TextRun(`${d.number}.\t${d.text}`)] })),
        new Paragraph(block.slot),
        ...block.ondertekening.map((s) => new Paragraph(s.naam ? `${s.rol}, ${s.naam}` : s.rol))
      ]
    case 'renvooi':
      return [new Paragraph({ children: renvooiRuns(block.parts, false) })]
    case 'signatures':
      return [...(block.intro ? [new Paragraph(block.intro)] : []), ...block.items.map((s) => new Paragraph(s.naam ? `${s.rol}, ${s.naam}` : s.rol))]
    default:
      return []
  }
}

function listItems(items: ListItem[], ordered: boolean, level: number, context: BlockContext): DocxBlock[] {
  const instance = ordered ? ++context.lists.last : 0
  return items.flatMap((item) => {
    const runs: ParagraphChild[] = []
    if (item.number && !ordered) runs.push(new TextRun(`${item.number}. `))
    if (item.title) runs.push(new TextRun({ text: item.title, bold: Boolean(item.markdown || item.text) }))
    if (item.text) runs.push(new TextRun(item.title ? ` ${item.text}` : item.text))
    const body = item.markdown ? markdownBlocks(item.markdown, context.notes, context.lists, context.bookmarks) : []
    const numbering = ordered ? { reference: listReferences.ordered, level, instance } : { reference: listReferences.bullet, level }
    const first = runs.length > 0 ? [new Paragraph({ children: runs, numbering })] : []
    return [
      ...first,
      ...body,
      ...(item.blocks ?? []).flatMap((b) => viewBlock(b, context)),
      ...(item.items ? listItems(item.items, ordered, Math.min(level + 1, 8), context) : [])
    ]
  })
}

function cellRuns(cell: TableCell, bold: boolean): ParagraphChild[] {
  if (cell.renvooi) return renvooiRuns(cell.renvooi, bold)
  const run = new TextRun({ text: cell.text, bold })
  return cell.href && !cell.href.startsWith('#') ? [new ExternalHyperlink({ link: cell.href, children: [run] })] : [run]
}

// Struck words red and struck through, inserted words underlined, as Word shows tracked changes.
function renvooiRuns(parts: RenvooiPart[], bold: boolean): ParagraphChild[] {
  return parts.map((p) => new TextRun({ text: p.text, bold, ...(p.change === 'removed' ? { strike: true, color: '8A1010' } : p.change === 'added' ? { underline: {} } : {}) }))
}
