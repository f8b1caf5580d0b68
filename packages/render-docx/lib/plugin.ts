import type { Output, Plugin } from '@kapstok/core'
import { afterBuildFrom, buildDocument } from '@kapstok/documents'
import { documentsToRender, packFor, type TemplateConfig } from '@kapstok/packs'
import { renderDocx } from './render.js'

/** Options of the `docxRenderer` plugin: the template configuration, as for the other renderers. */
export type DocxRendererOptions = TemplateConfig

/**
 * Plugin that registers the `docx` renderer: one `<document>.docx` per requested document
 * (the same choice as the HTML and PDF renderers), with the pack's labels (so the words match
 * the HTML and PDF) and its primary colour for headings.
 *
 * ```ts
 * const file = await kapstok().use(markdownSource).use(docxRenderer).process({ path }, { render: { formats: ['docx'] } })
 * ```
 *
 * @param options Template pack and overrides (optional).
 */
export const docxRenderer: Plugin<DocxRendererOptions | undefined> = function (options = {}) {
  this.renderer('docx', async (model, file, renderOptions, processor) => {
    const pack = await packFor(file, { options, settings: processor.settings, renderSettings: renderOptions.settings })
    if (!pack) return []
    const outputs: Output[] = []
    const kinds = documentsToRender(model, file, renderOptions.documents, pack.documents)
    for (const [index, kind] of kinds.entries()) {
      const view = buildDocument(model, kind, { labels: pack.labels, openErrors: file.errorCount, ...(pack.raadsvoorstelParts ? { raadsvoorstelParts: pack.raadsvoorstelParts } : {}), ...(pack.agenda ? { agenda: pack.agenda } : {}), ...afterBuildFrom(renderOptions.settings) })
      const contents = await renderDocx(view, {
        ...(pack.colors.primary ? { headingColour: pack.colors.primary } : {}),
        ...(typeof pack.labels.inhoudsopgave === 'string' ? { tocTitle: pack.labels.inhoudsopgave } : {})
      })
      outputs.push({ path: `${kind}.docx`, contents, document: kind, format: 'docx' })
      renderOptions.onProgress?.({ document: kind, format: 'docx', done: index + 1, total: kinds.length })
    }
    return outputs
  })
}
