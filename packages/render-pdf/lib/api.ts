import type { Plan } from '@kapstok/core'
import { buildDocument, type BuildDocumentOptions, type DocumentKind, type DocumentView } from '@kapstok/documents'
import { resolveLayout, type LayoutInput } from './layout.js'
import { loadPdfPack, packOptions, type PackSettings } from './pack.js'
import { writePdf, type PdfOptions } from './render.js'

/** Options of `renderPdf`. */
export interface RenderPdfOptions extends PdfOptions {
  /** Which document to build when the input is a plan (default: `programmaplan`). */
  kind?: DocumentKind
  /** Options for `buildDocument` when the input is a plan (default: labels and parts from the pack). */
  build?: BuildDocumentOptions
}

/**
 * Render a document to PDF: a tagged PDF/A-2a that also claims PDF/UA-1, with title page,
 * table of contents with page numbers, bookmarks, running header and footer, and the same
 * numbering and tables as the HTML (both come from `buildDocument`).
 *
 * ```ts
 * const bytes = await renderPdf(plan, { kind: 'programmaplan' })
 * await fs.writeFile('programmaplan.pdf', bytes)
 * ```
 *
 * @param input A plan (the model) or a document view from `buildDocument`.
 * @param options Document kind, layout, template pack and progress (optional).
 * @returns The PDF bytes; the same input always gives the same bytes.
 */
export async function renderPdf(input: Plan | DocumentView, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const pack = options.layout ? undefined : await loadPdfPack(options.pack, packOptions(options))
  const view = isView(input) ? input : buildDocument(input, options.kind ?? 'programmaplan', options.build ?? buildOptions(pack))
  const chunks: Uint8Array[] = []
  const pdfOptions: PdfOptions = { layout: pack ? pack.layout : resolveLayout(options.layout as LayoutInput) }
  if (options.onProgress) pdfOptions.onProgress = options.onProgress
  await writePdf(view, { ...pdfOptions, write: (chunk) => chunks.push(chunk) })
  return Buffer.concat(chunks)
}

/**
 * `buildDocument` options from a template pack's settings.
 *
 * @param pack Pack settings (optional).
 * @returns Labels and raadsvoorstel parts.
 */
export function buildOptions(pack: PackSettings | undefined): BuildDocumentOptions {
  const options: BuildDocumentOptions = {}
  if (pack?.labels) options.labels = pack.labels
  if (pack?.raadsvoorstelParts) options.raadsvoorstelParts = pack.raadsvoorstelParts
  if (pack?.agenda) options.agenda = pack.agenda
  if (pack) options.tocDepth = pack.layout.tocDepth
  return options
}

function isView(input: Plan | DocumentView): input is DocumentView {
  return 'sections' in input && 'kind' in input && 'meta' in input
}
