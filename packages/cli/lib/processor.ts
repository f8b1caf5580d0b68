import { agendaPlanning, kapstok, type Processor } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { dataExports, htmlRenderer } from '@kapstok/render-html'
import { pdfRenderer } from '@kapstok/render-pdf'
import { configureRules, type RulesConfig } from '@kapstok/rules'
import type { LoadedConfig } from './config.js'
import { UsageError } from './io.js'

/**
 * The processor the CLI uses: the Markdown/YAML reader, schema and reference validation, the
 * configured rules, the agenda planning transform, and the renderers (HTML, Markdown, PDF, JSON, CSV).
 *
 * @param loaded The plan's configuration.
 * @returns A processor; a configuration error becomes a `UsageError` (exit 2).
 */
export function createProcessor(loaded: LoadedConfig): Processor {
  const processor = kapstok()
  // `trust` last: a configuration cannot trust itself.
  Object.assign(processor.settings, loaded.config, { configBase: loaded.base, trust: loaded.trust })
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
  return processor
    .use(markdownSource)
    .use(rules)
    .use(agendaPlanning)
    .use(htmlRenderer)
    .use(pdfRenderer)
    .use(dataExports)
}
