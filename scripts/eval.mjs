/**
 * `pnpm eval`: run the checker on the evaluation plans (test/eval/plans), the real municipal
 * texts (test/eval/real) and the examples,
 * score the findings against the answer keys and print the tables. `--write` also writes the
 * results to eval/results.json; `--plan <naam>` (repeatable) evaluates only the named plans, e.g.
 * a set of new blind plans; `--jobs <n>` checks the plans in n child processes (default: one per
 * available core). Exit code 1 when a key does not fit its plan, 2 on an unknown plan.
 *
 * The code is the private workspace package `@kapstok/eval` (packages/eval; run `pnpm build`
 * first); this script only hands it the repository root and the arguments. The child processes
 * that check the plans start with the CLI's V8 flags (`--no-regexp-tier-up`: every pattern
 * compiled to machine code at once, about 30 % less CPU; packages/eval/lib/children.ts), so this
 * process, which only scores and prints, needs none.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evalCommand } from '@kapstok/eval'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
process.exitCode = await evalCommand(root, process.argv.slice(2))
