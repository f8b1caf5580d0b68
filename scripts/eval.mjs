/**
 * `pnpm eval`: run the checker on the evaluation plans (test/eval/plans) and the examples,
 * score the findings against the answer keys and print the tables. `--write` also writes the
 * results to eval/results.json. Exit code 1 when a key does not fit its plan.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluate } from './eval/run.mjs'
import { groupReport } from './eval/table.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const result = await evaluate(root)
console.log(groupReport('Eval-plannen (test/eval/plans)', result.eval))
console.log('')
console.log(groupReport('Voorbeelden (examples/)', result.examples))
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
