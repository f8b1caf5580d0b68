import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LineCounter, parseDocument } from 'yaml'
import { explainYamlError, yamlToJs } from '@kapstok/markdown'
import type { KapstokPlugin } from '@kapstok/rules'
import { checkConfig, checkTemplate, placeProblems } from './config-check.js'
import { ConfigError, UsageError } from './io.js'
import { loadPlugins } from './plugins.js'

/** Contents of `kapstok.config.(json|yaml|yml|mjs)`. */
export interface KapstokConfig {
  /** Preset: `recommended` (default) or `strict`. */
  extends?: string
  /** Rule settings: `'off' | 'warn' | 'error' | 'info' | [severity, options]`. */
  rules?: Record<string, unknown>
  /** Heading → section kind overrides, e.g. `{ Opgaven: 'pijlers' }`. */
  sections?: Record<string, string>
  /** Extra column-name synonyms per agenda field. */
  columns?: Record<string, string[]>
  /** Template pack and overrides for the renderers: `{ pack, overrides: { partials, colors, logo, labels } }`. */
  template?: string | Record<string, unknown>
  /** Settings per document, e.g. `{ programmaplan: { timeline: false } }` (checked by `@kapstok/packs`). */
  documents?: Record<string, unknown>
  /** Plugin packages or paths inside the plan folder (loaded only with `trust`). */
  plugins?: string[]
  /** Other settings (render, domains, …) passed to plugins as they are. */
  [key: string]: unknown
}

/** A loaded config and where it came from. */
export interface LoadedConfig {
  /** The config (empty when there is no file). */
  config: KapstokConfig
  /** Its path, if a file was found. */
  path?: string
  /** Folder that relative paths in the config are resolved against. */
  base: string
  /** The plugins of `plugins`, loaded (optional; none when absent). */
  plugins?: KapstokPlugin[]
  /** Whether the user trusts the plan (`--trust`): code runs and files outside the plan folder may be read. */
  trust: boolean
}

/** Largest configuration file read (256 KiB). */
const MAX_CONFIG_BYTES = 256 * 1024

const names = ['kapstok.config.json', 'kapstok.config.yaml', 'kapstok.config.yml', 'kapstok.config.mjs']

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /**
   * Run a `kapstok.config.mjs` (it is code). Off by default, so checking an uploaded plan
   * never runs code that came with it; the CLI turns it on with `--trust` (default: `false`).
   * The same holds for the `plugins` of any configuration.
   */
  trust?: boolean
}

/**
 * Find and load the config in the plan folder (or the folder of a plan file), and check it
 * against the published schema (`schemas/kapstok.config.schema.json`).
 *
 * @param planPath Plan folder or file.
 * @param explicit A config path given with `--config` (optional).
 * @param options Whether code configs may run (optional).
 * @returns The config; throws `UsageError` (exit 2) when it is unreadable, and `ConfigError`
 *   with every problem at its place when it is invalid.
 */
export async function loadConfig(planPath: string, explicit?: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const info = await stat(planPath).catch(() => undefined)
  const folder = info?.isDirectory() ? planPath : dirname(planPath)
  const candidates = explicit ? [explicit] : names.map((n) => join(folder, n))
  const trust = options.trust === true
  for (const path of candidates) {
    const exists = await stat(path).then((s) => s.isFile()).catch(() => false)
    if (!exists) {
      if (explicit) throw new UsageError(`Configuratiebestand \`${explicit}\` bestaat niet`)
      continue
    }
    if (!explicit && !trust) await confineConfig(path, folder)
    return { ...(await readConfig(path, trust)), path, base: dirname(path), trust }
  }
  return { config: {}, base: folder, trust }
}

// A configuration found in an (uploaded) plan folder must be a small file in that folder,
// not a link to one elsewhere. One named with `--config` is the user's own choice.
async function confineConfig(path: string, folder: string): Promise<void> {
  const [real, root, info] = await Promise.all([realpath(path), realpath(folder), stat(path)])
  const rel = relative(root, real)
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigError(path, [{ reason: `Configuratiebestand \`${basename(path)}\` is een koppeling naar een bestand buiten de planmap; kapstok leest alleen bestanden in de planmap. Kopieer het bestand naar de planmap`, line: 1, column: 1 }])
  }
  if (info.size > MAX_CONFIG_BYTES) {
    throw new ConfigError(path, [{ reason: `Configuratiebestand \`${basename(path)}\` is te groot (${Math.round(info.size / 1024)} KiB; maximaal ${MAX_CONFIG_BYTES / 1024} KiB)`, line: 1, column: 1 }])
  }
}

async function readConfig(path: string, trust: boolean): Promise<{ config: KapstokConfig; plugins: KapstokPlugin[] }> {
  let value: unknown
  let text: string | undefined
  if (path.endsWith('.mjs') && !trust) {
    throw new ConfigError(path, [{
      reason: 'Dit configuratiebestand is code en wordt niet uitgevoerd zonder `--trust`; gebruik `kapstok.config.yaml` of `.json`, of geef `--trust` als u de herkomst van het plan vertrouwt',
      line: 1,
      column: 1
    }])
  }
  try {
    if (path.endsWith('.mjs')) {
      value = (await import(pathToFileURL(resolve(path)).href)).default
    } else {
      text = await readFile(path, 'utf8')
      value = parseConfigText(path, text)
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new UsageError(`Configuratiebestand \`${basename(path)}\` is niet te lezen: ${detail}`)
  }
  if (value === null || value === undefined) return { config: {}, plugins: [] }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(path, [{ reason: `Configuratiebestand \`${basename(path)}\` moet een object met instellingen bevatten`, line: 1, column: 1 }])
  }
  // Plugins first: their rules and presets are known ids in `rules` and `extends`.
  const entries = (value as { plugins?: unknown }).plugins
  const { plugins, problems: pluginProblems } = Array.isArray(entries) && entries.every((e) => typeof e === 'string' && e !== '')
    ? await loadPlugins(entries as string[], dirname(path), trust)
    : { plugins: [], problems: [] }
  // A rule or preset of a plugin that did not load is not unknown: its plugin is the problem.
  const unloaded = (p: { reason: string }): boolean => pluginProblems.length > 0 && /^Onbekende (regel|voorinstelling) /.test(p.reason)
  const problems = [...placeProblems(pluginProblems, text), ...checkConfig(value, text, plugins).filter((p) => !unloaded(p))].sort((a, b) => a.line - b.line || a.column - b.column)
  if (problems.length === 0) problems.push(...(await checkTemplate(value, dirname(path), text, trust)))
  if (problems.length > 0) throw new ConfigError(path, problems)
  return { config: value as KapstokConfig, plugins }
}

/**
 * Parse a YAML or JSON configuration (JSON is YAML too, so one parser gives positions for
 * both); a syntax error, an alias without anchor or an alias bomb is a `ConfigError` at its place.
 *
 * @param path The file, for messages.
 * @param text Its text.
 * @returns The value.
 */
function parseConfigText(path: string, text: string): unknown {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  if (document.errors.length > 0) {
    throw new ConfigError(path, document.errors.map((error) => ({ reason: `Ongeldige ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${explainYamlError(error)}`, ...at(error.pos[0]) })))
  }
  const converted = yamlToJs(document)
  if ('value' in converted) return converted.value
  throw new ConfigError(path, [{ reason: `Ongeldige YAML: ${converted.problem.reason}`, ...at(converted.problem.range?.[0] ?? 0) }])
}
