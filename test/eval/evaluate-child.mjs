/**
 * The whole evaluation in a Node process of its own, for test/eval/eval.test.ts: prints the
 * `Evaluation` as JSON on stdout, and keeps the evaluation's memory out of the test worker.
 * The test starts it with the CLI's `--no-regexp-tier-up` (every pattern compiled to machine code
 * at once: about 30 % less CPU). That once ran out of V8's room for machine code, while the
 * patterns built on each plan's own words were kept for the whole run; now only the last plans'
 * are kept (packages/rules/lib/util/compiled.ts), and the code of the run stays small.
 *
 * Usage: node --no-regexp-tier-up test/eval/evaluate-child.mjs <repository root>
 */
import { evaluate } from '@kapstok/eval'

const root = process.argv[2]
if (!root) {
  process.stderr.write('gebruik: node --no-regexp-tier-up test/eval/evaluate-child.mjs <map van de repository>\n')
  process.exit(2)
}
process.stdout.write(JSON.stringify(await evaluate(root)))
