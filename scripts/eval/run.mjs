/**
 * The whole evaluation: every plan under test/eval/plans, every real municipal text under
 * test/eval/real and every example with a key under test/eval/examples, checked and scored in
 * three groups.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkPlan } from './check.mjs'
import { checkKey, readClasses, readKey } from './keys.mjs'
import { scoreGroup } from './score.mjs'

/**
 * @typedef {object} Evaluation
 * @property {import('./score.mjs').GroupScore} eval Scores on the evaluation plans.
 * @property {import('./score.mjs').GroupScore} real Scores on the real municipal texts.
 * @property {import('./score.mjs').GroupScore} examples Scores on the examples.
 * @property {string[]} keyProblems Problems of the keys (a key that does not fit its plan).
 */

/**
 * The plans and keys of the evaluation.
 *
 * @param {string} root Repository root.
 * @returns {{ group: 'eval' | 'real' | 'examples', name: string, dir: string, keyPath: string }[]} Plans.
 */
export function listPlans(root) {
  const plansDir = join(root, 'test/eval/plans')
  const realDir = join(root, 'test/eval/real')
  const keysDir = join(root, 'test/eval/examples')
  /** @param {string} dir @returns {string[]} */
  const folders = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [])
  const plans = folders(plansDir)
  const examples = readdirSync(keysDir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort()
  return [
    ...plans.map((name) => ({ group: /** @type {const} */ ('eval'), name, dir: join(plansDir, name), keyPath: join(plansDir, name, '_answers.yaml') })),
    ...folders(realDir).map((name) => ({ group: /** @type {const} */ ('real'), name, dir: join(realDir, name), keyPath: join(realDir, name, '_answers.yaml') })),
    ...examples.map((name) => ({ group: /** @type {const} */ ('examples'), name, dir: join(root, 'examples', name), keyPath: join(keysDir, `${name}.yaml`) }))
  ]
}

/**
 * Check every plan and score it against its key.
 *
 * @param {string} root Repository root.
 * @param {string[]} [only] Names of the plans to evaluate (eval plans, real texts or examples); all when empty.
 * @returns {Promise<Evaluation>} Scores per group and problems of the keys.
 */
export async function evaluate(root, only = []) {
  const classes = readClasses(join(root, 'test/eval/classes.yaml'))
  const groups = { eval: [], real: [], examples: [] }
  const keyProblems = []
  const plans = listPlans(root)
  const unknown = only.filter((name) => !plans.some((plan) => plan.name === name))
  if (unknown.length > 0) throw new Error(`Onbekend plan ${unknown.map((n) => `\`${n}\``).join(', ')}; kies uit: ${plans.map((p) => p.name).join(', ')}`)
  for (const plan of plans.filter((p) => only.length === 0 || only.includes(p.name))) {
    if (!existsSync(plan.keyPath)) {
      keyProblems.push(`${plan.name}: no answer key at ${plan.keyPath}`)
      continue
    }
    const key = readKey(plan.keyPath)
    keyProblems.push(...checkKey(key, plan.dir, classes).map((p) => `${plan.name}/${p}`))
    groups[plan.group].push({ name: plan.name, defects: key.defects, clean: key.clean, findings: await checkPlan(plan.dir) })
  }
  return { eval: scoreGroup(groups.eval), real: scoreGroup(groups.real), examples: scoreGroup(groups.examples), keyProblems }
}
