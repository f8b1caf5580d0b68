import { describe, expect, it } from 'vitest'
import { percentageClaimCheck } from '@kapstok/rules'
import { reasonsEach } from './helpers.js'
import { wordingReasons } from './wordings.js'
import { actualOf, bases } from './percentage-claim-check-hrob25p-bases.js'
import { forms, render } from './percentage-claim-check-hrob25p-forms.js'

// hrob25p: robustness of the share and change readings. Every base claim (found in its plain form) and its
// look-alike (numbers that hold, rounded or hedged) is rewritten by each transformation that keeps its meaning
// (punctuation, adjuncts between operands, order, notation, a split, a trailing source, markup, a noun after the
// numbers). Per transformation the defects found are counted against a floor; every look-alike stays quiet.

const rule = percentageClaimCheck

// Found variants per transformation, asserted as a floor (before this work, see the commit messages and
// percentage-claim-check-hrob25p-bases.ts).
const FLOOR: Record<string, number> = {
  'plain': 26,
  'comma': 26,
  'colon': 26,
  'semicolon': 26,
  'dash': 26,
  'brackets': 26,
  'namelijk': 26,
  'bracket after number': 25,
  'year': 26,
  'place': 26,
  'per jaar': 6,
  'structureel': 5,
  'hedged operands': 26,
  'claim before, numbers inside': 26,
  'inversion': 25,
  'omdat': 25,
  'doordat': 25,
  'terwijl': 25,
  'passive': 7,
  'no thousands dots': 14,
  'percent sign': 21,
  'spaced percent sign': 21,
  'euro suffix': 5,
  'euro duizend': 4,
  'decimal comma': 21,
  'numbers in words': 11,
  'dat is': 26,
  'daarmee': 25,
  'samen': 14,
  'list under a lead-in': 25,
  'zo blijkt uit': 26,
  'bron': 26,
  'footnote': 26,
  'second clause': 26,
  'bold numbers': 26,
  'italic claim': 26,
  'list item': 26,
  'table cell': 26,
  'table rows named': 23,
  'noun after the numbers': 22,
  'waarvan': 17,
  'op de': 13,
  'daarvan': 14,
  'remainder': 12
}

describe('percentage-claim-check hrob25p robustness', () => {
  for (const entry of forms) {
    it(`${entry.group} ${entry.name}: finds the defects, look-alikes stay quiet`, async () => {
      let applicable = 0
      let found = 0
      const missed: string[] = []
      const loud: string[] = []
      // Every pair first, then the messages on each body (ten to a plan: reasonsEach).
      const pairs: Array<[string[], string[]]> = []
      for (const base of bases) {
        const actual = actualOf(base)
        const bad = render(base, entry, true, actual)
        const ok = render(base, entry, false, actual)
        if (bad && ok) pairs.push([bad, ok])
      }
      const reasons = await reasonsEach([rule], pairs.flat())
      for (const [i, [bad, ok]] of pairs.entries()) {
        applicable++
        if ((reasons[2 * i] ?? []).length > 0) found++
        else missed.push(bad.slice(2).join(' / '))
        const loudOnes = reasons[2 * i + 1] ?? []
        if (loudOnes.length > 0) loud.push(`${ok.slice(2).join(' / ')} => ${loudOnes[0]}`)
      }
      console.log(`hrob25p ${entry.group} ${entry.name}: ${found}/${applicable} found, ${applicable - loud.length}/${applicable} quiet` +
        (process.env.HROB_VERBOSE ? `\n  missed: ${missed.join('\n  missed: ')}\n  loud: ${loud.join('\n  loud: ')}` : ''))
      expect(found).toBeGreaterThanOrEqual(FLOOR[entry.name] ?? 0)
      expect(loud).toEqual([])
    })
  }
})

// Look-alikes of the readings this work widened: each shape right next to a number it must not take.
const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]
const nearby: Array<[string, string[]]> = [
  ['met and a share of another group before a change', body('Met 30 procent jongeren is de club jong, en het ledental steeg van 400 naar 460.')],
  ['the rest of another whole after a semicolon', body('Van de 610 deelnemers vonden er 96 een baan; de overige 30 procent van het budget gaat naar begeleiding.')],
  ['samen compared with last year', body('Van de 610 deelnemers vonden er 38 in het voorjaar en 58 in het najaar een baan. Samen is dat 40 procent meer dan vorig jaar.')],
  ['a share of a year in a list, no change', body('De meldingen per jaar:', '', '- 2023: 1.240 meldingen;', '- 2025: 1.480 meldingen, waarvan 24 procent via de app.')],
  ['a semicolon clause with its own verb', body('Ruim 40 procent van de bewoners fietst naar het werk; 96 van de 610 ondervraagden doen dat dagelijks.')],
  ['a change per year beside a rate', body('De huur steeg van € 640 per maand naar € 672 per maand, een stijging van 5 procent.')]
]

describe('percentage-claim-check hrob25p look-alikes of the widened readings', () => {
  it.each(nearby)('stays quiet on %s', async (_name, lines) => {
    expect(await wordingReasons(rule, lines)).toEqual([])
  })
})
