import { isAbsolute, resolve } from 'node:path'
import type { Output, Plugin } from '@kapstok/core'
import { documentKinds, supportedDocuments, type DocumentKind } from '@kapstok/documents'
import { buildOptions, renderPdf } from './api.js'
import { defaultPack, loadPack } from './layout.js'

/** Options of the `pdfRenderer` plugin. */
export interface PdfRendererOptions {
  /** Template pack folder (default: `settings.pack` of the processor, else the bundled `nl-gemeente`). */
  pack?: string
}

/**
 * Plugin that registers the `pdf` renderer: one `<document>.pdf` per requested document
 * (default: every document the plan supports), reporting progress through
 * `RenderOptions.onProgress`.
 *
 * ```ts
 * const file = await kapstok().use(markdownSource).use(pdfRenderer).process({path}, {render: {formats: ['pdf']}})
 * ```
 *
 * @param options Template pack (optional).
 */
export const pdfRenderer: Plugin<PdfRendererOptions | undefined> = function (options = {}) {
  this.renderer('pdf', async (model, _file, renderOptions, processor) => {
    const pack = loadPack(packDir(options.pack, processor.settings))
    const wanted = (renderOptions.documents ?? supportedDocuments(model)) as DocumentKind[]
    const outputs: Output[] = []
    for (const kind of wanted) {
      if (!documentKinds.includes(kind)) continue
      const contents = await renderPdf(model, {
        kind,
        layout: pack.layout,
        build: buildOptions(pack),
        onProgress: (event) => renderOptions.onProgress?.({ document: kind, format: 'pdf', ...event })
      })
      outputs.push({ path: `${kind}.pdf`, contents, document: kind, format: 'pdf' })
    }
    return outputs
  })
}

function packDir(explicit: string | undefined, settings: Record<string, unknown>): string | undefined {
  const ref = explicit ?? (typeof settings.pack === 'string' ? settings.pack : undefined)
  if (!ref) return defaultPack()
  const base = typeof settings.configBase === 'string' ? settings.configBase : process.cwd()
  if (ref.startsWith('.') || isAbsolute(ref) || ref.includes('/')) return resolve(base, ref)
  const builtin = defaultPack()
  return builtin ? resolve(builtin, '..', ref) : undefined
}
