/**
 * The whole evaluation in a Node process of its own, for test/eval/eval.test.ts: prints the
 * `Evaluation` as JSON on stdout, and keeps the evaluation's memory out of the test worker.
 * It runs without the CLI's `--no-regexp-tier-up`: with it, the patterns of all plans compiled at
 * once fill most of V8's room for machine code (about 390 MB), and a run died allocating code for
 * one more pattern.
 *
 * Usage: node test/eval/evaluate-child.mjs <repository root>
 */
import { evaluate } from '@kapstok/eval'

const root = process.argv[2]
if (!root) {
  process.stderr.write('gebruik: node test/eval/evaluate-child.mjs <map van de repository>\n')
  process.exit(2)
}
process.stdout.write(JSON.stringify(await evaluate(root)))
