/**
 * `pnpm eval` (`node scripts/eval.mjs [--plan a,b] [--jobs n] [--write]`): run the checker on the
 * evaluation plans (test/eval/plans), the real municipal texts (test/eval/real) and the
 * examples, score the findings against the answer keys and print the tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { evaluate, type Evaluation } from './run.js'
import { groupReport } from './table.js'

/**
 * Run the evaluation as a command, printing to stdout and stderr. `--write` also writes the
 * results to eval/results.json; `--plan <naam>` (repeatable, or comma-separated) evaluates only
 * the named plans, e.g. a set of new blind plans; `--jobs <n>` checks them in n child processes
 * (default: one per available core).
 *
 * @param root Repository root (holds test/eval and examples; eval/results.json is written there).
 * @param args Command-line arguments after the script.
 * @returns Exit code: 0, 1 when a key does not fit its plan, 2 on an unknown plan or a bad `--jobs`.
 */
export async function evalCommand(root: string, args: string[]): Promise<number> {
  const only = args.flatMap((arg, i) => (args[i - 1] === '--plan' ? arg.split(',') : []))
  const jobsArg = args[args.indexOf('--jobs') + 1]
  const jobs = args.includes('--jobs') ? Number(jobsArg) : availableParallelism()
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs wil een geheel getal van 1 of meer, niet \`${jobsArg ?? ''}\``)
    return 2
  }
  let result: Evaluation
  try {
    result = await evaluate(root, only, { jobs })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
  let code = 0
  // A group with no plan (filtered away by --plan) is not printed: an empty table says nothing.
  const reports = ([
    ['Eval-plannen (test/eval/plans)', result.eval],
    ['Echte teksten (test/eval/real)', result.real],
    ['Voorbeelden (examples/)', result.examples]
  ] as const).filter(([, group]) => only.length === 0 || group.defects > 0 || group.info + group.error.count + group.warning.count > 0)
  console.log(reports.map(([title, group]) => groupReport(title, group)).join('\n\n'))
  if (result.keyProblems.length > 0) {
    console.error(`\nSleutels passen niet bij hun plan (${result.keyProblems.length}):`)
    for (const p of result.keyProblems) console.error(`  ${p}`)
    code = 1
  }
  if (args.includes('--write')) {
    mkdirSync(join(root, 'eval'), { recursive: true })
    writeFileSync(join(root, 'eval/results.json'), JSON.stringify(result, null, 2) + '\n')
    console.log('\nResultaten geschreven naar eval/results.json')
  }
  return code
}
