// Times every rule on a fictional plan of size N and 2N, for test/rules/linear.test.ts. Run in a
// child process with `--expose-gc --max-semi-space-size=64`: memory is collected before each
// timed run and a run does not pay for collecting the garbage of another, so the ratio shows the
// rule's own growth. Arguments: rows, chapters, and optionally the rule ids to time. Prints `{ [ruleId]: { single, double } }` (fastest N run and the 2N run that passed, or the fastest 2N run; ms) as JSON.
import { readPlan } from '@kapstok/markdown'
import { allRules, runRule } from '@kapstok/rules'
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs'
import { maxRatio, ratioOf } from './linear-ratio.mjs'

const size = { rows: Number(process.argv[2] ?? 600), chapters: Number(process.argv[3] ?? 60) }
const only = process.argv[4] ? new Set(process.argv[4].split(',')) : undefined
const rounds = 3

async function read(scale) {
  const text = syntheticPlan({ rows: size.rows * scale, chapters: size.chapters * scale })
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  if (!file.model) throw new Error('the synthetic plan did not parse')
  return file
}

const plans = { single: await read(1), double: await read(2) }

function time(rule, file) {
  globalThis.gc?.()
  // CPU time, not wall time: on a busy machine a longer run is more often put aside for
  // another process, which would make the larger plan look slower than it is.
  const start = process.cpuUsage()
  runRule(rule.rule, rule.check, file.model, file)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const result = {
  fatal: plans.single.messages.filter((m) => m.fatal === true).map((m) => `${m.ruleId}: ${m.reason}`),
  acties: plans.single.model.acties?.length ?? 0,
  rules: {}
}
for (const rule of allRules) {
  if (only && !only.has(rule.rule.id)) continue
  let single = Infinity
  let double = Infinity
  for (let round = 0; round < rounds; round++) single = Math.min(single, time(rule, plans.single))
  // The fastest N run is known; a 2N run within the allowed growth settles the test (a faster 2N
  // run would only lower a ratio that already passes), so the 2N runs stop there. A rule that
  // grows too fast still gets all its 2N runs, and reports the fastest.
  for (let round = 0; round < rounds && !(ratioOf({ single, double }) <= maxRatio); round++) double = Math.min(double, time(rule, plans.double))
  result.rules[rule.rule.id] = { single, double }
}
console.log(JSON.stringify(result))
