import { readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { UsageError } from './io.js'

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
}

const names = ['kapstok.config.json', 'kapstok.config.yaml', 'kapstok.config.yml', 'kapstok.config.mjs']

/**
 * Find and load the config in the plan folder (or the folder of a plan file).
 *
 * @param planPath Plan folder or file.
 * @param explicit A config path given with `--config` (optional).
 * @returns The config; throws `UsageError` (exit 2) when it is unreadable.
 */
export async function loadConfig(planPath: string, explicit?: string): Promise<LoadedConfig> {
  const info = await stat(planPath).catch(() => undefined)
  const folder = info?.isDirectory() ? planPath : dirname(planPath)
  const candidates = explicit ? [explicit] : names.map((n) => join(folder, n))
  for (const path of candidates) {
    const exists = await stat(path).then((s) => s.isFile()).catch(() => false)
    if (!exists) {
      if (explicit) throw new UsageError(`Configuratiebestand \`${explicit}\` bestaat niet`)
      continue
    }
    return { config: await readConfig(path), path, base: dirname(path) }
  }
  return { config: {}, base: folder }
}

async function readConfig(path: string): Promise<KapstokConfig> {
  let value: unknown
  try {
    if (path.endsWith('.mjs')) {
      value = (await import(pathToFileURL(resolve(path)).href)).default
    } else {
      const text = await readFile(path, 'utf8')
      value = path.endsWith('.json') ? JSON.parse(text) : parse(text)
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new UsageError(`Configuratiebestand \`${path}\` is niet te lezen: ${detail}`)
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`Configuratiebestand \`${path}\` moet een object met instellingen bevatten`)
  }
  return value as KapstokConfig
}
