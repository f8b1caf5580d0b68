import { modelValidation, type Pluggable, type Preset, type Severity } from '@kapstok/core'
import { allRules } from './all-rules.js'
import { disableComments } from './disable.js'
import { recommended, strict } from './presets.js'
import { parseSetting, type Rule, type RuleDefinition, type RuleSetting } from './rule.js'
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
  const plugins: Pluggable[] = [modelValidation]
  for (const { rule, setting } of configuredRules(config)) plugins.push(setting === undefined ? rule : [rule, setting])
  plugins.push(disableComments)
  return { plugins, settings: config.domeinen !== undefined ? { domeinen: config.domeinen } : {} }
}

/**
 * The rules a configuration runs, with the severity each reports with (the configured one, or
 * the rule's default), e.g. for the rule list of a SARIF log.
 *
 * @param config The configuration (optional).
 * @returns One entry per active rule, in catalog order.
 */
export function activeRules(config: RulesConfig = {}): Array<{ rule: RuleDefinition; severity: Severity }> {
  return configuredRules(config).map(({ rule, setting }) => ({
    rule: rule.rule,
    severity: (parseSetting(rule.rule.id, setting).severity as Severity | undefined) ?? rule.rule.severity
  }))
}

/**
 * The rules that are on for a configuration, with their setting.
 *
 * @param config The configuration.
 * @returns Rule and setting (`undefined` = default), in catalog order.
 */
function configuredRules(config: RulesConfig): Array<{ rule: Rule; setting: RuleSetting | undefined }> {
  const settings = presetSettings(config.extends ?? 'recommended')
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!allRules.some((rule) => rule.rule.id === id)) {
      throw new Error(`Unknown rule \`${id}\` in \`rules\`; run \`kapstok rules\` for the list of rule ids`)
    }
    parseSetting(id, setting)
    settings.set(id, setting)
  }
  const out: Array<{ rule: Rule; setting: RuleSetting | undefined }> = []
  for (const rule of allRules) {
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
