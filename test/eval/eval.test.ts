import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Evaluation } from '@kapstok/eval'

interface Baseline {
  evalRecall: number
  exampleRecall: number
}

const baseline = JSON.parse(readFileSync(new URL('baseline.json', import.meta.url), 'utf8')) as Baseline

// One evaluation of every plan: about a minute on two idle cores, several on a machine that runs
// other work beside the suite. The limit only catches a hang.
const EVALUATION_TIMEOUT = 600_000

// The evaluation runs in a child process of its own (see evaluate-child.mjs), so its memory is not
// added to the test worker's, and with the CLI's `--no-regexp-tier-up`, which only a process's
// start can set: every pattern compiled to machine code at once, about 30 % less CPU; and, as the
// CLI, TurboFan without inlining (less time recompiling readers after a deoptimisation). (It once ran
// out of V8's room for machine code, while every plan's own patterns were kept for the whole run;
// see packages/rules/lib/util/compiled.ts.)
async function evaluateInChild(): Promise<Evaluation> {
  const script = fileURLToPath(new URL('./evaluate-child.mjs', import.meta.url))
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const { stdout } = await promisify(execFile)(process.execPath, ['--no-regexp-tier-up', '--no-turbo-inlining', script, root], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return JSON.parse(stdout) as Evaluation
}

describe('pnpm eval: the checker on plans nobody tuned it on', () => {
  // The evaluation (~60 s CPU) runs once for all five tests. The promise is kept, not its value:
  // when the first test timed out on a busy machine, each next test found no value yet and started
  // the whole evaluation again beside the one still running (three at once: 575 s, three tests timed out).
  let evaluation: Promise<Evaluation> | undefined
  const run = (): Promise<Evaluation> => (evaluation ??= evaluateInChild())

  it('should have answer keys that fit their plans', async () => {
    expect((await run()).keyProblems).toEqual([])
  }, EVALUATION_TIMEOUT)

  it('should report no false fout on the eval plans', async () => {
    const { eval: group } = await run()
    // A false error names the rule and place, so a failure says what to fix.
    expect(group.falseErrors.map((f) => `${f.case}/${f.file}:${f.line ?? '-'} ${f.ruleId}`)).toEqual([])
    expect(group.errorPrecision ?? 1).toBe(1)
  }, EVALUATION_TIMEOUT)

  it('should report no false fout on the real municipal texts', async () => {
    const { real } = await run()
    // Real texts were converted with minimal edits: a fout there that is no defect of the text is
    // a rule that does not know a shape real plans have.
    const falseErrors = real.falseErrors.map((f) => `${f.case}/${f.file}:${f.line ?? '-'} ${f.ruleId}`)
    expect(falseErrors).toEqual([])
    expect(real.errorPrecision ?? 1).toBe(1)
  }, EVALUATION_TIMEOUT)

  it('should find at least the baseline share of the planted defects', async () => {
    expect((await run()).eval.recall ?? 0).toBeGreaterThanOrEqual(baseline.evalRecall)
  }, EVALUATION_TIMEOUT)

  it('should find at least the baseline share of the verified defects in the examples', async () => {
    expect((await run()).examples.recall ?? 0).toBeGreaterThanOrEqual(baseline.exampleRecall)
  }, EVALUATION_TIMEOUT)
})
