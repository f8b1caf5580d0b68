import { afterAll, describe, expect, it } from 'vitest'
import type { Rule } from '@kapstok/rules'
import { wordingReasons } from './wordings.js'

/** A battery wording: a name and the body lines. */
export type BatteryWording = [string, string[]]

/**
 * A battery of fresh wordings, written before the code that reads them: the clean look-alikes
 * must all stay quiet, while the defects are counted rather than asserted one by one, so the
 * file could be committed before the fix and the share caught can be measured (and must not
 * drop below `minHits` afterwards). The misses are printed, to show which shapes stay open.
 */
export function describeBattery(rule: Rule, defects: BatteryWording[], clean: BatteryWording[], minHits: number, front: Record<string, string> = {}): void {
  describe(`${rule.rule.id} battery`, () => {
    const missed: string[] = []
    let hits = 0
    it.each(defects)('counts %s', async (name, body) => {
      const reasons = await wordingReasons(rule, body, front)
      if (reasons.length > 0) hits++
      else missed.push(name)
      expect(reasons.length).toBeLessThanOrEqual(1)
    })
    it.each(clean)('should stay quiet on %s', async (_name, body) => {
      expect(await wordingReasons(rule, body, front)).toEqual([])
    })
    afterAll(() => {
      console.log(`${rule.rule.id} battery: ${hits}/${defects.length} caught; missed: ${missed.join(' | ')}`)
      expect(hits).toBeGreaterThanOrEqual(minHits)
    })
  })
}
