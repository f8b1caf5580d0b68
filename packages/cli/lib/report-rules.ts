import type { RuleMeta } from '@kapstok/reporters'
import { activeRules, ruleExamples, ruleUrl, type KapstokPlugin, type RulesConfig } from '@kapstok/rules'

/**
 * Metadata of the rules a configuration runs, for reporters that list rules (SARIF): the
 * Dutch description, what the rule checks and why, how to switch it off, and its docs URL.
 *
 * @param config The plan's configuration.
 * @param plugins The configuration's plugins, whose rules may be active too (optional).
 * @returns One entry per active rule.
 */
export function reportRules(config: RulesConfig, plugins: readonly KapstokPlugin[] = []): RuleMeta[] {
  return activeRules(config, plugins).map(({ rule, severity }) => {
    const url = ruleUrl(rule)
    const failing = ruleExamples(rule.docs).notOk[0]
    const help = [
      `**${rule.description}**`,
      '',
      rule.docs.what,
      '',
      `Waarom: ${rule.docs.why}`,
      ...(failing ? ['', `Voorbeeld van een melding: ${failing.expected[0] ?? ''}`] : []),
      '',
      `Uitzetten voor één plek: \`<!-- kapstok-disable-next-line ${rule.id} -->\`; voor het hele plan: \`rules: { ${rule.id}: off }\` in kapstok.config.yaml.`,
      '',
      `Documentatie: ${url}`
    ].join('\n')
    return { id: rule.id, severity, description: rule.description, fullDescription: rule.docs.what, help, url }
  })
}
