import { describe, expect, it } from 'vitest'
import type { Rule } from '@kapstok/rules'
import { wordingReasons, type CleanWording } from './wordings.js'

/** A battery defect: a name, the body lines, and (optionally) words its message must quote. */
export type BatteryWording = [string, string[], string?]

/**
 * A measuring battery: fresh wordings written before reading the rule's code. The defect
 * wordings are counted rather than asserted one by one, so the file can be committed before the
 * fix and says how many the code catches (`minHits` is raised as readers improve, and the count
 * must not drop below it); every clean look-alike must stay quiet. The misses are printed, to
 * show which shapes stay open. `front` overrides fields of the plan's frontmatter.
 */
export function describeBattery(rule: Rule, defects: BatteryWording[], clean: CleanWording[], minHits: number, front: Record<string, string> = {}): void {
  describe(`${rule.rule.id} battery`, () => {
    it(`should catch at least ${minHits} of ${defects.length} defect wordings`, async () => {
      const missed: string[] = []
      for (const [name, body, words] of defects) {
        const reasons = await wordingReasons(rule, body, front)
        // One defect is one message: more than one counts as a miss.
        const hit = reasons.length === 1 && (words === undefined || reasons[0]?.includes(words))
        if (!hit) missed.push(name)
      }
      const hits = defects.length - missed.length
      console.log(`${rule.rule.id} battery: ${hits}/${defects.length} caught; missed: ${missed.join(' | ') || '-'}`)
      expect(hits).toBeGreaterThanOrEqual(minHits)
    })

    it.each(clean)('should stay quiet on %s', async (_name, body) => {
      expect(await wordingReasons(rule, body, front)).toEqual([])
    })
  })
}
