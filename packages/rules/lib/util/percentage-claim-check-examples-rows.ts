import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share said under a table of a row (or, in a table of
// years, a column) the sentence names, without numbers of its own: read against every share the row's cells give.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Permits per district: applications and permits granted.
const permits = ['| Wijk | Aanvragen | Toegekend |', '|---|---|---|', '| Noord | 120 | 90 |', '| Zuid | 80 | 20 |', '| Totaal | 200 | 110 |', '']
// Reports about the street per kind and year.
const reports = ['| Soort melding | 2024 | 2025 |', '|---|---|---|', '| Losliggende tegels | 140 | 150 |', '| Kapotte lantaarnpalen | 60 | 48 |', '| Totaal | 200 | 198 |', '']
// Members per age group, and how many of them take part.
const members = ['| Leeftijd | Leden | Actief |', '|---|---|---|', '| 6-11 jaar | 200 | 150 |', '| 12-17 jaar | 160 | 40 |', '| Totaal | 360 | 190 |', '']
// Members per library branch.
const branches = ['| Vestiging | Leden |', '|---|---|', '| Centrum | 1.200 |', '| Haven | 500 |', '| Dorp | 300 |', '| Totaal | 2.000 |', '']
// Reports per year, and how many were solved within a week.
const yearly = ['| Jaar | Meldingen | Binnen een week opgelost |', '|---|---|---|', '| 2023 | 400 | 300 |', '| 2024 | 500 | 350 |', '| 2025 | 450 | 351 |', '']

// The same table in a finance chapter, where the model keeps the sentences under it as the table's explanation.
const finance = (sentence: string): string => example(['# Financiën', '', '## Leden per vestiging', '', ...branches, sentence], 'gemeente: Lindewaarde')

/** Shares of a named row the rule stays quiet on. */
export const rowsOk: RuleExample[] = [
  {
    title: 'De grootste rijen samen onder een tabel in het hoofdstuk financiën',
    text: finance('De twee grootste vestigingen hebben samen 85 procent van de leden.')
  },
  {
    title: 'Twee rijen samen',
    text: plan([...branches, 'Haven en Dorp hebben samen twee vijfde van de leden.'])
  },
  {
    title: 'De kleinste rijen samen',
    text: plan([...branches, 'De twee kleinste vestigingen hebben samen 40 procent van de leden.'])
  },
  {
    title: 'Een deel binnen de rij die de zin noemt',
    text: plan([...permits, 'In Zuid kreeg een kwart van de aanvragers een vergunning.'])
  },
  {
    title: 'Een grens, geen aandeel van de rij',
    text: plan([...permits, 'In Zuid blijft het aandeel toekenningen onder de 30 procent.'])
  },
  {
    title: 'Een verandering tussen de jaarkolommen van de rij',
    text: plan([...reports, 'Het aantal meldingen over kapotte lantaarnpalen nam met een vijfde af.'])
  },
  {
    title: 'Een deel van een leeftijdsgroep binnen haar rij',
    text: plan([...members, 'Bij de leden van 12 tot 17 jaar is een kwart actief.'])
  },
  {
    title: 'Een deel binnen een jaar van een tabel met een rij per jaar',
    text: plan([...yearly, 'In 2025 werd ruim driekwart van de meldingen binnen een week opgelost.'])
  }
]

/** Shares of a named row the rule reports. */
export const rowsNotOk: RuleExample[] = [
  {
    title: 'Rijen samen onder een tabel in het hoofdstuk financiën',
    text: finance('De twee kleinste vestigingen hebben samen ruim de helft van de leden.'),
    expected: ['Percentage `ruim de helft` klopt niet: 800 van 2000 (Haven en Dorp) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'De grootste rijen samen',
    text: plan([...branches, 'De twee grootste vestigingen hebben samen ruim 90 procent van de leden.']),
    expected: ['Percentage `ruim 90 procent` klopt niet: 1700 van 2000 (Centrum en Haven) is 85%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel dat geen enkele lezing van de rij geeft',
    text: plan([...permits, 'In Zuid kreeg bijna de helft van de aanvragers een vergunning.']),
    expected: ['Percentage `bijna de helft` klopt niet: 80 van 200 (Zuid) is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van een leeftijdsgroep die de zin in eigen woorden noemt',
    text: plan([...members, 'Bij de leden van 12 tot 17 jaar is ruim de helft actief.']),
    expected: ['Percentage `ruim de helft` klopt niet: 160 van 360 (12-17 jaar) is 44,4%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging van een kolom in een tabel met een rij per jaar',
    text: plan([...yearly, 'Het aantal meldingen steeg in 2024 met 40 procent.']),
    expected: ['Percentage `40 procent` klopt niet: van 400 naar 500 (Meldingen) is 25%; pas het percentage of de getallen aan']
  }
]
