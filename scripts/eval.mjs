/**
 * `pnpm eval`: run the checker on the evaluation plans (test/eval/plans), the real municipal
 * texts (test/eval/real) and the examples,
 * score the findings against the answer keys and print the tables. `--write` also writes the
 * results to eval/results.json; `--plan <naam>` (repeatable) evaluates only the named plans, e.g.
 * a set of new blind plans. Exit code 1 when a key does not fit its plan, 2 on an unknown plan.
 *
 * The code is the private workspace package `@kapstok/eval` (packages/eval; run `pnpm build`
 * first); this script only hands it the repository root and the arguments. It runs without
 * `--no-regexp-tier-up` (which the CLI's check and build use): compiled at once, the patterns of
 * two hundred plans take about 375 MB of machine code in one process, twice as much as without.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evalCommand } from '@kapstok/eval'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
process.exitCode = await evalCommand(root, process.argv.slice(2))
