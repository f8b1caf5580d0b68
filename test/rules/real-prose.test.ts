import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { runRule } from '@kapstok/rules'
import { textRuleIds, textRules } from './text-rules.js'

// The text rules, run on passages of real municipal prose that are clean (see the README in
// the fixture folder): every message here is a false alarm.
const folder = new URL('fixtures/real-prose/', import.meta.url)
const plans = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md')

describe('text rules on real prose', () => {
  it('should have at least ten real passages', () => {
    expect(plans.length).toBeGreaterThanOrEqual(10)
  })

  for (const name of plans) {
    it(`should give no message on ${name}`, async () => {
      const file = await readPlan({ path: name, files: { [name]: readFileSync(new URL(name, folder), 'utf8') } })
      if (!file.model) throw new Error(`${name} did not parse`)
      for (const rule of textRules) runRule(rule.rule, rule.check, file.model, file)
      const found = file.messages.filter((m) => textRuleIds.includes(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.reason}`)
      expect(found).toEqual([])
    })
  }
})
