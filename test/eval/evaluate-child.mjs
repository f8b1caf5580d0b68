/**
 * The whole evaluation in a Node process of its own, for test/eval/eval.test.ts: prints the
 * `Evaluation` as JSON on stdout. The test starts it with `--no-regexp-tier-up`, the flag the CLI
 * checks with (packages/cli/bin/kapstok.js): the rules' hundreds of patterns each run a few times
 * per plan, and compiled at once they take about a third less time than interpreted first. The
 * flag doubles the machine code of the patterns (about 375 MB for all plans), which is why it is
 * not set for the test workers themselves.
 *
 * Usage: node --no-regexp-tier-up test/eval/evaluate-child.mjs <repository root>
 */
import { evaluate } from '@kapstok/eval'

const root = process.argv[2]
if (!root) {
  process.stderr.write('gebruik: node test/eval/evaluate-child.mjs <map van de repository>\n')
  process.exit(2)
}
process.stdout.write(JSON.stringify(await evaluate(root)))
