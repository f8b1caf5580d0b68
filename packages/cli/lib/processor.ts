import { kapstok, modelValidation, type Processor } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import type { LoadedConfig } from './config.js'

/**
 * The processor the CLI uses: the Markdown/YAML reader, schema and reference validation, the
 * configured rules, and the renderers.
 *
 * @param loaded The plan's configuration.
 * @returns A processor.
 */
export function createProcessor(loaded: LoadedConfig): Processor {
  const processor = kapstok()
  Object.assign(processor.settings, loaded.config, { configBase: loaded.base })
  return processor.use(markdownSource).use(modelValidation)
}
