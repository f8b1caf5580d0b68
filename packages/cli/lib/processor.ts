import { agendaPlanning, kapstok, type Processor } from '@kapstok/core'
import { markdownSource, type TreeCache } from '@kapstok/markdown'
import { configureRules, type RulesConfig } from '@kapstok/rules'
import type { LoadedConfig } from './config.js'
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
  Object.assign(processor.settings, loaded.config, { configBase: loaded.base })
  let rules
  try {
    rules = configureRules(loaded.config as RulesConfig)
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
  return processor
}
