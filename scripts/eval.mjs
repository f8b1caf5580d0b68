/**
 * `pnpm eval`: run the checker on the evaluation plans (test/eval/plans), the real municipal
 * texts (test/eval/real) and the examples,
 * score the findings against the answer keys and print the tables. `--write` also writes the
 * results to eval/results.json; `--plan <naam>` (repeatable) evaluates only the named plans, e.g.
 * a set of new blind plans. Exit code 1 when a key does not fit its plan, 2 on an unknown plan.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluate } from './eval/run.mjs'
import { groupReport } from './eval/table.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const only = args.flatMap((arg, i) => (args[i - 1] === '--plan' ? arg.split(',') : []))
let result
try {
  result = await evaluate(root, only)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
// A group with no plan (filtered away by --plan) is not printed: an empty table says nothing.
const reports = [
  ['Eval-plannen (test/eval/plans)', result.eval],
  ['Echte teksten (test/eval/real)', result.real],
  ['Voorbeelden (examples/)', result.examples]
].filter(([, group]) => only.length === 0 || group.defects > 0 || group.info + group.error.count + group.warning.count > 0)
console.log(reports.map(([title, group]) => groupReport(title, group)).join('\n\n'))
if (result.keyProblems.length > 0) {
  console.error(`\nSleutels passen niet bij hun plan (${result.keyProblems.length}):`)
  for (const p of result.keyProblems) console.error(`  ${p}`)
  process.exitCode = 1
}
if (process.argv.includes('--write')) {
  mkdirSync(join(root, 'eval'), { recursive: true })
  writeFileSync(join(root, 'eval/results.json'), JSON.stringify(result, null, 2) + '\n')
  console.log('\nResultaten geschreven naar eval/results.json')
}
