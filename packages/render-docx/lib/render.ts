import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, TableOfContents, TextRun, type ILevelsOptions } from 'docx'
import type { DocumentView, TocEntry } from '@kapstok/documents'
import { sectionBlocks, sectionBookmarks } from './blocks.js'
import { listReferences } from './markdown.js'
import { Footnotes } from './notes.js'
import { markTableOfContents } from './toc-part.js'
import type { DocxBlock } from './types.js'

/** Options of `renderDocx`. */
export interface DocxOptions {
  /** Colour of headings as `RRGGBB` or `#RRGGBB`, e.g. a pack's primary colour (optional). */
  headingColour?: string
  /** Title of the table of contents (default: `Inhoudsopgave`). */
  tocTitle?: string
}

/**
 * Render a document view as a Word document (.docx): a title page, a table of contents field
 * (Word fills it in when the document is opened; LibreOffice on update), the headings in
 * Word's heading styles, tables whose header row repeats on every page, and footnotes as Word
 * footnotes. The raadsvoorstel, a short document, gets no table of contents.
 *
 * ```ts
 * const bytes = await renderDocx(buildDocument(plan, 'raadsvoorstel'))
 * ```
 *
 * @param view The document view (from `buildDocument` of `@kapstok/documents`).
 * @param options Colour and labels (optional).
 * @returns The .docx bytes.
 */
export async function renderDocx(view: DocumentView, options: DocxOptions = {}): Promise<Uint8Array> {
  const notes = new Footnotes()
  const body = sectionBlocks(view.sections, { notes, lists: { last: 0 }, bookmarks: sectionBookmarks(view.sections) })
  const colour = options.headingColour?.replace(/^#/, '')
  const doc = new Document({
    creator: `Gemeente ${view.meta.gemeente}`,
    title: view.title,
    subject: [`${view.meta.documentLabel} gemeente ${view.meta.gemeente}`, view.meta.openErrors].filter(Boolean).join('. '),
    keywords: [view.meta.soortLabel, view.meta.statusLabel, view.meta.openErrors].filter(Boolean).join(', '),
    description: view.meta.ondertitel ?? '',
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        ...Object.fromEntries(
          ([1, 2, 3, 4, 5, 6] as const).map((n) => [`heading${n}`, { run: { ...(colour ? { color: colour } : {}), bold: true, size: [32, 28, 24, 22, 22, 22][n - 1] }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } }])
        )
      }
    },
    numbering: {
      config: [
        { reference: listReferences.ordered, levels: levels(LevelFormat.DECIMAL, (i) => `%${i + 1}.`) },
        { reference: listReferences.bullet, levels: levels(LevelFormat.BULLET, (i) => ['•', '◦', '▪'][i % 3] as string) }
      ]
    },
    footnotes: notes.entries,
    sections: [{ children: [...titlePage(view), ...toc(view, options.tocTitle ?? 'Inhoudsopgave'), ...body] }]
  })
  const bytes = new Uint8Array(await Packer.toBuffer(doc))
  return hasToc(view) ? markTableOfContents(bytes, options.tocTitle ?? 'Inhoudsopgave') : bytes
}

function titlePage(view: DocumentView): DocxBlock[] {
  const { meta } = view
  return [
    ...(meta.concept ? [new Paragraph({ children: [new TextRun({ text: meta.conceptLabel, bold: true, color: '8A1010' })] })] : []),
    new Paragraph({ children: [new TextRun({ text: `Gemeente ${meta.gemeente}`, bold: true })] }),
    new Paragraph(meta.documentLabel),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(view.title)] }),
    ...(meta.ondertitel ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(meta.ondertitel)] })] : []),
    ...(meta.changesSince ? [new Paragraph({ children: [new TextRun({ text: meta.changesSince, bold: true })] })] : []),
    ...(meta.openErrors ? [new Paragraph({ children: [new TextRun({ text: meta.openErrors, bold: true, color: '8A1010' })] })] : []),
    ...meta.items.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.value)] })),
    new Paragraph({ children: [new PageBreak()] })
  ]
}

function toc(view: DocumentView, title: string): DocxBlock[] {
  if (!hasToc(view)) return []
  return [
    new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 28 })] }),
    // The entries are filled in beforehand (without page numbers), so a reader that does not
    // update fields still shows them; Word updates the field, page numbers included, on opening.
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3', cachedEntries: tocEntries(view.toc), beginDirty: true }),
    new Paragraph({ children: [new PageBreak()] })
  ]
}

function hasToc(view: DocumentView): boolean {
  return view.kind !== 'raadsvoorstel' && view.toc.length > 0
}

function tocEntries(entries: TocEntry[]): Array<{ title: string; level: number }> {
  return entries.flatMap((entry) => [{ title: entry.numberLabel ? `${entry.numberLabel} ${entry.title}` : entry.title, level: entry.level }, ...tocEntries(entry.entries)])
}

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
  }))
}
