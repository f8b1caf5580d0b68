import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { allRules } from '@kapstok/rules'
// @ts-expect-error plain ESM module without types
import { maxRatio, ratioOf } from './linear-ratio.mjs'

// Guard against rules that are worse than linear in the size of the plan: each rule runs on a
// fictional plan of size N and of size 2N (fresh chapters, agenda rows and begrippen from
// scripts/synthetic-plan.mjs, not the examples), several times, and its fastest 2N run may take
// at most 3 times its fastest N run. Generous on purpose (linear is 2×, quadratic 4×): with the
// whole suite running beside it on 2 cores, 2.5 failed a linear rule now and then;
// speed itself is measured in `pnpm bench`, not here. The timing runs in a child process
// (linear-timing.mjs) that collects garbage before each run, so one rule's garbage is not
// timed as another's.

// Rules being rewritten for linear time on other branches. Each case is expected to fail
// until that work is merged; then `it.fails` fails and the entry must be removed.
const knownSuperlinear: Record<string, string> = {}

interface Timing {
  fatal: string[]
  acties: number
  rules: Record<string, { single: number; double: number }>
}

let timing: Timing

function measure(only?: string[]): Timing {
  const script = fileURLToPath(new URL('./linear-timing.mjs', import.meta.url))
  // The flag the CLI runs the rules with (packages/cli/bin/kapstok.js): a third less time, the same ratios.
  const args = ['--expose-gc', '--max-semi-space-size=64', '--no-regexp-tier-up', script, '600', '60', ...(only ? [only.join(',')] : [])]
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 })) as Timing
}

function ratio(id: string): number {
  const entry = timing.rules[id]
  return entry ? ratioOf(entry) : Infinity
}

describe('every rule is linear in the size of the plan', () => {
  beforeAll(() => {
    timing = measure()
    // A busy machine (other tests, other processes) can slow one run down; a rule that looks
    // too slow is timed again, twice, and keeps its best ratio. A rule that is really worse
    // than linear stays too slow every time.
    for (let retry = 0; retry < 2; retry++) {
      const slow = Object.keys(timing.rules).filter((id) => ratio(id) > maxRatio)
      if (slow.length === 0) break
      const again = measure(slow)
      for (const id of slow) {
        const next = again.rules[id]
        if (next && ratioOf(next) < ratio(id)) timing.rules[id] = next
      }
    }
  }, 600_000)

  it('should read the synthetic plan without reader or schema errors', () => {
    expect(timing.fatal).toEqual([])
    expect(timing.acties).toBe(600)
  })

  for (const rule of allRules) {
    const id = rule.rule.id
    const test = knownSuperlinear[id] ? it.fails : it
    test(`should take at most ${maxRatio}× as long on twice the text: ${id}${knownSuperlinear[id] ? ` (known: ${knownSuperlinear[id]})` : ''}`, () => {
      const { single, double } = timing.rules[id] ?? { single: NaN, double: NaN }
      expect(Number.isFinite(double), `${id} was not timed`).toBe(true)
      expect(ratio(id), `${id}: ${single.toFixed(1)} ms on N, ${double.toFixed(1)} ms on 2N`).toBeLessThanOrEqual(maxRatio)
    })
  }
})
