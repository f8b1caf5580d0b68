import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation, runRule } from '@kapstok/rules'
import { wordingsPlan } from './wordings.js'

// A wrong result that a written or an implied calculation reads is reported by that rule, and
// arithmetic-slip stays quiet on it: one defect, one message, whichever rule gives it.
const slips: Array<[string, string[], string]> = [
  ['a product in words', ['# Aanpak', '', 'Elk van de 14 dorpshuizen ontvangt € 12.500; daarmee is in totaal € 185.000 gemoeid.'], '185.000'],
  ['a sum in millions', ['# Financiën', '', 'Het Rijk draagt € 2,6 mln bij en de provincie € 1,1 mln, samen € 3,8 mln.'], '3,8 mln'],
  ['a product in a list item', ['# Kosten', '', '- 36 laadpalen à € 4.750 komt neer op € 161.000'], '161.000'],
  ['a calculation in a table cell', ['# Kosten', '', '| Post | Berekening |', '|---|---|', '| Coaches | drie coaches à € 64.000, samen € 182.000 |'], '182.000'],
  ['a count of a price with ramen', ['# Wonen', '', 'Voor 85 starterswoningen van € 220.000 ramen we € 19,7 mln.'], '19,7 mln'],
  ['a count times a price with a budget', ['# Sport', '', '- Voor 26 verenigingen met een bijdrage van € 3.750 is een budget van € 87.500 nodig.'], '87.500'],
  ['a product with samen', ['# Aanpak', '', 'We zetten 12 trajecten van € 9.920 in, samen € 109.040.'], '109.040'],
  ['a total over the plan period counted one year too few', ['# Financiën', '', 'Jaarlijks trekken we € 2,5 miljoen uit; over de planperiode is dat € 7,5 miljoen.'], '7,5 miljoen'],
  ['a mean per counted thing', ['# Leningen', '', 'We verstrekten 120 leningen voor in totaal € 3,6 miljoen, gemiddeld € 35.000 per lening.'], '35.000']
]

describe('calculation rules: one message per wrong result', () => {
  it.each(slips)('should report %s once', async (_name, body, number) => {
    const file = await readPlan({ path: 'plan.md', files: { 'plan.md': wordingsPlan(body) } })
    for (const rule of [arithmeticSlip, proseCalculation, financeNetStatedVsComputed]) runRule(rule.rule, rule.check, file.model!, file, { settings: {} })
    const calculations = file.messages.filter((m) => ['arithmetic-slip', 'prose-calculation', 'finance-net-stated-vs-computed'].includes(m.ruleId ?? ''))
    expect(calculations).toHaveLength(1)
    expect(calculations[0]!.reason).toContain(number)
  })
})

// A list item under a theme is an action, not running text: finance-net-stated-vs-computed does not
// read it, so arithmetic-slip must still report its slip (it did not, for a while).
describe('calculation rules: a slip in an action list item', () => {
  it('should report a product in a list item under a theme once', async () => {
    const body = ['# Thema’s', '', '## Wonen {#t1}', '', 'Tekst.', '', '### Wat gaan we doen', '', '- Isolatie: 900 woningen × € 3.500 is € 3,25 miljoen over vier jaar.']
    const file = await readPlan({ path: 'plan.md', files: { 'plan.md': wordingsPlan(body) } })
    for (const rule of [arithmeticSlip, proseCalculation, financeNetStatedVsComputed]) runRule(rule.rule, rule.check, file.model!, file, { settings: {} })
    const calculations = file.messages.filter((m) => ['arithmetic-slip', 'prose-calculation', 'finance-net-stated-vs-computed'].includes(m.ruleId ?? ''))
    expect(calculations.map((m) => m.reason)).toEqual([expect.stringContaining('3.150.000')])
  })
})
