import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a change said by its noun against an earlier year of a table
// (`140, een daling van 30 procent vergeleken met 2023`: share-year-relative-changes).
const table = ['| Locatie | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Binnenbad | 300 | 340 | 360 |', '| Buitenbad | 200 | 160 | 140 |', '| Totaal | 500 | 500 | 500 |', '']
const plan = (line: string): string => example(['# Context', '', ...table, line], 'gemeente: Lindewaarde')

/** Changes against an earlier year that the table bears out. */
export const yearRelativeOk: RuleExample[] = [
  { title: 'Een stijging ten opzichte van een jaarkolom die klopt', text: plan('In 2025 komt het binnenbad op 360, een stijging van 20 procent ten opzichte van 2023.') },
  { title: 'Een daling vergeleken met een jaarkolom die klopt', text: plan('In 2025 trekt het buitenbad nog 140, een daling van 30 procent vergeleken met 2023.') },
  { title: 'Een afname als breuk in vergelijking met een jaarkolom', text: plan('In 2024 trekt het buitenbad 160, een afname van een vijfde in vergelijking met 2023.') }
]

/** Changes against an earlier year that the table contradicts. */
export const yearRelativeNotOk: RuleExample[] = [
  {
    title: 'Een te grote stijging ten opzichte van een jaarkolom',
    text: plan('In 2025 komt het binnenbad op 360 bezoekers, een stijging van ruim 25 procent ten opzichte van 2023.'),
    expected: ['Percentage `ruim 25 procent` klopt niet: van 300 naar 360 is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een te grote daling vergeleken met een jaarkolom',
    text: plan('In 2025 trekt het buitenbad nog 140, een daling van 40 procent vergeleken met 2023.'),
    expected: ['Percentage `40 procent` klopt niet: van 200 naar 140 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een afname in vergelijking met een jaarkolom die kleiner is',
    text: plan('In 2024 trekt het buitenbad 160, een afname van ruim 30 procent in vergelijking met 2023.'),
    expected: ['Percentage `ruim 30 procent` klopt niet: van 200 naar 160 is 20%; pas het percentage of de getallen aan']
  }
]
