import { PlanFile, type Plan } from '@kapstok/core'
import { readPlan } from '@kapstok/markdown'
import { runRule, type Rule } from '@kapstok/rules'

/** A minimal valid model with the given parts. */
export function model(parts: Partial<Plan> = {}, document: Partial<Plan['document']> = {}): Plan {
  return {
    document: { gemeente: 'Hoogeveen', titel: 'Plan', soort: 'programmaplan', status: 'concept', periode: { start: 2022, eind: 2025 }, ...document },
    ...parts
  }
}

/** Run one rule on a JSON model; returns the reasons. */
export function check(rule: Rule, plan: Plan, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}): string[] {
  const file = new PlanFile('plan.json')
  file.model = plan
  runRule(rule.rule, rule.check, plan, file, { options, settings })
  return file.messages.map((m) => m.reason)
}

/** Read Markdown through the real reader and run one rule; returns the file. */
export async function checkMarkdown(rule: Rule, text: string, settings: Record<string, unknown> = {}): Promise<PlanFile> {
  return checkMarkdownWith([rule], text, settings)
}

/**
 * Read Markdown once through the real reader and run several rules on it, as `kapstok check` runs
 * every rule on one read; returns the file. A test of rules together reads its text once, not once per rule.
 */
export async function checkMarkdownWith(rules: Rule[], text: string, settings: Record<string, unknown> = {}): Promise<PlanFile> {
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  if (!file.model) throw new Error('did not parse')
  for (const rule of rules) runRule(rule.rule, rule.check, file.model, file, { settings })
  return file
}

/** Agenda rows from `[start, eind]` pairs. */
export function agenda(...rows: Array<[string, string]>): Plan['acties'] {
  return rows.map(([start, eind], i) => ({ id: `a${i + 1}`, activiteit: `Actie ${i + 1}`, doel: 'Doel', ...(start ? { start } : {}), ...(eind ? { eind } : {}) }))
}
