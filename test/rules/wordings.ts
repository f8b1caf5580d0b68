import type { Rule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

/**
 * A plan of a fictional municipality around the given body lines, for the wordings tests:
 * fresh phrasings of a defect class, read through the real reader.
 */
export function wordingsPlan(body: string[]): string {
  return ['---', 'gemeente: Veldhoorn', 'titel: Uitvoeringsprogramma Samen Verder 2026-2029', 'soort: programmaplan', 'periode: 2026-2029', 'status: concept', '---', '', ...body, ''].join('\n')
}

/** The reasons one rule gives for a body of Markdown. */
export async function wordingReasons(rule: Rule, body: string[]): Promise<string[]> {
  const file = await checkMarkdown(rule, wordingsPlan(body))
  return file.messages.filter((m) => m.ruleId === rule.rule.id).map((m) => m.reason)
}
