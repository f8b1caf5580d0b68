import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { allRules, runRule } from '@kapstok/rules'

// The text rules, run on passages of real municipal prose that are clean (see the README in
// the fixture folder): every message here is a false alarm.
const textRules = [
  'abbreviation-undefined',
  'conversion-artifact',
  'date-format-prose',
  'duplicated-paragraph',
  'glossary-term-drift',
  'internal-note-leak',
  'placeholder-text',
  'quote-balance',
  'stale-statement',
  'title-drift',
  'unfinished-sentence'
]
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
      for (const rule of allRules.filter((r) => textRules.includes(r.rule.id))) runRule(rule.rule, rule.check, file.model, file)
      const found = file.messages.filter((m) => textRules.includes(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.reason}`)
      expect(found).toEqual([])
    })
  }
})
