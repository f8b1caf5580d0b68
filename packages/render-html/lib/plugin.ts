import { readFile } from 'node:fs/promises'
import type { Output, Plan, PlanFile, Processor, RenderOptions } from '@kapstok/core'
import { afterBuildFrom, buildDocument, resolveLabels } from '@kapstok/documents'
import { documentOptionsFor, documentsToRender, packFor as sharedPackFor, packPart, type DocumentOptions, type TemplateConfig } from '@kapstok/packs'
import { contrastRatio } from './colors.js'
import { agendaCsv, type AgendaCsvOptions } from './csv.js'
import { financeCsv } from './finance-csv.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'
import { htmlPack, type HtmlPack } from './pack.js'
import { reportTemplateErrors } from './template-errors.js'
import { standalonePack } from './standalone.js'

/** Options for `htmlRenderer`: the template configuration (`TemplateConfig` of `@kapstok/packs`). */
export type HtmlRendererOptions = TemplateConfig & {
  /**
   * Self-contained HTML: stylesheets in `<style>`, the logo as a `data:` URI, no `assets/`
   * written (default: `false`; a render can also ask with `RenderOptions.settings.standalone`).
   */
  standalone?: boolean
}

/**
 * Plugin: register the `html` and `md` renderers. Each renders every requested document the
 * plan supports to `<document>.html` / `<document>.md`; `html` also writes the pack's assets
 * (`assets/…`), or with `standalone` inlines them. The template configuration comes from these options, then
 * `processor.settings.template`, then `RenderOptions.settings.template` (later wins).
 *
 * ```ts
 * kapstok().use(markdownSource).use(htmlRenderer, { pack: 'nl-gemeente', overrides: { colors: { primary: '#00594f' } } })
 * ```
 *
 * @param options Pack and overrides (optional).
 */
export function htmlRenderer(this: Processor, pluginOptions: HtmlRendererOptions = {}): void {
  const { standalone, ...options } = pluginOptions
  this.renderer('html', async (model, file, renderOptions, processor) => {
    const shared = await packFor(file, options, renderOptions, processor)
    if (!shared) return []
    const pack = standalone === true || renderOptions.settings?.standalone === true ? await standalonePack(shared) : shared
    warnContrast(pack, file)
    const outputs: Output[] = []
    const kinds = documentsToRender(model, file, renderOptions.documents, pack.documents)
    const perDocument = documentOptionsFor(file, processor.settings)
    kinds.forEach((kind, index) => {
      const view = buildDocument(model, kind, viewOptions(pack, file, perDocument[kind], renderOptions))
      outputs.push({ path: `${kind}.html`, contents: renderHtml(view, pack), document: kind, format: 'html' })
      renderOptions.onProgress?.({ document: kind, format: 'html', done: index + 1, total: kinds.length })
    })
    if (kinds.length) {
      for (const asset of pack.assets) outputs.push({ path: asset.path, contents: asset.contents ?? (await readFile(asset.source)), format: 'html' })
    }
    return outputs
  })
  this.renderer('md', async (model, file, renderOptions, processor) => {
    const pack = await packFor(file, options, renderOptions, processor)
    if (!pack) return []
    const kinds = documentsToRender(model, file, renderOptions.documents, pack.documents)
    const tocTitle = resolveLabels(pack.labels).inhoudsopgave
    const perDocument = documentOptionsFor(file, processor.settings)
    return kinds.map((kind, index) => {
      const view = buildDocument(model, kind, viewOptions(pack, file, perDocument[kind], renderOptions))
      renderOptions.onProgress?.({ document: kind, format: 'md', done: index + 1, total: kinds.length })
      return { path: `${kind}.md`, contents: renderMarkdown(view, { tocTitle }), document: kind, format: 'md' }
    })
  })
}

/** Options for `dataExports`. */
export interface DataExportsOptions {
  /** CSV field separator (default: `;`). */
  separator?: AgendaCsvOptions['separator']
  /** UTF-8 BOM at the start of the CSV (default: `true`). */
  bom?: boolean
}

/**
 * Plugin: register the `json` renderer (the whole model, pretty-printed, as `model.json`) and
 * the `csv` renderer (the uitvoeringsagenda as `uitvoeringsagenda.csv`, the amounts of the
 * finance tables as `financien.csv`; each only when there is something to write).
 *
 * @param options CSV options (optional).
 */
export function dataExports(this: Processor, options: DataExportsOptions = {}): void {
  this.renderer('json', (model: Plan) => [{ path: 'model.json', contents: `${JSON.stringify(model, null, 2)}\n`, format: 'json' }])
  this.renderer('csv', (model: Plan) => {
    const csvOptions: AgendaCsvOptions = {}
    if (options.separator) csvOptions.separator = options.separator
    if (options.bom !== undefined) csvOptions.bom = options.bom
    const outputs: Output[] = []
    if (model.acties?.length) outputs.push({ path: 'uitvoeringsagenda.csv', contents: agendaCsv(model, csvOptions), format: 'csv' })
    if (model.financien?.tabellen?.length) outputs.push({ path: 'financien.csv', contents: financeCsv(model, csvOptions), format: 'csv' })
    return outputs
  })
}

async function packFor(
  file: PlanFile,
  options: TemplateConfig,
  renderOptions: RenderOptions,
  processor: Processor
): Promise<HtmlPack | undefined> {
  const pack = await sharedPackFor(file, { options, settings: processor.settings, renderSettings: renderOptions.settings })
  const html = pack && (await packPart(file, pack, htmlPack, processor.settings))
  // A template with a syntax error is reported at its place; nothing is rendered with it.
  return html && pack && reportTemplateErrors(file, pack, html) ? undefined : html
}

// The pack's words and parts, and the errors a forced build still has (the documents say so).
// A render may ask for a last step on each view (`build --changes-since`).
function viewOptions(pack: HtmlPack, file: PlanFile, document: DocumentOptions = {}, renderOptions: RenderOptions = {}): Parameters<typeof buildDocument>[2] {
  const parts = pack.raadsvoorstelParts
  return {
    labels: pack.labels,
    openErrors: file.errorCount,
    ...(parts ? { raadsvoorstelParts: parts } : {}),
    ...(pack.agenda ? { agenda: pack.agenda } : {}),
    ...document,
    ...afterBuildFrom(renderOptions.settings)
  }
}

// A plan's own primary colour is used for text on white and for white text on it.
function warnContrast(pack: HtmlPack, file: PlanFile): void {
  const primary = pack.colors.primary
  if (!primary) return
  const ratio = contrastRatio(primary)
  if (ratio !== undefined && ratio < 4.5) {
    file.message(
      `Onvoldoende contrast voor kleur \`${primary}\` (primary): ${ratio.toFixed(2)}:1 tegen wit. Kies een donkerder kleur met minstens 4,5:1 (WCAG 2.1 AA)`,
      { ruleId: 'render-contrast', source: '@kapstok/render-html', severity: 'warning', actual: primary }
    )
  }
}
