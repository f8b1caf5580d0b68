import path from 'node:path'
import type { PackOverrides } from './pack.js'

/** Template configuration as in a plan's `kapstok.config.*` (`template: {…}`). */
export interface TemplateConfig {
  /** Pack name or path (default: `nl-gemeente`). */
  pack?: string
  /** Partials, colours, logo and labels to replace (optional). */
  overrides?: PackOverrides
  /** Folder that relative paths are resolved against (default: the plan's folder). */
  baseDir?: string
}

/**
 * The template configuration that applies: plugin options, then `processor.settings.template`,
 * then `RenderOptions.settings.template` (later wins, field by field).
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
 * Read `template` from a settings object, if it has the right shape.
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
 * The plan's folder: the path itself for a folder, the parent for a single file.
 *
 * @param planPath The path the user gave.
 * @returns An absolute folder.
 */
export function planFolder(planPath: string): string {
  const resolved = path.resolve(planPath)
  return /\.(md|markdown|json|ya?ml)$/i.test(resolved) ? path.dirname(resolved) : resolved
}
