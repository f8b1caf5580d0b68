import { defineConfig } from 'vitest/config'
import { SlowFirstSequencer } from './test/sequencer.js'

// CI sets KAPSTOK_TEST_JSON to a path so it can count results from vitest's JSON report
// while running the README's plain `pnpm test`.
const json = process.env.KAPSTOK_TEST_JSON

// Tests that measure CPU time in this process (see the `linear` project). test/rules/linear.test.ts
// times its rules in a child process of its own, so it runs with the suite, beside the long files.
const timed = ['test/rules/text-rules-linear.test.ts']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds and browser runs are heavy; CI has two cores.
    maxWorkers: 2,
    // Long files first, so the run does not end with one of them on one core (test/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: timed,
          // One module graph per worker instead of one per test file: nearly every file imports
          // the whole pipeline, and re-importing it cost more than the tests (415 s → 210 s for
          // the full suite on two cores). Tests keep no module state between files.
          isolate: false,
          // Every pattern compiled to machine code at once, as the CLI's check and build and the
          // eval run (bin/kapstok.js, scripts/eval.mjs): the rule tests run hundreds of long
          // patterns a few times each, which V8 would first interpret. About a fifth less CPU on
          // the rule batteries (44 → 36 s user for the 72 prose-calculation files). Not for the
          // `linear` project, whose CPU timings keep the flags they were calibrated with. And TurboFan
          // without inlining, as the CLI: less time recompiling readers after a deoptimisation.
          execArgv: ['--no-regexp-tier-up', '--no-turbo-inlining'],
          // A folder for the run, where test files share work they would each repeat (test/shared/once-per-run.ts).
          globalSetup: ['test/shared/global-setup.ts']
        }
      },
      {
        extends: true,
        // The in-process linearity check measures CPU time: in a worker whose heap holds what
        // earlier files left, garbage collection can make a linear rule look slow. It gets a fresh one.
        test: { name: 'linear', include: timed, isolate: true }
      }
    ],
    reporters: json ? ['default', 'json'] : ['default'],
    ...(json ? { outputFile: { json } } : {})
  }
})
