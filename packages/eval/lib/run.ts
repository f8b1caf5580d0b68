/**
 * The whole evaluation: every plan under test/eval/plans, every real municipal text under
 * test/eval/real and every example with a key under test/eval/examples, checked and scored in
 * three groups.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkPlan } from './check.js'
import { checkInChildren } from './children.js'
import { checkKey, readClasses, readKey } from './keys.js'
import { scoreGroup, type Case, type Finding, type GroupScore } from './score.js'

/** Result of `evaluate`: scores per group and problems of the keys. */
export interface Evaluation {
  /** Scores on the evaluation plans. */
  eval: GroupScore
  /** Scores on the real municipal texts. */
  real: GroupScore
  /** Scores on the examples. */
  examples: GroupScore
  /** Problems of the keys (a key that does not fit its plan). */
  keyProblems: string[]
}

/** The group a plan is scored in. */
export type PlanGroup = 'eval' | 'real' | 'examples'

/** One plan of the evaluation and where its key is. */
export interface EvalPlan {
  /** Its group. */
  group: PlanGroup
  /** Its name (folder, or example name). */
  name: string
  /** The plan folder. */
  dir: string
  /** Path of its answer key. */
  keyPath: string
}

/**
 * The plans and keys of the evaluation.
 *
 * @param root Repository root.
 * @returns Plans.
 */
export function listPlans(root: string): EvalPlan[] {
  const plansDir = join(root, 'test/eval/plans')
  const realDir = join(root, 'test/eval/real')
  const keysDir = join(root, 'test/eval/examples')
  const folders = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [])
  const plans = folders(plansDir)
  const examples = readdirSync(keysDir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort()
  return [
    ...plans.map((name) => ({ group: 'eval' as const, name, dir: join(plansDir, name), keyPath: join(plansDir, name, '_answers.yaml') })),
    ...folders(realDir).map((name) => ({ group: 'real' as const, name, dir: join(realDir, name), keyPath: join(realDir, name, '_answers.yaml') })),
    ...examples.map((name) => ({ group: 'examples' as const, name, dir: join(root, 'examples', name), keyPath: join(keysDir, `${name}.yaml`) }))
  ]
}

/** How `evaluate` checks the plans. */
export interface EvaluateOptions {
  /**
   * Check the plans in this many child processes (with the CLI's V8 flags; children.ts). Without
   * it, this process checks them one after another. Either way the result is the same.
   */
  jobs?: number
}

/**
 * Check every plan and score it against its key.
 *
 * @param root Repository root.
 * @param only Names of the plans to evaluate (eval plans, real texts or examples); all when empty.
 * @param options How to check them.
 * @returns Scores per group and problems of the keys.
 */
export async function evaluate(root: string, only: string[] = [], options: EvaluateOptions = {}): Promise<Evaluation> {
  const classes = readClasses(join(root, 'test/eval/classes.yaml'))
  const groups: Record<PlanGroup, Case[]> = { eval: [], real: [], examples: [] }
  const keyProblems: string[] = []
  const plans = listPlans(root)
  const unknown = only.filter((name) => !plans.some((plan) => plan.name === name))
  if (unknown.length > 0) throw new Error(`Onbekend plan ${unknown.map((n) => `\`${n}\``).join(', ')}; kies uit: ${plans.map((p) => p.name).join(', ')}`)
  const chosen = plans.filter((p) => only.length === 0 || only.includes(p.name))
  // In children, every plan is checked first; the scoring below then takes their findings in
  // this order, as it would take them from checkPlan one after another.
  const keyed = chosen.filter((p) => existsSync(p.keyPath)).map((p) => p.dir)
  const checked = options.jobs === undefined ? undefined : await checkInChildren(keyed, options.jobs)
  const findingsOf = async (dir: string): Promise<Finding[]> => checked?.get(dir) ?? checkPlan(dir)
  for (const plan of chosen) {
    if (!existsSync(plan.keyPath)) {
      keyProblems.push(`${plan.name}: no answer key at ${plan.keyPath}`)
      continue
    }
    const key = readKey(plan.keyPath)
    keyProblems.push(...checkKey(key, plan.dir, classes).map((p) => `${plan.name}/${p}`))
    groups[plan.group].push({ name: plan.name, defects: key.defects, clean: key.clean, findings: await findingsOf(plan.dir) })
  }
  return { eval: scoreGroup(groups.eval), real: scoreGroup(groups.real), examples: scoreGroup(groups.examples), keyProblems }
}
