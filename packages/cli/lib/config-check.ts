import { readFileSync } from 'node:fs'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { didYouMean, typeName } from '@kapstok/core'
import { loadPack, PackError } from '@kapstok/packs'
import { allRules, pluginPreset, pluginPresetNames, pluginRules, type KapstokPlugin } from '@kapstok/rules'
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml'

/** URL of the published JSON Schema of `kapstok.config.*` inside this package. */
export const configSchemaUrl = new URL('../../schemas/kapstok.config.schema.json', import.meta.url)

/** One problem in a configuration file, at its place. */
export interface ConfigProblem {
  /** Dutch message: what is wrong with the value, then what to do. */
  reason: string
  /** Path of the configuration value, e.g. `['template', 'overrides', 'colors', 'primary']`. */
  path: Array<string | number>
  /** 1-based line of the value or key in the file (1 when unknown). */
  line: number
  /** 1-based column. */
  column: number
}

let compiled: ValidateFunction | undefined

/** The schema validator, compiled once per process. */
function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(configSchemaUrl, 'utf8'))
    compiled = new Ajv2020({ allErrors: true, verbose: true, strict: false }).compile(schema)
  }
  return compiled
}

/**
 * Check a parsed configuration against the published schema and the rule catalog: unknown
 * keys (with "bedoelde u …?"), wrong types and values, unknown rule ids. Each problem is placed
 * at its key or value in the file's text.
 *
 * @param value The parsed configuration.
 * @param text The file's text (YAML or JSON), for positions (optional; without it every problem is at 1:1).
 * @param plugins The configuration's loaded plugins, whose rules and presets are known too (optional).
 * @returns Problems, one per offending key or value; empty when the configuration is valid.
 */
export function checkConfig(value: unknown, text?: string, plugins: readonly KapstokPlugin[] = []): ConfigProblem[] {
  return placed(schemaProblems(value, plugins), text)
}

/**
 * Place problems found elsewhere (e.g. while loading plugins) in the file's text.
 *
 * @param found Reasons with the path of their value.
 * @param text The file's text (optional).
 * @returns The problems with line and column.
 */
export function placeProblems(found: Array<Omit<ConfigProblem, 'line' | 'column'>>, text?: string): ConfigProblem[] {
  return placed(found, text)
}

/**
 * Check the template part of a valid configuration by loading the pack with the overrides,
 * so `kapstok check` already reports an unknown partial or label, a colour that is no colour
 * or a logo that is not there, at its place in the file.
 *
 * @param value The configuration (valid against the schema).
 * @param baseDir Folder the configuration's paths are relative to.
 * @param text The file's text, for positions (optional).
 * @param trust Whether files outside `baseDir` may be read (`--trust`) (default: `false`).
 * @returns The problem, if any (the pack stops at its first).
 */
export async function checkTemplate(value: { template?: unknown }, baseDir: string, text?: string, trust = false): Promise<ConfigProblem[]> {
  const template = typeof value.template === 'string' ? { pack: value.template } : (value.template as { pack?: string; overrides?: object; baseDir?: string } | undefined)
  if (!template) return []
  try {
    await loadPack(template.pack, { baseDir: template.baseDir ?? baseDir, root: baseDir, trust, ...(template.overrides ? { overrides: template.overrides } : {}) })
    return []
  } catch (error) {
    if (!(error instanceof PackError)) throw error
    return placed([{ reason: error.message, path: error.setting }], text)
  }
}

/** Problems found by the schema and the rule catalog, not yet placed. */
function schemaProblems(value: unknown, plugins: readonly KapstokPlugin[]): Array<Omit<ConfigProblem, 'line' | 'column'> & { key?: boolean }> {
  const validate = validator()
  const found: Array<Omit<ConfigProblem, 'line' | 'column'> & { key?: boolean }> = []
  if (!validate(value)) for (const error of simplify(validate.errors ?? [])) found.push(explain(error, validate.schema as Schema))
  const preset = (value as { extends?: unknown } | null)?.extends
  if (typeof preset === 'string' && preset.includes('/') && found.every((p) => p.path[0] !== 'extends') && !pluginPreset(preset, plugins)) {
    const known = pluginPresetNames(plugins)
    found.push({ reason: `Onbekende voorinstelling \`${preset}\`${didYouMean(preset, known) || (known.length > 0 ? `; kies uit: ${known.map((k) => `\`${k}\``).join(', ')}` : '; voeg de plugin die haar levert toe aan `plugins`')}`, path: ['extends'] })
  }
  const rules = (value as { rules?: unknown } | null)?.rules
  if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
    const ids = [...allRules, ...pluginRules(plugins)].map((rule) => rule.rule.id)
    for (const id of Object.keys(rules)) {
      if (ids.includes(id)) continue
      found.push({ reason: `Onbekende regel \`${id}\`${didYouMean(id, ids) || '; `kapstok rules` toont alle regels'}`, path: ['rules', id], key: true })
    }
  }
  return found
}

/** Place problems at their key or value in the file's text, sorted by place. */
function placed(found: Array<Omit<ConfigProblem, 'line' | 'column'> & { key?: boolean }>, text: string | undefined): ConfigProblem[] {
  // A valid configuration (the usual case) is not parsed a second time just for positions.
  if (found.length === 0) return []
  const locate = locator(text)
  return found
    .map(({ key, ...problem }) => ({ ...problem, ...locate(problem.path, key === true) }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

/** The parts of the schema the messages need. */
interface Schema {
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  $defs?: Record<string, Schema>
  anyOf?: Schema[]
  $ref?: string
}

// anyOf reports every failed branch plus a summary, and `propertyNames` an inner error plus
// its own; keep for each value only the errors about the deepest place (a branch error about
// `template.overides` says more than "expected a text" about `template`), once per place.
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const target = (e: ErrorObject): string => {
    if (e.keyword === 'additionalProperties') return `${e.instancePath}/${String(e.params.additionalProperty)}`
    const name = e.propertyName ?? (e.keyword === 'propertyNames' ? String(e.params.propertyName) : undefined)
    return name === undefined ? e.instancePath : `${e.instancePath}/${name}`
  }
  const targets = errors.map(target)
  const seen = new Set<string>()
  return errors.filter((_e, i) => {
    const at = targets[i] ?? ''
    if (targets.some((other) => other.startsWith(at + '/'))) return false
    if (seen.has(at)) return false
    seen.add(at)
    return true
  })
}

function explain(error: ErrorObject, schema: Schema): Omit<ConfigProblem, 'line' | 'column'> & { key?: boolean } {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
  const name = path.length === 0 ? 'de configuratie' : `\`${path.join('.')}\``
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      const known = Object.keys(schemaAt(schema, path)?.properties ?? {})
      const where = path.length === 0 ? '' : ` in ${name}`
      return { reason: `Onbekende instelling \`${extra}\`${where}${didYouMean(extra, known)}`, path: [...path, extra], key: true }
    }
    case 'propertyNames':
      return { reason: `Onbekende naam \`${String(params.propertyName)}\` in ${name}`, path: [...path, String(params.propertyName)], key: true }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``)
      const known = (params.allowedValues as unknown[]).map(String)
      if (error.propertyName !== undefined) {
        const key = error.propertyName
        return { reason: `Onbekende naam \`${key}\` in ${name}${didYouMean(key, known) || `; kies uit: ${allowed.join(', ')}`}`, path: [...path, key], key: true }
      }
      return { reason: `Onbekende waarde \`${shown(error.data)}\` voor ${name}${didYouMean(String(error.data), known) || `; kies uit: ${allowed.join(', ')}`}`, path }
    }
    case 'type':
      return { reason: `Ongeldige waarde \`${shown(error.data)}\` voor ${name}; verwacht ${typeName(String(params.type), 'instellingen')}`, path }
    case 'minLength':
      return { reason: `Lege waarde voor ${name}; vul een waarde in of laat de instelling weg`, path }
    default:
      return { reason: `Ongeldige waarde \`${shown(error.data)}\` voor ${name}; zie het schema \`kapstok.config.schema.json\``, path }
  }
}

/** The schema that describes the value at `path` (following `$ref` and the object branch of `anyOf`). */
function schemaAt(root: Schema, path: string[]): Schema | undefined {
  let node: Schema | undefined = root
  const deref = (s: Schema | undefined): Schema | undefined => {
    if (s?.$ref) return deref(root.$defs?.[s.$ref.replace('#/$defs/', '')])
    if (s?.anyOf) return deref(s.anyOf.find((branch) => deref(branch)?.properties !== undefined))
    return s
  }
  for (const part of path) {
    node = deref(node)
    const next: Schema | boolean | undefined = node?.properties?.[part] ?? node?.additionalProperties
    node = typeof next === 'object' ? next : undefined
  }
  return deref(node)
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}


/**
 * Positions of configuration values in the file's text (YAML; JSON is YAML too).
 *
 * @param text The file's text (optional).
 * @returns A function from a value's path to its line and column (of the key when asked).
 */
function locator(text: string | undefined): (path: Array<string | number>, key: boolean) => { line: number; column: number } {
  if (text === undefined) return () => ({ line: 1, column: 1 })
  const lineCounter = new LineCounter()
  let document: Document | undefined
  try {
    document = parseDocument(text, { lineCounter })
  } catch {
    document = undefined
  }
  return (path, key) => {
    if (!document) return { line: 1, column: 1 }
    for (let depth = path.length; depth > 0; depth--) {
      const at = path.slice(0, depth)
      const node = key && depth === path.length ? keyNode(document, at) : document.getIn(at, true)
      const range = (node as { range?: [number, number, number] } | undefined)?.range
      if (range) {
        const { line, col } = lineCounter.linePos(range[0])
        return { line, column: col }
      }
    }
    return { line: 1, column: 1 }
  }
}

/** The key node of the pair at `path` (for "unknown key" messages, which point at the key). */
function keyNode(document: Document, path: Array<string | number>): unknown {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true)
  if (!isMap(parent)) return undefined
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path.at(-1)))
  return pair?.key
}
