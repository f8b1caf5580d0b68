import type { Output, Plugin } from '@kapstok/core'
import { afterBuildFrom } from '@kapstok/documents'
import { documentOptionsFor, documentsToRender, packFor, packPart, type TemplateConfig } from '@kapstok/packs'
import { buildOptions, renderPdf } from './api.js'
import { pdfPack } from './pack.js'

/**
 * Options of the `pdfRenderer` plugin: the template configuration (`TemplateConfig` of
 * `@kapstok/packs`), merged under `processor.settings.template` and `RenderOptions.settings.template`
 * exactly as in `@kapstok/render-html`, so both renderers use the same pack and overrides.
 */
export type PdfRendererOptions = TemplateConfig

/**
 * Plugin that registers the `pdf` renderer: one `<document>.pdf` per requested document
 * (default: every document the plan supports; the same choice, and messages, as the HTML renderer), reporting progress through
 * `RenderOptions.onProgress`. The pack and the plan's overrides (colours, logo, labels) come
 * from these options, then `processor.settings.template`, then `RenderOptions.settings.template`;
 * relative paths are resolved against `settings.configBase`. A pack that cannot be used is an
 * error `render-pack` on the plan, and no PDF is written.
 *
 * ```ts
 * const file = await kapstok().use(markdownSource).use(pdfRenderer).process({path}, {render: {formats: ['pdf']}})
 * ```
 *
 * @param options Template pack and overrides (optional).
 */
export const pdfRenderer: Plugin<PdfRendererOptions | undefined> = function (options = {}) {
  this.renderer('pdf', async (model, file, renderOptions, processor) => {
    const pack = await packFor(file, { options, settings: processor.settings, renderSettings: renderOptions.settings })
    if (!pack) return []
    const settings = await packPart(file, pack, pdfPack, processor.settings)
    if (!settings) return []
    const outputs: Output[] = []
    const perDocument = documentOptionsFor(file, processor.settings)
    for (const kind of documentsToRender(model, file, renderOptions.documents, pack.documents)) {
      const contents = await renderPdf(model, {
        kind,
        layout: settings.layout,
        build: { ...buildOptions(settings), ...perDocument[kind], openErrors: file.errorCount, ...afterBuildFrom(renderOptions.settings) },
        onProgress: (event) => renderOptions.onProgress?.({ document: kind, format: 'pdf', ...event })
      })
      outputs.push({ path: `${kind}.pdf`, contents, document: kind, format: 'pdf' })
    }
    return outputs
  })
}
