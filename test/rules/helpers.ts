import { PlanFile, type Plan } from '@kapstok/core'
import { readPlan } from '@kapstok/markdown'
import { runRule, type Rule } from '@kapstok/rules'
import { wordingsPlan } from './wordings.js'

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

/** How many bodies share one plan in `reasonsEach`. */
const BODIES_PER_PLAN = 10

/**
 * The messages of `rules` on each body, for a battery of thousands of bodies. A read and a check
 * have a cost per plan (the frontmatter, the parser, the plan-wide readers) that is larger than a
 * short body's own; so bodies are checked ten to a plan of a fictional municipality (`wordingsPlan`),
 * each starting with a chapter heading of its own (the readers of earlier text stay within their
 * chapter), and each message goes back to the body its line is in.
 *
 * @param rules The rules to run.
 * @param bodies The bodies, each starting with a `#` heading.
 * @returns Per body, the messages of those rules on its lines, in rule order.
 */
export async function reasonsEach(rules: Rule[], bodies: string[][]): Promise<string[][]> {
  const ids = rules.map((rule) => rule.rule.id)
  const before = wordingsPlan(['@']).split('\n').indexOf('@')
  const reasons: string[][] = []
  for (let start = 0; start < bodies.length; start += BODIES_PER_PLAN) {
    const chunk = bodies.slice(start, start + BODIES_PER_PLAN)
    const lines: string[] = []
    // The first line of each body, 1-based, after the frontmatter wordingsPlan puts before the lines.
    const firstLines: number[] = []
    for (const body of chunk) {
      if (!body[0]?.startsWith('# ')) throw new Error(`A body must start with a chapter heading: ${body[0]}`)
      firstLines.push(before + lines.length + 1)
      lines.push(...body, '')
    }
    const file = await checkMarkdownWith(rules, wordingsPlan(lines))
    const found = chunk.map((): string[] => [])
    for (const id of ids) {
      for (const message of file.messages.filter((m) => m.ruleId === id)) {
        const index = message.line === undefined ? -1 : firstLines.findLastIndex((first) => first <= (message.line as number))
        const body = found[index]
        if (!body) throw new Error(`A message outside the bodies, line ${message.line ?? '-'}: ${message.reason}`)
        body.push(message.reason)
      }
    }
    reasons.push(...found)
  }
  return reasons
}

/** Agenda rows from `[start, eind]` pairs. */
export function agenda(...rows: Array<[string, string]>): Plan['acties'] {
  return rows.map(([start, eind], i) => ({ id: `a${i + 1}`, activiteit: `Actie ${i + 1}`, doel: 'Doel', ...(start ? { start } : {}), ...(eind ? { eind } : {}) }))
}
