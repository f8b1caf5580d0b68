import { describe, expect, it } from 'vitest'
import { periodMismatch, requiredSections, type Rule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

// `soort: begroting`, a programma of a programmabegroting. Fresh Wadderveen-like texts (gemeente
// Hollemeer), not taken from the eval plans.
const plan = (soort: string, titel: string, body: string[]): string =>
  ['---', 'gemeente: Hollemeer', `titel: ${titel}`, `soort: ${soort}`, 'periode: 2027-2030', 'status: concept', 'datum: 2026-10-01', '---', '', ...body, ''].join('\n')

async function reasons(rule: Rule, text: string): Promise<string[]> {
  const file = await checkMarkdown(rule, text)
  return file.messages.filter((m) => m.ruleId === rule.rule.id).map((m) => m.reason)
}

const kosten = ['# Wat mag het kosten?', '', '| Lasten (x € 1.000) | 2027 |', '|---|---|', '| 6.1 Samenkracht | 410 |']

describe('soort: begroting', () => {
  it('should not ask a begroting for a visie, thema\'s or an uitvoeringsagenda', async () => {
    const text = plan('begroting', 'Programma 2 Zorg en welzijn', ['# Wat willen we bereiken?', '', 'Inwoners vinden sneller hulp.', '', '# Wat gaan we daarvoor doen?', '', 'We openen twee wijkpunten.', '', ...kosten])
    expect(await reasons(requiredSections, text)).toEqual([])
    // The same page as a programmaplan is asked for all of them: the reason the kind exists.
    expect(await reasons(requiredSections, plan('programmaplan', 'Programma 2 Zorg en welzijn', ['# Wat willen we bereiken?', '', 'Inwoners vinden sneller hulp.', '', ...kosten]))).toHaveLength(3)
  })

  it('should name the missing question and how to give a chapter its role', async () => {
    const found = await reasons(requiredSections, plan('begroting', 'Programma 2 Zorg en welzijn', ['# Ontwikkelingen', '', 'De vraag naar hulp groeit.']))
    expect(found).toEqual([
      expect.stringMatching(/^Onderdeel `Wat willen we bereiken\?` ontbreekt in een `begroting`.*`\{\.effecten\}`/u),
      expect.stringMatching(/^Onderdeel `Wat mag het kosten\? \(financiën\)` ontbreekt in een `begroting`.*`\{\.financien\}`/u)
    ])
  })

  it('should accept the questions in other wordings and an Ambitie for what it wants to achieve', async () => {
    expect(await reasons(requiredSections, plan('begroting', 'Programma 2', ['# Wat wil de gemeente bereiken?', '', 'Tekst.', '', ...kosten]))).toEqual([])
    expect(await reasons(requiredSections, plan('begroting', 'Programma 2', ['# Ambitie', '', 'Tekst.', '', ...kosten]))).toEqual([])
    // A question about doing is not one about achieving.
    expect(await reasons(requiredSections, plan('begroting', 'Programma 2', ['# Wat gaan we doen?', '', 'Tekst.', '', ...kosten]))).toHaveLength(1)
  })

  it('should read the meerjarenraming as the begroting\'s own years by its soort, also when the title says programma', async () => {
    const body = ['# Inleiding', '', 'Deze begroting en de meerjarenraming lopen tot en met 2031.']
    expect(await reasons(periodMismatch, plan('begroting', 'Programma 2 Zorg en welzijn', body))).toHaveLength(1)
    // In a programmaplan with the same title the meerjarenraming is the municipality's, not the plan's.
    expect(await reasons(periodMismatch, plan('programmaplan', 'Programma 2 Zorg en welzijn', body))).toEqual([])
  })
})
