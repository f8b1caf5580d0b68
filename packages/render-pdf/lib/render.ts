import { registerFonts } from './fonts.js'
import type { TemplateConfig } from '@kapstok/packs'
import { resolveLayout, type Layout, type LayoutInput } from './layout.js'
import { loadLayout, packOptions } from './pack.js'
import { addOutline } from './outline.js'
import { createPdfDocument } from './pdf-document.js'
import { renderSections, type OutlineEntry, type SectionState } from './sections.js'
import { Tagger } from './tagging.js'
import { renderTitlePage } from './title-page.js'
import { renderToc } from './toc.js'
import type { DocumentView, SectionView } from '@kapstok/documents'
import { Writer, type PassResult, type RunningTexts } from './writer.js'

/**
 * Options of `renderPdf` and `writePdf`. The template fields are those of a plan's
 * `template` configuration: `pack` (name or path, default: `nl-gemeente`), `overrides`
 * (colours, logo, labels) and `baseDir` (default: `process.cwd()`).
 */
export interface PdfOptions extends TemplateConfig {
  /** Layout settings, complete or partial; used instead of the pack's layout (default: from `pack`). */
  layout?: Layout | LayoutInput
  /** Called as the document is laid out; `done` counts sections and table rows over both passes (optional). */
  onProgress?: (event: { done: number; total: number }) => void
}

/** Options of `writePdf`. */
export interface WritePdfOptions extends PdfOptions {
  /** Receives the PDF in chunks, in order, as pages are finished. */
  write: (chunk: Uint8Array) => void
}

/** Version mixed into the document ID, so a renderer change gives a new ID. */
const RENDERER_VERSION = 'kapstok-render-pdf/1'

/**
 * Render a document view to PDF and stream it to `options.write` as pages are finished, so a
 * large document is never held in memory twice. The layout is computed twice: the first pass
 * finds page numbers (for the table of contents and "pagina x van y"), the second writes.
 *
 * @param view The document view.
 * @param options Layout, progress and the chunk receiver.
 */
export async function writePdf(view: DocumentView, options: WritePdfOptions): Promise<void> {
  const layout = options.layout ? resolveLayout(options.layout as LayoutInput) : await loadLayout(options.pack, packOptions(options))
  const units = countUnits(view.sections)
  const progress = createProgress(units * 2, options.onProgress)
  // Pass 1 finds where headings land and how many pages there are; it is thrown away. The
  // layout never depends on page numbers (they have reserved space), so pass 2 puts every
  // heading on the same page and can stream straight to the receiver.
  const found = await pass(view, layout, undefined, () => {}, progress)
  await pass(view, layout, found, options.write, progress)
}

async function pass(
  view: DocumentView,
  layout: Layout,
  previous: PassResult | undefined,
  write: (chunk: Uint8Array) => void,
  progress: () => void
): Promise<PassResult> {
  const datum = view.meta.datum ? new Date(`${view.meta.datum}T00:00:00Z`) : sourceDate()
  const doc = createPdfDocument({
    title: view.title,
    author: `Gemeente ${view.meta.gemeente}`,
    subject: [`${view.meta.documentLabel} gemeente ${view.meta.gemeente}`, view.meta.openErrors].filter(Boolean).join('. '),
    keywords: [view.meta.soortLabel, view.meta.statusLabel, view.meta.openErrors].filter(Boolean).join(', '),
    date: datum,
    lang: 'nl-NL',
    compress: Boolean(previous),
    idSeed: RENDERER_VERSION + '\n' + JSON.stringify(layout) + '\n' + JSON.stringify(view)
  })
  if (!previous) {
    // The measuring pass only needs positions: skip glyph output (text is measured, not drawn).
    ;(doc as unknown as { text: () => unknown }).text = function (this: unknown) {
      return this
    }
  }
  doc.on('data', write)
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  // Let the stream start flowing, so chunks leave as soon as pages are written.
  await new Promise((resolve) => setImmediate(resolve))
  registerFonts(doc)
  const tags = new Tagger(doc)
  const w = new Writer(doc, layout, tags, runningTexts(view), previous)
  w.newPage({ bare: true })
  renderTitlePage(w, view)
  const compact = layout.compact.includes(view.kind)
  if (!compact) {
    w.newPage()
    renderToc(w, view.toc)
  }
  const outline: OutlineEntry[] = []
  const state: SectionState = { notes: { last: 0 }, outline, onRow: progress, chapterBreak: layout.chapterBreak && !compact }
  if (compact) w.newPage()
  renderSections(w, view.sections, state, outline)
  addOutline(doc, outline)
  doc.end()
  await ended
  return { pages: w.page, destinations: w.destinations }
}

function runningTexts(view: DocumentView): RunningTexts {
  const { meta } = view
  const footer = [meta.statusLabel, meta.versie ? `versie ${meta.versie}` : '', meta.datumTekst ?? ''].filter(Boolean)
  const running: RunningTexts = {
    headerLeft: `Gemeente ${meta.gemeente} · ${view.title}`,
    headerRight: meta.documentLabel,
    footerLeft: footer.join(' · ')
  }
  if (meta.concept) running.watermark = meta.conceptLabel
  return running
}

function sourceDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return new Date(Number.isFinite(epoch) ? epoch * 1000 : 0)
}

function countUnits(sections: SectionView[]): number {
  let count = 0
  for (const section of sections) {
    for (const block of section.blocks) if (block.type === 'table') count += block.rows.filter((r) => r.kind === 'row').length
    count += countUnits(section.sections)
  }
  return count
}

function createProgress(total: number, onProgress: PdfOptions['onProgress']): () => void {
  let done = 0
  const step = Math.max(1, Math.floor(total / 100))
  return () => {
    done++
    if (onProgress && (done % step === 0 || done === total)) onProgress({ done, total })
  }
}

