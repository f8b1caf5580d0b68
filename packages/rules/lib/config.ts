import { modelValidation, type Pluggable, type Preset } from '@kapstok/core'
import { allRules } from './all-rules.js'
import { disableComments } from './disable.js'
import { recommended, strict } from './presets.js'
import { parseSetting, type Rule, type RuleSetting } from './rule.js'
import type { DomainSetting } from './util/vocabulary.js'

/** Names of the built-in presets. */
export type PresetName = 'recommended' | 'strict'

/** The rule part of `kapstok.config.*`. Other keys (sections, columns, …) are ignored here. */
export interface RulesConfig {
  /** Preset to start from (default: `recommended`). */
  extends?: PresetName
  /** Per rule id: `'off' | 'info' | 'warn' | 'error'`, `[severity, options]` or options (optional). */
  rules?: Record<string, RuleSetting>
  /** Domain vocabulary for the uitvoeringsagenda: a list, or `{ waarden, aliassen }` (optional). */
  domeinen?: DomainSetting
  /** Other configuration. */
  [key: string]: unknown
}

const presets: Record<PresetName, Preset> = { recommended, strict }

/**
 * The rule settings of a preset, by rule id (rules not in it are `off`).
 *
 * @param name Preset name.
 * @returns Settings by id.
 */
export function presetSettings(name: PresetName): Map<string, RuleSetting | undefined> {
  const preset = presets[name]
  if (!preset) throw new Error(`Unknown preset \`${String(name)}\` in \`extends\`; use \`recommended\` or \`strict\``)
  const out = new Map<string, RuleSetting | undefined>()
  for (const entry of preset.plugins ?? []) {
    const [plugin, setting] = Array.isArray(entry) ? entry : [entry, undefined]
    const rule = (plugin as Partial<Rule>).rule
    if (rule) out.set(rule.id, setting as RuleSetting | undefined)
  }
  return out
}

/**
 * Turn configuration into one preset: core model validation, the rules of the chosen preset
 * with the configured severities and options, the domain vocabulary as a setting, and
 * disable-comment filtering last. Programmer errors (unknown rule id or severity) throw.
 *
 * @param config The configuration (optional).
 * @returns A preset for `processor.use`.
 */
export function configureRules(config: RulesConfig = {}): Preset {
  const settings = presetSettings(config.extends ?? 'recommended')
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!allRules.some((rule) => rule.rule.id === id)) {
      throw new Error(`Unknown rule \`${id}\` in \`rules\`; run \`kapstok rules\` for the list of rule ids`)
    }
    parseSetting(id, setting)
    settings.set(id, setting)
  }
  const plugins: Pluggable[] = [modelValidation]
  for (const rule of allRules) {
    if (!settings.has(rule.rule.id)) continue
    const setting = settings.get(rule.rule.id)
    if (parseSetting(rule.rule.id, setting).severity === 'off') continue
    plugins.push(setting === undefined ? rule : [rule, setting])
  }
  plugins.push(disableComments)
  return { plugins, settings: config.domeinen !== undefined ? { domeinen: config.domeinen } : {} }
}

/**
 * The plugins for a configuration, for the CLI: `processor.use(...rulesFromConfig(config))`.
 *
 * @param config The configuration (optional).
 * @returns Pluggables.
 */
export function rulesFromConfig(config: RulesConfig = {}): Pluggable[] {
  return [configureRules(config)]
}
