import type { Plugin } from '@kapstok/core'
import type { PresetName } from './config.js'
import type { Rule, RuleSetting } from './rule.js'

/**
 * A preset of a plugin, used with `extends: <plugin>/<preset>`: a built-in preset to start
 * from and rule settings on top, like an ESLint shareable config.
 */
export interface PluginPreset {
  /** Built-in preset to start from (optional; default: `recommended`). */
  extends?: PresetName
  /** Per rule id (built-in or from a plugin): as in `rules` of `kapstok.config.*` (optional). */
  rules?: Record<string, RuleSetting>
}

/** A renderer a plugin adds: the formats it registers and the processor plugin that does it. */
export interface PluginRenderer {
  /** Output formats it registers with `this.renderer(format, …)`, e.g. `['txt']`. */
  formats: string[]
  /** The processor plugin (`function (this: Processor) { this.renderer('txt', …) }`). */
  plugin: Plugin
}

/**
 * What a kapstok plugin module exports as default (like an ESLint or remark-lint plugin):
 * rules, presets, section and column synonyms, and renderers. Listed in `plugins` of
 * `kapstok.config.*`; see `docs/plugins.md`.
 */
export interface KapstokPlugin {
  /** Short name, used in `extends: <name>/<preset>` and in messages, e.g. `lokale-regels`. */
  name: string
  /** Rules made with `lintRule` (optional); on at their default severity unless configured. */
  rules?: Rule[]
  /** Presets by name (optional). */
  presets?: Record<string, PluginPreset>
  /** Heading → section kind, as `sections` in the config; the plan's config wins (optional). */
  sections?: Record<string, string>
  /** Extra column names per agenda field, as `columns` in the config (optional). */
  columns?: Record<string, string[]>
  /** Renderers for new formats (optional). */
  renderers?: PluginRenderer[]
}

/**
 * Declare a plugin; an identity function that gives plugin authors type checking.
 *
 * @param plugin The plugin.
 * @returns The same plugin.
 */
export function definePlugin(plugin: KapstokPlugin): KapstokPlugin {
  return plugin
}

/**
 * The rules of some plugins, in order.
 *
 * @param plugins The plugins.
 * @returns Their rules.
 */
export function pluginRules(plugins: readonly KapstokPlugin[]): Rule[] {
  return plugins.flatMap((plugin) => plugin.rules ?? [])
}

/**
 * Find a plugin preset named `<plugin>/<preset>`.
 *
 * @param name The name as in `extends`.
 * @param plugins The loaded plugins.
 * @returns The preset, or `undefined` when no plugin has it.
 */
export function pluginPreset(name: string, plugins: readonly KapstokPlugin[]): PluginPreset | undefined {
  const slash = name.lastIndexOf('/')
  if (slash <= 0) return undefined
  const plugin = plugins.find((p) => p.name === name.slice(0, slash))
  return plugin?.presets?.[name.slice(slash + 1)]
}

/**
 * Every `<plugin>/<preset>` name the plugins offer, for messages.
 *
 * @param plugins The loaded plugins.
 * @returns The names.
 */
export function pluginPresetNames(plugins: readonly KapstokPlugin[]): string[] {
  return plugins.flatMap((plugin) => Object.keys(plugin.presets ?? {}).map((preset) => `${plugin.name}/${preset}`))
}
