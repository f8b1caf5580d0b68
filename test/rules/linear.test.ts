import { beforeAll, describe, expect, it } from 'vitest'
import type { PlanFile } from '@kapstok/core'
import { readPlan } from '@kapstok/markdown'
import { allRules, runRule } from '@kapstok/rules'
// @ts-expect-error: a plain ES module shared with `pnpm bench`
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs'

// Guard against rules that are worse than linear in the size of the plan: each rule runs on a
// fictional plan of size N and of size 2N (fresh chapters, agenda rows and begrippen, not the
// examples), a few times each on freshly read plans, and the fastest 2N run may take at most
// 2.5 times the fastest N run. Generous on purpose (linear is 2×), so it is not flaky; speed
// itself is measured in `pnpm bench`, not here.

const size = { rows: 600, chapters: 60 }
const runs = 3
const maxRatio = 2.5
// Below this a run is too short to time reliably; such a rule is cheap at any size we test.
const floorMs = 4

// Rules being rewritten for linear time on other branches. Each case is expected to fail
// until that work is merged; then `it.fails` fails and the entry must be removed.
const knownSuperlinear: Record<string, string> = {}

const plans: Record<'single' | 'double', PlanFile[]> = { single: [], double: [] }

async function read(scale: number): Promise<PlanFile> {
  const text = syntheticPlan({ rows: size.rows * scale, chapters: size.chapters * scale }) as string
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  if (!file.model) throw new Error('the synthetic plan did not parse')
  return file
}

function fastest(rule: (typeof allRules)[number], files: PlanFile[]): number {
  let best = Infinity
  for (const file of files) {
    const start = performance.now()
    runRule(rule.rule, rule.check, file.model as NonNullable<PlanFile['model']>, file)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('every rule is linear in the size of the plan', () => {
  beforeAll(async () => {
    for (let i = 0; i < runs; i++) {
      plans.single.push(await read(1))
      plans.double.push(await read(2))
    }
  }, 120_000)

  it('should read a synthetic plan without reader or schema errors', () => {
    const file = plans.single[0] as PlanFile
    expect(file.messages.filter((m) => m.fatal === true && !m.ruleId?.startsWith('abbreviation')).map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([])
    expect(file.model?.acties?.length).toBe(size.rows)
  })

  for (const rule of allRules) {
    const id = rule.rule.id
    const test = knownSuperlinear[id] ? it.fails : it
    test(`should take at most ${maxRatio}× as long on twice the text: ${id}${knownSuperlinear[id] ? ` (known: ${knownSuperlinear[id]})` : ''}`, () => {
      const single = fastest(rule, plans.single)
      const double = fastest(rule, plans.double)
      if (double < floorMs) return
      expect(double / Math.max(single, floorMs / maxRatio), `${id}: ${single.toFixed(1)} ms on N, ${double.toFixed(1)} ms on 2N`).toBeLessThanOrEqual(maxRatio)
    }, 120_000)
  }
})
