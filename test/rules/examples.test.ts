import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { allRules, ruleExamples, runRule } from '@kapstok/rules'
import type { PlanFile } from '@kapstok/core'

type Example = ReturnType<typeof ruleExamples>['ok'][number]

/** Read an example through the real reader and run one rule on it. */
async function run(rule: (typeof allRules)[number], example: Example): Promise<PlanFile> {
  const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': example.text } })
  if (!file.model) throw new Error('example did not parse: ' + file.messages.map((m) => m.reason).join('; '))
  runRule(rule.rule, rule.check, file.model, file, { options: example.options, settings: example.settings })
  return file
}

function reasons(file: PlanFile, id: string): string[] {
  return file.messages.filter((m) => m.ruleId === id).map((m) => m.reason)
}

describe('rule examples (docs are the tests)', () => {
  for (const rule of allRules) {
    const { id, docs } = rule.rule
    const { ok, notOk } = ruleExamples(docs)
    describe(id, () => {
      for (const example of ok) {
        it(`should give no message for the passing example "${example.title}"`, async () => {
          expect(reasons(await run(rule, example), id)).toEqual([])
        })
      }
      for (const example of notOk) {
        it(`should give exactly the expected messages for the failing example "${example.title}"`, async () => {
          expect(example.expected.length).toBeGreaterThan(0)
          expect(reasons(await run(rule, example), id)).toEqual(example.expected)
        })
      }
      it('should parse every example without reader or schema errors', async () => {
        for (const { text } of [...ok, ...notOk]) {
          const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': text } })
          expect(file.messages.filter((m) => m.fatal === true).map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([])
        }
      })
      it('should have distinct example titles', () => {
        const titles = [...ok, ...notOk].map((e) => e.title)
        expect(new Set(titles).size).toBe(titles.length)
      })
    })
  }
})
