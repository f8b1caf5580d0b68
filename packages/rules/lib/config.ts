import { modelValidation, type Pluggable, type Preset, type Severity } from '@kapstok/core'
import { allRules } from './all-rules.js'
import { disableComments } from './disable.js'
import { recommended, strict } from './presets.js'
import { pluginPreset, pluginRules, type KapstokPlugin } from './plugin.js'
import { parseSetting, type Rule, type RuleDefinition, type RuleSetting } from './rule.js'
import type { DomainSetting } from './util/vocabulary.js'

/** Names of the built-in presets. */
export type PresetName = 'recommended' | 'strict'

/** The rule part of `kapstok.config.*`. Other keys (sections, columns, …) are ignored here. */
export interface RulesConfig {
  /** Preset to start from: a built-in one or `<plugin>/<preset>` (default: `recommended`). */
  extends?: PresetName | string
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
 * @param extensions Loaded kapstok plugins, whose rules and presets the configuration may use (optional).
 * @returns A preset for `processor.use`.
 */
export function configureRules(config: RulesConfig = {}, extensions: readonly KapstokPlugin[] = []): Preset {
  const plugins: Pluggable[] = [modelValidation]
  for (const { rule, setting } of configuredRules(config, extensions)) plugins.push(setting === undefined ? rule : [rule, setting])
  plugins.push(disableComments)
  return { plugins, settings: config.domeinen !== undefined ? { domeinen: config.domeinen } : {} }
}

/**
 * The rules a configuration runs, with the severity each reports with (the configured one, or
 * the rule's default), e.g. for the rule list of a SARIF log.
 *
 * @param config The configuration (optional).
 * @param extensions Loaded kapstok plugins (optional).
 * @returns One entry per active rule, in catalog order (plugin rules last).
 */
export function activeRules(config: RulesConfig = {}, extensions: readonly KapstokPlugin[] = []): Array<{ rule: RuleDefinition; severity: Severity }> {
  return configuredRules(config, extensions).map(({ rule, setting }) => ({
    rule: rule.rule,
    severity: (parseSetting(rule.rule.id, setting).severity as Severity | undefined) ?? rule.rule.severity
  }))
}

/**
 * The rules that are on for a configuration, with their setting.
 *
 * A plugin's rules are on at their default severity unless a preset or `rules` says otherwise.
 *
 * @param config The configuration.
 * @param extensions Loaded kapstok plugins.
 * @returns Rule and setting (`undefined` = default), in catalog order.
 */
function configuredRules(config: RulesConfig, extensions: readonly KapstokPlugin[]): Array<{ rule: Rule; setting: RuleSetting | undefined }> {
  const extra = pluginRules(extensions)
  const known = [...allRules, ...extra]
  const name = config.extends ?? 'recommended'
  const fromPlugin = pluginPreset(name, extensions)
  const settings = presetSettings((fromPlugin ? fromPlugin.extends ?? 'recommended' : name) as PresetName)
  for (const rule of extra) if (!settings.has(rule.rule.id)) settings.set(rule.rule.id, undefined)
  const configured = { ...fromPlugin?.rules, ...config.rules }
  for (const [id, setting] of Object.entries(configured)) {
    if (!known.some((rule) => rule.rule.id === id)) {
      throw new Error(`Unknown rule \`${id}\` in \`rules\`; run \`kapstok rules\` for the list of rule ids`)
    }
    parseSetting(id, setting)
    settings.set(id, setting)
  }
  const out: Array<{ rule: Rule; setting: RuleSetting | undefined }> = []
  for (const rule of known) {
    if (!settings.has(rule.rule.id)) continue
    const setting = settings.get(rule.rule.id)
    if (parseSetting(rule.rule.id, setting).severity === 'off') continue
    out.push({ rule, setting })
  }
  return out
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
