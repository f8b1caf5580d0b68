import path from 'node:path'
import type { LabelOverrides } from '@kapstok/documents'

/** What a plan's configuration may change in a pack. Paths are relative to `baseDir`. */
export interface PackOverrides {
  /** Partials to replace, by name: `{ titelblad: './titelblad.hbs' }` (HTML only) (optional). */
  partials?: Record<string, string>
  /** Colours to replace, e.g. `{ primary: '#00594f' }` (optional). */
  colors?: Record<string, string>
  /** Logo file to use instead of the pack's (optional). */
  logo?: string
  /** Words to replace, e.g. `{ begrippen: 'Afkortingen' }` (optional). */
  labels?: LabelOverrides
}

/** Template configuration as in a plan's `kapstok.config.*` (`template: {…}`). */
export interface TemplateConfig {
  /** Pack name or path (default: `nl-gemeente`). */
  pack?: string
  /** Partials, colours, logo and labels to replace (optional). */
  overrides?: PackOverrides
  /** Folder that relative paths are resolved against (default: `settings.configBase`, else the plan's folder). */
  baseDir?: string
}

/** Where a renderer finds its template configuration, lowest priority first. */
export interface TemplateSources {
  /** The renderer plugin's options (optional). */
  options?: TemplateConfig | undefined
  /** `processor.settings`: the CLI puts the whole `kapstok.config.*` there, plus `configBase` (optional). */
  settings?: Record<string, unknown> | undefined
  /** `RenderOptions.settings` of one render call (optional). */
  renderSettings?: Record<string, unknown> | undefined
}

/**
 * The template configuration that applies: plugin options, then `processor.settings.template`,
 * then `RenderOptions.settings.template` (later wins, field by field; `overrides` key by key).
 *
 * @param layers Configurations, lowest priority first.
 * @returns The merged configuration.
 */
export function mergeTemplateConfig(...layers: Array<TemplateConfig | undefined>): TemplateConfig {
  const out: TemplateConfig = {}
  for (const layer of layers) {
    if (!layer) continue
    if (layer.pack !== undefined) out.pack = layer.pack
    if (layer.baseDir !== undefined) out.baseDir = layer.baseDir
    if (layer.overrides) out.overrides = { ...out.overrides, ...layer.overrides }
  }
  return out
}

/**
 * Read `template` from a settings object, if it has the right shape (a string is a pack name).
 *
 * @param settings Settings (optional).
 * @returns The template configuration, or `undefined`.
 */
export function templateSetting(settings: Record<string, unknown> | undefined): TemplateConfig | undefined {
  const value = settings?.template
  if (typeof value === 'string') return { pack: value }
  return value !== null && typeof value === 'object' ? (value as TemplateConfig) : undefined
}

/**
 * The template configuration of a render, with the folder its relative paths are resolved
 * against: `baseDir` from the configuration, else `settings.configBase` (the folder of
 * `kapstok.config.*`, set by the CLI), else the plan's folder.
 *
 * @param sources Plugin options and settings.
 * @param planPath The plan's path as the user gave it.
 * @returns The merged configuration, `baseDir` always set (absolute).
 */
export function templateConfig(sources: TemplateSources, planPath: string): TemplateConfig & { baseDir: string } {
  const config = mergeTemplateConfig(sources.options, templateSetting(sources.settings), templateSetting(sources.renderSettings))
  const configBase = sources.settings?.configBase
  const baseDir = config.baseDir ?? (typeof configBase === 'string' ? configBase : planFolder(planPath))
  return { ...config, baseDir: path.resolve(baseDir) }
}

/**
 * The plan's folder: the path itself for a folder, the parent for a single file.
 *
 * @param planPath The path the user gave.
 * @returns An absolute folder.
 */
export function planFolder(planPath: string): string {
  const resolved = path.resolve(planPath)
  return /\.(md|markdown|json|ya?ml)$/i.test(resolved) ? path.dirname(resolved) : resolved
}
