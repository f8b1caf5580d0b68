/**
 * How a rule is configured, and the one parser of that setting: a severity name, `true`/`false`,
 * `[severity, options]` or options alone. `lintRule` and the config loader both read settings;
 * the grammar and its errors live here so both read them the same way.
 */
import type { Severity } from '@kapstok/core'

/** Severity as written in configuration: `warn` is short for `warning`. */
export type SeverityName = 'off' | 'info' | 'warn' | 'warning' | 'error' | 'on'

/**
 * How a rule is configured: a severity, `[severity, options]`, options alone (default
 * severity), or `true`/`false` (on with the default severity / off).
 */
export type RuleSetting = SeverityName | boolean | [SeverityName, unknown?] | Record<string, unknown>

/**
 * Parse a rule setting into a severity (`undefined` = the rule's default) and options.
 *
 * @param id Rule id, for the error message.
 * @param setting The setting.
 * @returns Severity and options.
 */
export function parseSetting(
  id: string,
  setting: RuleSetting | undefined
): { severity: Severity | 'off' | undefined; options: Record<string, unknown> } {
  if (setting === undefined || setting === true) return { severity: undefined, options: {} }
  if (setting === false) return { severity: 'off', options: {} }
  if (typeof setting === 'string') return { severity: severityName(id, setting), options: {} }
  if (Array.isArray(setting)) {
    const [name, options] = setting
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new TypeError(`Expected an options object as second item for rule \`${id}\`, not \`${JSON.stringify(options)}\``)
    }
    return { severity: severityName(id, name), options: (options as Record<string, unknown> | undefined) ?? {} }
  }
  if (typeof setting === 'object' && setting !== null) return { severity: undefined, options: setting }
  throw new TypeError(`Expected a severity, \`[severity, options]\` or options for rule \`${id}\`, not \`${String(setting)}\``)
}

function severityName(id: string, name: SeverityName): Severity | 'off' | undefined {
  switch (name) {
    case 'off':
      return 'off'
    case 'on':
      return undefined
    case 'warn':
    case 'warning':
      return 'warning'
    case 'info':
    case 'error':
      return name
    default:
      throw new TypeError(
        `Unknown severity \`${String(name)}\` for rule \`${id}\`; use \`off\`, \`info\`, \`warn\` or \`error\``
      )
  }
}
