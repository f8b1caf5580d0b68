import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a change said of `het aantal` without a noun, under a year table with one
// column of counts: that column is what the sentence counts.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Enrolments of a music school per year.
const enrolments = ['| Jaar | Inschrijvingen |', '|---|---|', '| 2022 | 410 |', '| 2023 | 450 |', '| 2024 | 500 |', '']
// Library loans per year, for a change over the whole span.
const loans = ['| Jaar | Uitleningen |', '|---|---|', '| 2021 | 9.000 |', '| 2022 | 9.800 |', '| 2023 | 10.400 |', '| 2024 | 12.000 |', '']
// Reports per year, for a change against the year before.
const reports = ['| Jaar | Meldingen |', '|---|---|', '| 2023 | 640 |', '| 2024 | 600 |', '| 2025 | 480 |', '']
// Two columns of counts: a bare `het aantal` names neither.
const twoColumns = ['| Jaar | Inschrijvingen | Lessen |', '|---|---|---|', '| 2022 | 410 | 30 |', '| 2023 | 450 | 36 |', '| 2024 | 500 | 45 |', '']

/** Changes of a bare `het aantal` whose percentage holds, or that name no one column. */
export const bareCountsOk: RuleExample[] = [
  { title: 'Een stijging van het aantal tussen twee jaren van de tabel die klopt', text: plan([...enrolments, 'In 2024 steeg het aantal met ruim 11% ten opzichte van 2023.']) },
  { title: 'Een groei in woorden over de hele tabel die klopt', text: plan([...loans, 'Tussen 2021 en 2024 nam het aantal met een derde toe.']) },
  { title: 'Een daling tegenover een jaar eerder die klopt', text: plan([...reports, 'In 2025 daalde het aantal met 20% ten opzichte van een jaar eerder.']) },
  { title: 'Het aantal onder een tabel met twee kolommen van aantallen: welke is niet gezegd', text: plan([...twoColumns, 'In 2024 steeg het aantal met 25% ten opzichte van 2023.']) },
  { title: 'Het aantal van iets dat de tabel niet telt', text: plan([...enrolments, 'In 2024 steeg het aantal vrijwilligers met 20% ten opzichte van 2023.']) }
]

/** Changes of a bare `het aantal` whose percentage does not hold. */
export const bareCountsNotOk: RuleExample[] = [
  {
    title: 'Een stijging van het aantal tussen twee jaren van de tabel die niet klopt',
    text: plan([...enrolments, 'In 2024 steeg het aantal met 20% ten opzichte van 2023.']),
    expected: ['Percentage `20%` klopt niet: van 450 (2023) naar 500 (2024) is 11,1%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei in woorden over de hele tabel die niet klopt',
    text: plan([...loans, 'Tussen 2021 en 2024 nam het aantal met de helft toe.']),
    expected: ['Percentage `de helft` klopt niet: van 9.000 (2021) naar 12.000 (2024) is 33,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling tegenover een jaar eerder die niet klopt',
    text: plan([...reports, 'In 2025 daalde het aantal met 30% ten opzichte van een jaar eerder.']),
    expected: ['Percentage `30%` klopt niet: van 600 (2024) naar 480 (2025) is 20%; pas het percentage of de getallen aan']
  }
]
