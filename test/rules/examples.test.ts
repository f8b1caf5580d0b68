import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { allRules, runRule } from '@kapstok/rules'
import type { PlanFile } from '@kapstok/core'

/** Read an example through the real reader and run one rule on it. */
async function run(rule: (typeof allRules)[number], text: string): Promise<PlanFile> {
  const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': text } })
  if (!file.model) throw new Error('example did not parse: ' + file.messages.map((m) => m.reason).join('; '))
  const { docs } = rule.rule
  runRule(rule.rule, rule.check, file.model, file, {
    options: (docs.exampleOptions as Record<string, unknown> | undefined) ?? {},
    settings: docs.exampleSettings ?? {}
  })
  return file
}

function reasons(file: PlanFile, id: string): string[] {
  return file.messages.filter((m) => m.ruleId === id).map((m) => m.reason)
}

describe('rule examples (docs are the tests)', () => {
  for (const rule of allRules) {
    const { id, docs } = rule.rule
    describe(id, () => {
      it('should give no message for the ok example', async () => {
        expect(reasons(await run(rule, docs.ok), id)).toEqual([])
      })
      it('should give exactly the expected messages for the not-ok example', async () => {
        expect(reasons(await run(rule, docs.notOk), id)).toEqual(docs.expected)
      })
      it('should parse both examples without reader or schema errors', async () => {
        for (const text of [docs.ok, docs.notOk]) {
          const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': text } })
          expect(file.messages.filter((m) => m.fatal === true).map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([])
        }
      })
    })
  }
})
