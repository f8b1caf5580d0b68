import { agendaPlanning, kapstok, type Processor } from '@kapstok/core'
import { markdownSource, type TreeCache } from '@kapstok/markdown'
import { configureRules, type KapstokPlugin, type RulesConfig } from '@kapstok/rules'
import type { KapstokConfig, LoadedConfig } from './config.js'
import { UsageError } from './io.js'

/** Output formats the CLI can render, each with the package that renders it. */
export const renderFormats = ['html', 'md', 'pdf', 'docx', 'json', 'csv'] as const

/** Options of `createProcessor`. */
export interface ProcessorOptions {
  /**
   * Formats to attach renderers for (default: all of `renderFormats`). `check` and `inspect`
   * pass `[]`: the renderers (Handlebars, pdfkit) are then never loaded.
   */
  formats?: readonly string[]
  /** Parsed trees of earlier runs, so unchanged files are not parsed again (optional). */
  trees?: TreeCache
}

/**
 * The processor the CLI uses: the Markdown/YAML reader, schema and reference validation, the
 * configured rules, the agenda planning transform, and the renderers for the requested formats
 * (HTML, Markdown, PDF, DOCX, JSON, CSV), each loaded only when one of its formats is asked for.
 *
 * @param loaded The plan's configuration.
 * @param options Formats to render (optional).
 * @returns A processor; a configuration error becomes a `UsageError` (exit 2).
 */
export async function createProcessor(loaded: LoadedConfig, options: ProcessorOptions = {}): Promise<Processor> {
  const processor = kapstok()
  const plugins = loaded.plugins ?? []
  // `trust` last: a configuration cannot trust itself.
  Object.assign(processor.settings, loaded.config, { configBase: loaded.base }, pluginSynonyms(loaded.config, plugins), { trust: loaded.trust })
  let rules
  try {
    rules = configureRules(loaded.config as RulesConfig, plugins)
  } catch (error) {
    const where = loaded.path ? ` in \`${loaded.path}\`` : ''
    const unknown = /Unknown rule `([^`]+)`/.exec(error instanceof Error ? error.message : '')
    throw new UsageError(
      unknown
        ? `Onbekende regel \`${unknown[1]}\`${where}; \`kapstok rules\` toont alle regels`
        : `Ongeldige regelinstelling${where}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  processor.use(markdownSource, options.trees ? { trees: options.trees } : {}).use(rules).use(agendaPlanning)
  const wanted = options.formats ?? renderFormats
  const needs = (...formats: string[]): boolean => formats.some((f) => wanted.includes(f))
  if (needs('html', 'md')) processor.use((await import('@kapstok/render-html')).htmlRenderer)
  if (needs('pdf')) processor.use((await import('@kapstok/render-pdf')).pdfRenderer)
  if (needs('docx')) processor.use((await import('@kapstok/render-docx')).docxRenderer)
  if (needs('json', 'csv')) processor.use((await import('@kapstok/render-html')).dataExports)
  for (const renderer of plugins.flatMap((plugin) => plugin.renderers ?? [])) {
    if (options.formats === undefined || needs(...renderer.formats)) processor.use(renderer.plugin)
  }
  return processor
}

/**
 * The formats a configuration's plugins add to `renderFormats`.
 *
 * @param plugins The loaded plugins.
 * @returns Format names.
 */
export function pluginFormats(plugins: readonly KapstokPlugin[] = []): string[] {
  return plugins.flatMap((plugin) => (plugin.renderers ?? []).flatMap((renderer) => renderer.formats))
}

/**
 * Section and column synonyms of the plugins merged under the plan's own (the plan's config
 * wins for a heading; column names add up).
 */
function pluginSynonyms(config: KapstokConfig, plugins: readonly KapstokPlugin[]): { sections?: Record<string, string>; columns?: Record<string, string[]> } {
  if (!plugins.some((plugin) => plugin.sections || plugin.columns)) return {}
  const sections = Object.assign({}, ...plugins.map((plugin) => plugin.sections ?? {}), config.sections) as Record<string, string>
  const columns: Record<string, string[]> = {}
  for (const source of [...plugins.map((plugin) => plugin.columns ?? {}), config.columns ?? {}, (config.kolommen as Record<string, string[]> | undefined) ?? {}]) {
    for (const [field, names] of Object.entries(source)) columns[field] = [...(columns[field] ?? []), ...names]
  }
  return { sections, columns }
}
