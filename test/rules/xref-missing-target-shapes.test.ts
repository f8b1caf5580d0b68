import { describe, expect, it } from 'vitest'
import { xrefMissingTarget } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Shapes of references that development plans showed and no earlier wording had, each written
 * fresh: a paragraph number beyond the sub-headings of a numbered chapter whose sub-headings
 * carry no numbers, and a reference in a list item under a pijler (its goals or its actions).
 * Against the rule before these shapes: caught 0/4 defects, quiet 5/5 clean; after: 4/4, 5/5.
 * The reference's line after a table in a financial chapter (a toelichting joined from the
 * paragraphs around the table): right 1/2 before, 2/2 after.
 */

// Numbered chapters; chapter 2 has three sub-headings without numbers.
const unnumbered = (intro: string): string[] => [
  '# 1. Inleiding',
  '',
  intro,
  '',
  '# 2. Wijken',
  '',
  '## Noord',
  '',
  'Tekst.',
  '',
  '## Zuid',
  '',
  'Tekst.',
  '',
  '## Oost',
  '',
  'Tekst.',
  '',
  '# 3. Middelen',
  '',
  'Tekst.'
]
// Three thema's, each with goals and actions in lists.
const themas = (goal: string, action: string): string[] => [
  "# Thema's",
  '',
  '## Thema 1: Wonen {#t1}',
  '',
  'Tekst.',
  '',
  '### Doelen',
  '',
  `- ${goal}`,
  '',
  '### Wat gaan we doen',
  '',
  `- ${action}`,
  '',
  '## Thema 2: Werk {#t2}',
  '',
  'Tekst.',
  '',
  '## Thema 3: Zorg {#t3}',
  '',
  'Tekst.'
]

const defects: DefectWording[] = [
  ['a paragraph beyond the unnumbered sub-headings', unnumbered('De aanpak per wijk staat in paragraaf 2.6.'), '`paragraaf 2.6`'],
  ['a § beyond the unnumbered sub-headings', unnumbered('Zie voor de wijkbudgetten § 2.4.'), '`§ 2.4`'],
  ['a thema in an action list item', themas('Meer woningen voor starters.', 'We stemmen de planning af met thema 5.'), '`thema 5`'],
  ['a thema in a goal list item', themas('Samen met thema 4 bereiken we meer huishoudens.', 'We bouwen meer.'), '`thema 4`']
]

const clean: CleanWording[] = [
  ['a paragraph within the unnumbered sub-headings', unnumbered('De aanpak per wijk staat in paragraaf 2.3.')],
  ['a § within the unnumbered sub-headings', unnumbered('Zie voor de wijkbudgetten § 2.1.')],
  ['a thema that exists in an action list item', themas('Meer woningen voor starters.', 'We stemmen de planning af met thema 2.')],
  ['a year in a goal list item', themas('In 2029 is het aantal starterswoningen verdubbeld.', 'We bouwen meer.')],
  ['a thema of another document in a list item', themas('Meer woningen voor starters.', 'We sluiten aan bij thema 6 van de Woonagenda van de provincie.')]
]

describeWordings(xrefMissingTarget, defects, clean)

describe('xref-missing-target location', () => {
  it('should point at the reference in a section whose text is not verbatim in the source', async () => {
    const body = ['# 3. Middelen', '', '## Tabel 3.1 Lasten', '', 'Bedragen in euro.', '', '| Post | 2027 |', '|---|---|', '| Personeel | 100 |', '', 'Het verloop per jaar staat in tabel 3.4.']
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(body))
    const messages = file.messages.filter((m) => m.ruleId === 'xref-missing-target')
    expect(messages.map((m) => m.reason)).toEqual([expect.stringContaining('`tabel 3.4`')])
    // The body starts on line 9 of the plan (after the front matter); the sentence is its 11th line.
    expect(messages[0]?.line).toBe(8 + 11)
  })

  it('should point at the reference after a table in a financial chapter', async () => {
    const body = ['# Financiën {.financien}', '', '## Tabel 2 Lasten per jaar', '', 'Bedragen x € 1.000.', '', '| Post | 2027 | 2028 |', '|---|---|---|', '| Personeel | 100 | 110 |', '| Totaal | 100 | 110 |', '', 'De reserves staan per jaar in tabel 7.']
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(body))
    const messages = file.messages.filter((m) => m.ruleId === 'xref-missing-target')
    expect(messages.map((m) => m.reason)).toEqual([expect.stringContaining('`tabel 7`')])
    expect(messages[0]?.line).toBe(8 + 12)
  })
})
