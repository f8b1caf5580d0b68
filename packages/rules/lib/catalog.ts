import { allRules } from './all-rules.js'
import { ruleUrl, type Rule, type RuleMeta } from './rule.js'

/**
 * Metadata of every rule (built-in, then from plugins), for `kapstok rules`.
 *
 * @param extra Rules from plugins, listed after the built-in ones (optional).
 * @returns One entry per rule.
 */
export function ruleCatalog(extra: readonly Rule[] = []): RuleMeta[] {
  return [...allRules, ...extra].map(({ rule }) => ({
    id: rule.id,
    severity: rule.severity,
    ...(rule.severityByStatus ? { severityByStatus: rule.severityByStatus } : {}),
    group: rule.group ?? 'structuur',
    description: rule.description,
    url: ruleUrl(rule),
    fixable: rule.fixable === true
  }))
}
