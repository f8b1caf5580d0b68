import type { PlanFile } from '@kapstok/core'
import { planFolder, templateConfig, type TemplateSources } from './config.js'
import { PackError } from './error.js'
import { loadPack, type Pack } from './load.js'
import { locateSetting } from './locate.js'

/** Rule id of every pack problem. */
export const packRuleId = 'render-pack'

// Packs by plan file and configuration, so every renderer of one render shares one load.
const loads = new WeakMap<PlanFile, Map<string, Promise<Pack>>>()
// Reasons already reported per plan file, so two renderers do not report the same problem twice.
const reported = new WeakMap<PlanFile, Set<string>>()

/**
 * The template pack of a render, loaded once per plan file and configuration and shared by
 * all renderers. A pack that cannot be used becomes one error message on the plan file,
 * placed at the offending value in `kapstok.config.*` when it is written there; the renderer
 * then writes nothing.
 *
 * ```ts
 * const pack = await packFor(file, { options, settings: processor.settings, renderSettings: renderOptions.settings })
 * if (!pack) return []
 * ```
 *
 * @param file The plan file (messages go here).
 * @param sources Plugin options and settings.
 * @returns The pack, or `undefined` after reporting why not.
 */
export async function packFor(file: PlanFile, sources: TemplateSources): Promise<Pack | undefined> {
  const config = templateConfig(sources, file.path)
  // Files may be read from the folder the calling code names (plugin option `baseDir`), else
  // the configuration's folder, else the plan's; `template.baseDir` in a config cannot widen it.
  const configBase = sources.settings?.configBase
  const root = sources.options?.baseDir ?? (typeof configBase === 'string' ? configBase : planFolder(file.path))
  const trust = sources.settings?.trust === true
  const key = JSON.stringify([config.pack, config.baseDir, config.overrides, root, trust])
  let byKey = loads.get(file)
  if (!byKey) loads.set(file, (byKey = new Map()))
  let promise = byKey.get(key)
  if (!promise) {
    promise = loadPack(config.pack, { baseDir: config.baseDir, root, trust, ...(config.overrides ? { overrides: config.overrides } : {}) })
    byKey.set(key, promise)
  }
  return settle(file, promise, sources.settings)
}

// Renderer parts by pack and reader, so every render reads a pack's templates or layout once.
const parts = new WeakMap<Pack, Map<(pack: Pack) => Promise<unknown>, Promise<unknown>>>()

/**
 * A renderer's own part of a loaded pack (the HTML templates, the PDF layout), read once per
 * pack and reader. A problem is reported as `packFor` reports one; the renderer then writes nothing.
 *
 * ```ts
 * const layout = await packPart(file, pack, pdfPack, processor.settings)
 * ```
 *
 * @param file The plan file (messages go here).
 * @param pack The pack from `packFor`.
 * @param read Reads the part; the same function gives the same (cached) result.
 * @param settings `processor.settings`, to place a problem in `kapstok.config.*` (optional).
 * @returns The part, or `undefined` after reporting why not.
 */
export async function packPart<T>(
  file: PlanFile,
  pack: Pack,
  read: (pack: Pack) => Promise<T>,
  settings?: Record<string, unknown>
): Promise<T | undefined> {
  let byReader = parts.get(pack)
  if (!byReader) parts.set(pack, (byReader = new Map()))
  let promise = byReader.get(read) as Promise<T> | undefined
  if (!promise) byReader.set(read, (promise = read(pack)))
  return settle(file, promise, settings)
}

/**
 * Report a pack problem on the plan file, once per plan file and reason. A `PackError` is
 * placed at its setting in `kapstok.config.*`; anything else (a bug) is reported with its
 * message only, never with a stack trace.
 *
 * @param file The plan file.
 * @param error What went wrong.
 * @param settings `processor.settings`, to find the config file (optional).
 */
export function reportPackError(file: PlanFile, error: unknown, settings?: Record<string, unknown>): void {
  const reason = error instanceof PackError ? error.message : `Sjabloonpakket kan niet worden geladen: ${error instanceof Error ? error.message : String(error)}`
  let seen = reported.get(file)
  if (!seen) reported.set(file, (seen = new Set()))
  if (seen.has(reason)) return
  seen.add(reason)
  const location = error instanceof PackError ? locateSetting(settings, error.setting) : undefined
  file.message(reason, { ruleId: packRuleId, source: '@kapstok/packs', ...(location ? { location } : {}) })
}

// The value, or `undefined` once the problem is reported.
async function settle<T>(file: PlanFile, promise: Promise<T>, settings: Record<string, unknown> | undefined): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    reportPackError(file, error, settings)
    return undefined
  }
}
