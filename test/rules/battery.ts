import { describe, expect, it } from 'vitest'
import type { Rule } from '@kapstok/rules'
import { wordingReasons, type CleanWording, type DefectWording } from './wordings.js'

/**
 * A measuring battery: fresh wordings written before reading the rule's code. The defect
 * wordings are counted rather than asserted one by one, so the file can be committed before the
 * fix and says how many the code catches (`minHits` is raised as readers improve); every clean
 * look-alike must stay quiet.
 */
export function describeBattery(rule: Rule, defects: DefectWording[], clean: CleanWording[], minHits: number): void {
  describe(`${rule.rule.id} battery`, () => {
    it(`should catch at least ${minHits} of ${defects.length} defect wordings`, async () => {
      const missed: string[] = []
      for (const [name, body, words] of defects) {
        const reasons = await wordingReasons(rule, body)
        if (!reasons.some((r) => r.includes(words)) || reasons.length === 0) missed.push(name)
      }
      const hits = defects.length - missed.length
      console.log(`${rule.rule.id} battery: ${hits}/${defects.length} caught; missed: ${missed.join(' | ') || '-'}`)
      expect(hits).toBeGreaterThanOrEqual(minHits)
    })

    it.each(clean)('should stay quiet on %s', async (_name, body) => {
      expect(await wordingReasons(rule, body)).toEqual([])
    })
  })
}
