import { describe, expect, it } from 'vitest'
import { percentageClaimCheck } from '@kapstok/rules'
import { wordingReasons } from './wordings.js'
import { actualOf, bases } from './percentage-claim-check-hrob25p-bases.js'
import { forms, render } from './percentage-claim-check-hrob25p-forms.js'

// hrob25p: robustness of the share and change readings. Every base claim (found in its plain form) and its
// look-alike (numbers that hold, rounded or hedged) is rewritten by each transformation that keeps its meaning
// (punctuation, adjuncts between operands, order, notation, a split, a trailing source, markup, a noun after the
// numbers). Per transformation the defects found are counted against a floor; every look-alike stays quiet.

const rule = percentageClaimCheck

// Found variants per transformation: before this work → the floor asserted now (see the commit messages).
const FLOOR: Record<string, number> = {
  'plain': 26,
  'comma': 26,
  'colon': 26,
  'semicolon': 0,
  'dash': 26,
  'brackets': 26,
  'namelijk': 26,
  'bracket after number': 25,
  'year': 26,
  'place': 18,
  'per jaar': 4,
  'structureel': 3,
  'hedged operands': 26,
  'claim before, numbers inside': 19,
  'inversion': 25,
  'omdat': 25,
  'doordat': 25,
  'terwijl': 25,
  'passive': 7,
  'no thousands dots': 14,
  'percent sign': 21,
  'spaced percent sign': 21,
  'euro suffix': 4,
  'euro duizend': 4,
  'decimal comma': 21,
  'numbers in words': 11,
  'dat is': 26,
  'daarmee': 25,
  'samen': 0,
  'list under a lead-in': 17,
  'zo blijkt uit': 26,
  'bron': 25,
  'footnote': 25,
  'second clause': 26,
  'bold numbers': 26,
  'italic claim': 26,
  'list item': 26,
  'table cell': 26,
  'table rows named': 2,
  'noun after the numbers': 22,
  'waarvan': 17,
  'op de': 13,
  'daarvan': 14,
  'remainder': 0
}

describe('percentage-claim-check hrob25p robustness', () => {
  for (const entry of forms) {
    it(`${entry.group} ${entry.name}: finds the defects, look-alikes stay quiet`, async () => {
      let applicable = 0
      let found = 0
      const missed: string[] = []
      const loud: string[] = []
      for (const base of bases) {
        const actual = actualOf(base)
        const bad = render(base, entry, true, actual)
        const ok = render(base, entry, false, actual)
        if (!bad || !ok) continue
        applicable++
        if ((await wordingReasons(rule, bad)).length > 0) found++
        else missed.push(bad.slice(2).join(' / '))
        const reasons = await wordingReasons(rule, ok)
        if (reasons.length > 0) loud.push(`${ok.slice(2).join(' / ')} => ${reasons[0]}`)
      }
      console.log(`hrob25p ${entry.group} ${entry.name}: ${found}/${applicable} found, ${applicable - loud.length}/${applicable} quiet` +
        (process.env.HROB_VERBOSE ? `\n  missed: ${missed.join('\n  missed: ')}\n  loud: ${loud.join('\n  loud: ')}` : ''))
      expect(found).toBeGreaterThanOrEqual(FLOOR[entry.name] ?? 0)
      expect(loud).toEqual([])
    })
  }
})
