import { ruleDocsUrl } from '@kapstok/core'
import { allRules } from './all-rules.js'
import type { RuleMeta } from './rule.js'

/**
 * Metadata of every rule, sorted by id, for `kapstok rules`.
 *
 * @returns One entry per rule.
 */
export function ruleCatalog(): RuleMeta[] {
  return allRules.map(({ rule }) => ({
    id: rule.id,
    severity: rule.severity,
    ...(rule.severityByStatus ? { severityByStatus: rule.severityByStatus } : {}),
    group: rule.group ?? 'structuur',
    description: rule.description,
    url: ruleDocsUrl(rule.id),
    fixable: rule.fixable === true
  }))
}
