/**
 * `pnpm eval`: run the checker on the evaluation plans (test/eval/plans), the real municipal
 * texts (test/eval/real) and the examples,
 * score the findings against the answer keys and print the tables. `--write` also writes the
 * results to eval/results.json; `--plan <naam>` (repeatable) evaluates only the named plans, e.g.
 * a set of new blind plans. Exit code 1 when a key does not fit its plan, 2 on an unknown plan.
 *
 * The code is the private workspace package `@kapstok/eval` (packages/eval; run `pnpm build`
 * first); this script only hands it the repository root and the arguments. Like the CLI's check
 * and build, it runs with `--no-regexp-tier-up` (every pattern compiled to machine code at once:
 * about 30 % less CPU), which only a process's start can set, so it starts Node again with it.
 * (That once ran out of V8's room for machine code, while every plan's own patterns were kept for
 * the whole run; see packages/rules/lib/util/compiled.ts.)
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const FLAG = '--no-regexp-tier-up'
// TurboFan without inlining, as the CLI (packages/cli/bin/kapstok.js): less time recompiling the
// readers after each deoptimisation (40 eval plans 44,8 -> 42,8 s user), output byte-identical.
const TUNING = ['--no-turbo-inlining']
const script = fileURLToPath(import.meta.url)

if (!process.execArgv.includes(FLAG)) {
  const { status, signal, error } = spawnSync(process.execPath, [...process.execArgv, FLAG, ...TUNING, script, ...process.argv.slice(2)], { stdio: 'inherit' })
  if (error) throw error
  if (signal) process.kill(process.pid, signal)
  process.exitCode = status ?? 3
} else {
  const { evalCommand } = await import('@kapstok/eval')
  const root = join(dirname(script), '..')
  process.exitCode = await evalCommand(root, process.argv.slice(2))
}
