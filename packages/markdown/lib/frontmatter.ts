import { planSchema } from '@kapstok/core'
import type { Yaml } from 'mdast'
import type { SourceContext } from './context.js'
import { mergePartial } from './merge.js'
import { readYaml } from './yaml-source.js'

const documentFields = new Set(Object.keys(((planSchema.$defs as Record<string, { properties: object }>).Document ?? { properties: {} }).properties))
const modelFields = new Set(Object.keys(planSchema.properties as object))

/**
 * Read YAML frontmatter: document fields go to `document`, other model keys (e.g.
 * `besluit`) to the model; `periode: 2022-2025` is turned into `{start, eind}`.
 *
 * @param context Source context.
 * @param node The frontmatter node.
 */
export function readFrontmatter(context: SourceContext, node: Yaml): void {
  const start = node.position?.start
  if (!start || start.offset === undefined) return
  const bodyOffset = context.text.indexOf('\n', start.offset) + 1
  const result = readYaml(node.value, { file: context.path, line: start.line + 1, offset: bodyOffset }, context.plan)
  if (result.failed) context.plan.data.incomplete = true
  if (result.failed || result.value === null || result.value === undefined) return
  if (typeof result.value !== 'object' || Array.isArray(result.value)) {
    context.plan.message('De frontmatter moet uit velden bestaan (`sleutel: waarde`), niet uit een losse waarde of lijst', {
      ruleId: 'yaml-syntax',
      source: '@kapstok/markdown',
      location: { file: context.path, start: { ...start }, end: { ...start } }
    })
    return
  }
  const document: Record<string, unknown> = {}
  const partial: Record<string, unknown> = {}
  const positions = result.positions.map(([path, location]): [typeof path, typeof location] => {
    const key = String(path[0])
    return [modelFields.has(key) && !documentFields.has(key) ? path : ['document', ...path], location]
  })
  for (const [key, value] of Object.entries(result.value as Record<string, unknown>)) {
    if (modelFields.has(key) && !documentFields.has(key)) partial[key] = value
    else document[key] = normaliseDocumentField(key, value)
  }
  if (Object.keys(document).length > 0) partial.document = document
  mergePartial(context.builder, partial, positions)
}

/**
 * Friendly forms of document fields: `periode: 2022-2025` → `{start: 2022, eind: 2025}`,
 * numbers where text is expected (`versie: 1.0`) → text.
 *
 * @param key Field name.
 * @param value Value from YAML.
 * @returns The model value.
 */
export function normaliseDocumentField(key: string, value: unknown): unknown {
  if (key === 'periode' && typeof value === 'string') {
    const match = /^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$/.exec(value)
    if (match) return { start: Number(match[1]), eind: Number(match[2]) }
  }
  if ((key === 'versie' || key === 'gemeente' || key === 'titel') && typeof value === 'number') return String(value)
  return value
}
