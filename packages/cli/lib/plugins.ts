import { stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { allRules, type KapstokPlugin } from '@kapstok/rules'

/** A problem with one `plugins` entry, at its place in the configuration. */
export interface PluginProblem {
  /** Dutch message. */
  reason: string
  /** `['plugins', index]`. */
  path: Array<string | number>
}

/**
 * Load the plugins a configuration lists: package names are resolved from the plan folder
 * (as Node resolves them from a file there), paths relative to it and only inside it. Plugins
 * are code, so nothing is loaded without `trust`.
 *
 * @param entries The `plugins` of the configuration.
 * @param base The folder of the configuration (the plan folder).
 * @param trust Whether code from the plan may run (`--trust`).
 * @returns The plugins that loaded, and a problem per entry that did not.
 */
export async function loadPlugins(entries: readonly string[], base: string, trust: boolean): Promise<{ plugins: KapstokPlugin[]; problems: PluginProblem[] }> {
  const plugins: KapstokPlugin[] = []
  const problems: PluginProblem[] = []
  const ids = new Set(allRules.map((rule) => rule.rule.id))
  for (const [index, entry] of entries.entries()) {
    const at = ['plugins', index]
    if (!trust) {
      problems.push({ reason: `Plugin \`${entry}\` is code en wordt niet geladen zonder \`--trust\`; geef \`--trust\` (in de API \`trust: true\`) als u de herkomst van het plan vertrouwt, of haal de plugin weg uit \`plugins\``, path: at })
      continue
    }
    const found = await locate(entry, base)
    if ('reason' in found) {
      problems.push({ reason: found.reason, path: at })
      continue
    }
    let value: unknown
    try {
      value = ((await import(pathToFileURL(found.file).href)) as { default?: unknown }).default
    } catch (error) {
      problems.push({ reason: `Plugin \`${entry}\` kan niet worden geladen: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, path: at })
      continue
    }
    const invalid = shapeProblem(value, ids)
    if (invalid) {
      problems.push({ reason: `Plugin \`${entry}\` ${invalid}`, path: at })
      continue
    }
    const plugin = value as KapstokPlugin
    for (const rule of plugin.rules ?? []) ids.add(rule.rule.id)
    plugins.push(plugin)
  }
  return { plugins, problems }
}

/** The file of a plugin entry, or why there is none. */
async function locate(entry: string, base: string): Promise<{ file: string } | { reason: string }> {
  if (entry.startsWith('.') || isAbsolute(entry)) {
    const file = resolve(base, entry)
    const inside = relative(resolve(base), file)
    if (inside.startsWith('..') || isAbsolute(inside)) {
      return { reason: `Plugin \`${entry}\` ligt buiten de map van het plan; zet het bestand in de map van het plan, of installeer de plugin als pakket en noem de pakketnaam` }
    }
    const exists = await stat(file).then((s) => s.isFile()).catch(() => false)
    return exists ? { file } : { reason: `Plugin \`${entry}\` bestaat niet; controleer het pad (vanaf de map van het plan)` }
  }
  try {
    // Resolve as a module in the plan folder would, so the plan's own node_modules is used.
    return { file: createRequire(join(resolve(base), 'kapstok.config.json')).resolve(entry) }
  } catch {
    return { reason: `Plugin \`${entry}\` is niet gevonden vanuit de map van het plan; installeer het pakket daar (\`npm install ${entry}\`) of controleer de naam` }
  }
}

/**
 * What is wrong with a module's default export as a plugin, if anything.
 *
 * @param value The default export.
 * @param ids Rule ids already taken (built-in and earlier plugins).
 * @returns The second half of a message (`heeft geen …`), or `undefined` when it is a plugin.
 */
function shapeProblem(value: unknown, ids: ReadonlySet<string>): string | undefined {
  if (value === null || typeof value !== 'object') return 'heeft geen plugin als standaard-export (`export default { name, rules, … }`)'
  const plugin = value as Record<string, unknown>
  if (typeof plugin.name !== 'string' || plugin.name === '') return 'heeft geen `name`; geef de plugin een korte naam'
  if (plugin.rules !== undefined) {
    if (!Array.isArray(plugin.rules)) return 'heeft een `rules` die geen lijst is; geef een lijst van regels gemaakt met `lintRule`'
    for (const rule of plugin.rules as unknown[]) {
      const id = (rule as { rule?: { id?: unknown } } | null)?.rule?.id
      if (typeof rule !== 'function' || typeof id !== 'string') return 'heeft in `rules` iets dat geen regel is; maak regels met `lintRule` uit `@kapstok/rules`'
      if (ids.has(id)) return `heeft een regel \`${id}\` die al bestaat; geef de regel een eigen id, bijvoorbeeld met de naam van de plugin ervoor`
    }
  }
  for (const key of ['presets', 'sections', 'columns'] as const) {
    const part = plugin[key]
    if (part !== undefined && (part === null || typeof part !== 'object' || Array.isArray(part))) return `heeft een \`${key}\` die geen object is`
  }
  if (plugin.renderers !== undefined) {
    const ok = Array.isArray(plugin.renderers) && (plugin.renderers as Array<{ formats?: unknown; plugin?: unknown } | null>).every((r) => Array.isArray(r?.formats) && typeof r?.plugin === 'function')
    if (!ok) return 'heeft een `renderers` die geen lijst van `{ formats, plugin }` is'
  }
  return undefined
}
