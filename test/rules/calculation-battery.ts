import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation, type Rule } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { checkMarkdownWith, reasonsEach } from './helpers.js'
import { wordingsPlan } from './wordings.js'

// The three calculation rules together: a wrong calculation counts as caught when any of them
// quotes its stated number, since one slip is reported by exactly one of them.
const calculationRules = [arithmeticSlip, proseCalculation, financeNetStatedVsComputed]
const ids = calculationRules.map((rule) => rule.rule.id)

/** The messages of the calculation rules on a body under one heading. */
export async function calculationReasons(lines: string[]): Promise<string[]> {
  const file = await checkMarkdownWith(calculationRules, wordingsPlan(['# Uitvoering', '', ...lines]))
  return file.messages.filter((m) => ids.includes(m.ruleId ?? '')).map((m) => m.reason)
}

/**
 * The messages of the calculation rules on each body, as `calculationReasons` gives them, for a
 * battery of thousands of bodies: ten to a plan, each under a chapter of its own (`reasonsEach`).
 *
 * @param bodies The bodies (lines under a heading).
 * @param rules The rules to run (default: the three calculation rules).
 * @returns Per body, the messages of those rules on its lines.
 */
export function calculationReasonsEach(bodies: string[][], rules: Rule[] = calculationRules): Promise<string[][]> {
  return reasonsEach(rules, bodies.map((lines) => ['# Uitvoering', '', ...lines]))
}

/** A wrong calculation: a name, the body lines, the stated number a message must quote. */
export type WrongCalculation = [string, string[], string]

/**
 * A measuring battery over the three calculation rules: the wrong ones are counted (at least
 * `mustCatch`, raised as readers learn shapes; the misses are printed), every right one must stay
 * quiet except those in `stillNoisy`, which must still be reported until a reader learns them.
 */
export function describeCalculationBattery(title: string, wrong: WrongCalculation[], right: Array<[string, string[]]>, mustCatch: number, stillNoisy = new Set<string>()): void {
  describe(title, () => {
    it('should catch the wrong calculations', async () => {
      const missed: string[] = []
      for (const [name, lines, number] of wrong) {
        const found = await calculationReasons(lines)
        if (!found.some((r) => r.includes(number))) missed.push(name)
      }
      console.log(`battery: ${wrong.length - missed.length}/${wrong.length} caught; missed: ${missed.join('; ')}`)
      expect(wrong.length - missed.length).toBeGreaterThanOrEqual(mustCatch)
    })

    it.each(right)('should stay quiet on %s', async (name, lines) => {
      const found = await calculationReasons(lines)
      if (stillNoisy.has(name)) expect(found.length).toBeGreaterThan(0)
      else expect(found).toEqual([])
    })
  })
}

/**
 * Fresh wordings over the three calculation rules: each wrong one gives exactly one message (one
 * slip, one rule) that quotes its words, each right one gives none.
 */
export function describeCalculationWordings(title: string, wrong: WrongCalculation[], right: Array<[string, string[]]>): void {
  describe(title, () => {
    it.each(wrong)('should report %s', async (_name, lines, words) => {
      const found = await calculationReasons(lines)
      expect(found).toHaveLength(1)
      expect(found[0]).toContain(words)
    })

    it.each(right)('should stay quiet on %s', async (_name, lines) => {
      expect(await calculationReasons(lines)).toEqual([])
    })
  })
}
