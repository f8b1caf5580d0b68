import { PlanFile, type Plan, type ProcessInput, type Processor } from '@kapstok/core'
import { basename } from 'node:path'
import { VFile } from 'vfile'
import { ModelBuilder } from './builder.js'
import type { ReaderOptions, SourceContext } from './context.js'
import { gatherSources, type SourceText } from './input.js'
import { withinLimits } from './limits.js'
import { readMarkdownSource } from './markdown-source.js'
import { mergePartial } from './merge.js'
import { resolveAgendaPijlers, resolvePlainLinks } from './resolve.js'
import { resolveSectionMap } from './section-map.js'
import { readYaml } from './yaml-source.js'

/**
 * Read a plan (a Markdown file, a folder of Markdown + YAML files, or one JSON/YAML model
 * file) into `file.model`, with the position of every value in `file.sourceMap`. Problems
 * become messages on the file; nothing is thrown for bad content.
 *
 * @param input Path (and optionally in-memory files).
 * @param file Plan file to fill.
 * @param options Section map and column synonyms (optional).
 */
export async function readInto(input: ProcessInput, file: PlanFile, options: ReaderOptions = {}): Promise<void> {
  const { sources, single } = await gatherSources(input, file)
  const builder = new ModelBuilder(file.sourceMap)
  const shared = { counters: new Map<string, number>(), pendingPijlers: [] as SourceContext['pendingPijlers'], plainLinks: [] as SourceContext['plainLinks'] }
  const sectionMap = resolveSectionMap(options.sections)
  let read = 0
  for (const source of sources) {
    file.addSource(new VFile({ path: source.path, value: source.text }))
    if (!withinLimits(source.path, source.text, source.kind, file)) {
      file.data.incomplete = true
      continue
    }
    const context: SourceContext = { plan: file, path: source.path, text: source.text, builder, sectionMap, options, ...shared }
    if (source.kind === 'markdown') readMarkdownSource(context)
    else if (!readModelFile(context, source, single)) continue
    read++
  }
  if (read === 0) return
  resolveAgendaPijlers(file, builder, shared.pendingPijlers)
  resolvePlainLinks(file, builder, shared.plainLinks)
  file.model = builder.model as unknown as Plan
}

// A YAML/JSON file: the whole model when given alone, else a partial merged into the rest.
function readModelFile(context: SourceContext, source: SourceText, single: boolean): boolean {
  const result = readYaml(source.text, { file: source.path, line: 1, offset: 0 }, context.plan)
  if (result.failed) {
    context.plan.data.incomplete = true
    return false
  }
  if (result.value === null || typeof result.value !== 'object' || Array.isArray(result.value)) {
    context.plan.message(`Bestand \`${basename(source.path)}\` moet een object met modelvelden bevatten (bijvoorbeeld \`document:\`), geen losse waarde of lijst`, {
      ruleId: 'schema-type',
      source: '@kapstok/markdown',
      location: { file: source.path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
    })
    return false
  }
  if (single) {
    Object.assign(context.builder.model, result.value)
    context.builder.record([], result.positions)
  } else {
    mergePartial(context.builder, result.value as Record<string, unknown>, result.positions)
  }
  return true
}

/**
 * Read a plan into a new plan file.
 *
 * @param input Path (and optionally in-memory files).
 * @param options Reader options (optional).
 * @returns The plan file; `model` is undefined when nothing could be read.
 */
export async function readPlan(input: ProcessInput, options: ReaderOptions = {}): Promise<PlanFile> {
  const file = new PlanFile(input.path)
  await readInto(input, file, options)
  return file
}

/**
 * Plugin: use the Markdown/YAML reader as the processor's parser. Options fall back to the
 * processor's `sections`/`columns` (or `kolommen`) settings (from the config file).
 *
 * @param options Reader options (optional).
 */
export function markdownSource(this: Processor, options: ReaderOptions = {}): void {
  this.parser((input, file, processor) => {
    const settings = processor.settings as ReaderOptions & { kolommen?: ReaderOptions['columns'] }
    // `kolommen` is the Dutch name of the same setting.
    const columns = settings.columns ?? settings.kolommen
    return readInto(input, file, {
      ...(settings.sections ? { sections: settings.sections } : {}),
      ...(columns ? { columns } : {}),
      ...options
    })
  })
}
