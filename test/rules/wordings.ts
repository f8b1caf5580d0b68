import { describe, expect, it } from 'vitest'
import type { Rule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

/**
 * A plan of a fictional municipality around the given body lines, for the wordings tests:
 * fresh phrasings of a defect class, read through the real reader.
 */
export function wordingsPlan(body: string[], front: Record<string, string> = {}): string {
  const fields = { gemeente: 'Veldhoorn', titel: 'Uitvoeringsprogramma Samen Verder 2026-2029', soort: 'programmaplan', periode: '2026-2029', status: 'concept', ...front }
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', '', ...body, ''].join('\n')
}

/** The reasons one rule gives for a body of Markdown. */
export async function wordingReasons(rule: Rule, body: string[], front: Record<string, string> = {}): Promise<string[]> {
  const file = await checkMarkdown(rule, wordingsPlan(body, front))
  return file.messages.filter((m) => m.ruleId === rule.rule.id).map((m) => m.reason)
}

/** A defect wording: a name, the body lines, and words its one message must quote. */
export type DefectWording = [string, string[], string]
/** A clean look-alike: a name and the body lines. */
export type CleanWording = [string, string[]]

/**
 * Tests that each defect wording gives exactly one message quoting its words, and each clean
 * look-alike none. `front` overrides fields of the plan's frontmatter (a `datum`, another kind of plan).
 */
export function describeWordings(rule: Rule, defects: DefectWording[], clean: CleanWording[], front: Record<string, string> = {}): void {
  describe(`${rule.rule.id} wordings`, () => {
    it.each(defects)('should report %s', async (_name, body, words) => {
      const reasons = await wordingReasons(rule, body, front)
      expect(reasons).toHaveLength(1)
      expect(reasons[0]).toContain(words)
    })

    it.each(clean)('should stay quiet on %s', async (_name, body) => {
      expect(await wordingReasons(rule, body, front)).toEqual([])
    })
  })
}
