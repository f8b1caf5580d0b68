import { describe, expect, it } from 'vitest'
import { requiredSections } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

// `soort: actieplan` and `soort: visie`: two kinds many gemeenten write (an actieplan
// eenzaamheid, a mobiliteitsvisie). Fresh texts of a fictional gemeente Kranswijk.
const plan = (soort: string, body: string[]): string =>
  ['---', 'gemeente: Kranswijk', `titel: Stuk over fietsen 2027-2030`, `soort: ${soort}`, 'periode: 2027-2030', 'status: concept', 'datum: 2026-10-01', '---', '', ...body, ''].join('\n')

const agenda = ['# Acties', '', '| Actie | Gereed |', '|---|---|', '| Fietspad langs de dijk | 2028 |']
const visie = ['# Visie', '', 'In 2030 fietst iedereen veilig naar school en werk.']

async function missing(soort: string, body: string[]): Promise<string[]> {
  const file = await checkMarkdown(requiredSections, plan(soort, body))
  return file.messages.filter((m) => m.ruleId === 'required-sections').map((m) => m.reason)
}

describe('the kinds actieplan and visie', () => {
  it('should ask an actieplan for its uitvoeringsagenda, not for a visie', async () => {
    expect(await missing('actieplan', visie)).toEqual([expect.stringMatching(/^Onderdeel `uitvoeringsagenda[^`]*` ontbreekt in een `actieplan`/u)])
    expect(await missing('actieplan', agenda)).toEqual([])
  })

  it('should ask a visie for its koers, not for an agenda', async () => {
    expect(await missing('visie', agenda)).toEqual([expect.stringMatching(/^Onderdeel `koers[^`]*` ontbreekt in een `visie`/u)])
    expect(await missing('visie', visie)).toEqual([])
  })
})
