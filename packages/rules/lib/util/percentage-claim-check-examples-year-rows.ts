import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a change said as its difference (`met 4 toe`, `met 40 terug`) under a
// table with a row per year: the level it grew from is the cell of the earlier year that lies exactly the difference
// from the later one.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Visitors and performances of a theatre per year.
const theatre = ['| Jaar | Bezoekers | Voorstellingen |', '|---|---|---|', '| 2022 | 4.100 | 30 |', '| 2023 | 4.300 | 40 |', '| 2024 | 4.500 | 44 |', '']
// Members and volunteers of a club per year.
const club = ['| Jaar | Leden | Vrijwilligers |', '|---|---|---|', '| 2022 | 800 | 60 |', '| 2023 | 760 | 50 |', '| 2024 | 700 | 45 |', '']
// Applications and grants per year.
const grants = ['| Jaar | Aanvragen | Toekenningen |', '|---|---|---|', '| 2022 | 300 | 150 |', '| 2023 | 360 | 210 |', '| 2024 | 420 | 240 |', '']
// Two columns that both fell by 40 in 2023: the difference ties the sentence to neither.
const twoFalls = ['| Jaar | Leden | Donateurs |', '|---|---|---|', '| 2022 | 800 | 200 |', '| 2023 | 760 | 160 |', '']

/** Differences under a year table whose percentage holds, or that fit more than one column. */
export const yearRowsOk: RuleExample[] = [
  { title: 'Een groei met een aantal tegenover het jaar ervoor die klopt', text: plan([...theatre, 'Van 2023 op 2024 nam het aantal voorstellingen met 4 toe: een groei van 10 procent.']) },
  { title: 'Een daling met een aantal leden die klopt', text: plan([...club, 'Het aantal leden liep in 2023 met 40 terug, een daling van 5 procent.']) },
  { title: 'Een groei tussen twee genoemde jaren die klopt', text: plan([...grants, 'Tussen 2022 en 2024 kwamen er 120 aanvragen bij, een groei van 40 procent.']) },
  { title: 'Een verschil dat in twee kolommen past: welk niveau is niet te zeggen', text: plan([...twoFalls, 'Het aantal leden liep in 2023 met 40 terug, een daling van 20 procent.']) }
]

/** Differences under a year table whose percentage does not hold. */
export const yearRowsNotOk: RuleExample[] = [
  {
    title: 'Een groei met een aantal tegenover het jaar ervoor die niet klopt',
    text: plan([...theatre, 'Van 2023 op 2024 nam het aantal voorstellingen met 4 toe: een groei van bijna een derde.']),
    expected: ['Percentage `bijna een derde` klopt niet: 4 op 40 is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling met een aantal leden die niet klopt',
    text: plan([...club, 'Het aantal leden liep in 2023 met 40 terug, een daling van 10 procent.']),
    expected: ['Percentage `10 procent` klopt niet: 40 op 800 is 5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei tussen twee genoemde jaren die niet klopt',
    text: plan([...grants, 'Tussen 2022 en 2024 kwamen er 120 aanvragen bij, een groei van 60 procent.']),
    expected: ['Percentage `60 procent` klopt niet: 120 op 300 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei in één jaar die niet klopt',
    text: plan([...grants, 'In 2024 kwamen er 60 aanvragen bij, een groei van 25 procent.']),
    expected: ['Percentage `25 procent` klopt niet: 60 op 360 is 16,7%; pas het percentage of de getallen aan']
  }
]
