import { readPlan } from '@kapstok/markdown'
import { arithmeticSlip, countClaimMismatch, financeCumulativeJaarschijf, financeNetStatedVsComputed, financeSumMismatch, percentageClaimCheck, proseCalculation, runRule, tableRowArithmetic } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { wordingsPlan } from './wordings.js'
import { passages, type RealPassage } from './calculation-real-sentences-rc-cases.js'

// Calculations in real sentences (rc): passages from municipal documents in which a sum, product,
// difference or balance is stated. The correct form must give no finding of the calculation rules
// on its lines; each mutated form (one number changed so the calculation fails) must give one on
// the line of the changed number. All passages go into one plan per round (each under its own
// heading), so the whole battery costs three plan checks.

const rules = [arithmeticSlip, proseCalculation, tableRowArithmetic, financeSumMismatch, financeNetStatedVsComputed, countClaimMismatch, percentageClaimCheck, financeCumulativeJaarschijf]
const ids = new Set(rules.map((rule) => rule.rule.id))

/** One passage as it goes into a plan: its body lines and the mutation applied, if any. */
interface Placed { passage: RealPassage; body: string[]; mutated?: number; first: number }

/** The passages' bodies with their first line in the plan, and the findings of the rules by line. */
async function check(bodies: Array<{ passage: RealPassage; body: string[]; mutated?: number }>): Promise<{ placed: Placed[]; lines: Map<number, string[]> }> {
  const body: string[] = ['# Financiën', '']
  const placed: Placed[] = []
  bodies.forEach((b, i) => {
    body.push(`## Toelichting ${i + 1}`, '')
    placed.push({ ...b, first: body.length })
    body.push(...b.body, '')
  })
  const text = wordingsPlan(body)
  const offset = text.split('\n').indexOf('# Financiën') // 0-based line of body[0]
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  for (const rule of rules) runRule(rule.rule, rule.check, file.model!, file, { settings: {} })
  const lines = new Map<number, string[]>()
  for (const m of file.messages) {
    if (!ids.has(m.ruleId ?? '') || m.line == null) continue
    const at = m.line - 1 - offset
    lines.set(at, [...(lines.get(at) ?? []), `${m.ruleId}: ${m.reason}`])
  }
  return { placed, lines }
}

/** The passage with mutation `index` applied. */
function mutate(passage: RealPassage, index: number): string[] {
  const { line, from, to } = passage.wrong[index]!
  const body = [...passage.lines]
  if (!body[line]!.includes(from)) throw new Error(`\`${from}\` not on line ${line} of ${passage.id}`)
  body[line] = body[line]!.replace(from, to)
  return body
}

/**
 * Floors (raised as readers learn). Measured on main at 808302cd before this battery's work:
 * mutated forms found 24/46, correct forms quiet 39/40; after reading abbreviated reserve columns, credited interest and list totals in the sentence before: 27/46.
 */
const floors = { found: 27, quiet: 39 }

describe('calculation rules on real sentences (rc)', () => {
  it('should find the mutated forms and stay quiet on the correct ones', async () => {
    const right = await check(passages.map((passage) => ({ passage, body: passage.lines })))
    const noisy: string[] = []
    for (const p of right.placed) {
      const found = p.body.flatMap((_, i) => right.lines.get(p.first + i) ?? [])
      if (found.length) noisy.push(`${p.passage.id}: ${found.join(' | ')}`)
    }
    const rounds = [0, 1].map((index) => passages.filter((p) => p.wrong.length > index).map((passage) => ({ passage, body: mutate(passage, index), mutated: index })))
    const missed: string[] = []
    let found = 0
    let of = 0
    for (const round of rounds) {
      const result = await check(round)
      for (const p of result.placed) {
        of++
        const line = p.first + p.passage.wrong[p.mutated!]!.line
        if (result.lines.get(line)?.length) found++
        else missed.push(`${p.passage.id}#${p.mutated}`)
      }
    }
    const quiet = passages.length - noisy.length
    console.log(`found ${found}/${of}, quiet ${quiet}/${passages.length}\nmissed: ${missed.join(', ')}\nnoisy:\n${noisy.join('\n')}`)
    expect(passages.length).toBeGreaterThanOrEqual(40)
    expect(found).toBeGreaterThanOrEqual(floors.found)
    expect(quiet).toBeGreaterThanOrEqual(floors.quiet)
  }, 120_000)
})
