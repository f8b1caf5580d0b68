import { readFile } from 'node:fs/promises'
import type { Output, Plan, PlanFile, Processor, RenderOptions } from '@kapstok/core'
import { buildDocument, resolveLabels } from '@kapstok/documents'
import { contrastRatio } from './colors.js'
import { agendaCsv, type AgendaCsvOptions } from './csv.js'
import { documentsToRender } from './documents.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'
import { loadPack, type Pack } from './pack.js'
import { mergeTemplateConfig, planFolder, templateSetting, type TemplateConfig } from './settings.js'

/** Options for `htmlRenderer`: the template configuration (see `TemplateConfig`). */
export type HtmlRendererOptions = TemplateConfig

/**
 * Plugin: register the `html` and `md` renderers. Each renders every requested document the
 * plan supports to `<document>.html` / `<document>.md`; `html` also writes the pack's assets
 * (`assets/…`). The template configuration comes from these options, then
 * `processor.settings.template`, then `RenderOptions.settings.template` (later wins).
 *
 * ```ts
 * kapstok().use(markdownSource).use(htmlRenderer, { pack: 'nl-gemeente', overrides: { colors: { primary: '#00594f' } } })
 * ```
 *
 * @param options Pack and overrides (optional).
 */
export function htmlRenderer(this: Processor, options: HtmlRendererOptions = {}): void {
  this.renderer('html', async (model, file, renderOptions, processor) => {
    const pack = await packFor(file, options, renderOptions, processor)
    if (!pack) return []
    warnContrast(pack, file)
    const outputs: Output[] = []
    const kinds = documentsToRender(model, file, renderOptions.documents, pack.documents)
    kinds.forEach((kind, index) => {
      const view = buildDocument(model, kind, viewOptions(pack))
      outputs.push({ path: `${kind}.html`, contents: renderHtml(view, pack), document: kind, format: 'html' })
      renderOptions.onProgress?.({ document: kind, format: 'html', done: index + 1, total: kinds.length })
    })
    if (kinds.length) {
      for (const asset of pack.assets) outputs.push({ path: asset.path, contents: await readFile(asset.source), format: 'html' })
    }
    return outputs
  })
  this.renderer('md', async (model, file, renderOptions, processor) => {
    const pack = await packFor(file, options, renderOptions, processor)
    if (!pack) return []
    const kinds = documentsToRender(model, file, renderOptions.documents, pack.documents)
    const tocTitle = resolveLabels(pack.labels).inhoudsopgave
    return kinds.map((kind, index) => {
      const view = buildDocument(model, kind, viewOptions(pack))
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
 * the `csv` renderer (the uitvoeringsagenda as `uitvoeringsagenda.csv`; nothing without acties).
 *
 * @param options CSV options (optional).
 */
export function dataExports(this: Processor, options: DataExportsOptions = {}): void {
  this.renderer('json', (model: Plan) => [{ path: 'model.json', contents: `${JSON.stringify(model, null, 2)}\n`, format: 'json' }])
  this.renderer('csv', (model: Plan) => {
    if (!model.acties?.length) return []
    const csvOptions: AgendaCsvOptions = {}
    if (options.separator) csvOptions.separator = options.separator
    if (options.bom !== undefined) csvOptions.bom = options.bom
    return [{ path: 'uitvoeringsagenda.csv', contents: agendaCsv(model, csvOptions), format: 'csv' }]
  })
}

// Loaded packs by configuration, so `html` and `md` share one load per render.
const packs = new WeakMap<PlanFile, Map<string, Promise<Pack>>>()

async function packFor(
  file: PlanFile,
  options: TemplateConfig,
  renderOptions: RenderOptions,
  processor: Processor
): Promise<Pack | undefined> {
  const config = mergeTemplateConfig(options, templateSetting(processor.settings), templateSetting(renderOptions.settings))
  const baseDir = config.baseDir ?? planFolder(file.path)
  const key = JSON.stringify([config.pack, baseDir, config.overrides])
  let byKey = packs.get(file)
  if (!byKey) packs.set(file, (byKey = new Map()))
  let promise = byKey.get(key)
  if (!promise) {
    promise = loadPack(config.pack, { baseDir, ...(config.overrides ? { overrides: config.overrides } : {}) })
    byKey.set(key, promise)
  }
  try {
    return await promise
  } catch (error) {
    if (byKey.get(key) === promise && !packErrors.has(promise)) {
      packErrors.add(promise)
      file.message(`Sjabloonpakket \`${config.pack ?? 'nl-gemeente'}\` kan niet worden geladen: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: 'render-pack',
        source: '@kapstok/render-html'
      })
    }
    return undefined
  }
}

const packErrors = new WeakSet<Promise<Pack>>()

function viewOptions(pack: Pack): Parameters<typeof buildDocument>[2] {
  const parts = pack.manifest.raadsvoorstel?.parts
  return parts ? { labels: pack.labels, raadsvoorstelParts: parts } : { labels: pack.labels }
}

// A plan's own primary colour is used for text on white and for white text on it.
function warnContrast(pack: Pack, file: PlanFile): void {
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
