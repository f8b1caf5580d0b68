import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a rate per week for each of a counted unit over
// a number of weeks, with the total (weekly-unit-products): three factors, some in the sentences before.
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Weekly products the rule stays quiet on. */
export const weeklyUnitsOk: RuleExample[] = [
  { title: 'Een aantal per week per eenheid over weken dat klopt, met een groter geheel ervoor', text: plan(['De gemeente telt 12 wijkcentra. In vijf wijkcentra ontbreekt een beheerder. Een opbouwwerker houdt er elke week 4 spreekuren per wijkcentrum; over 40 werkweken zijn dat 800 spreekuren.']) },
  { title: 'Een aantal per week op elke eenheid, weken en eenheden in de zin erna, dat klopt', text: plan(['In 2025 deden 9 sporthallen mee aan de proef. Op elke sporthal is een buurtsportcoach twee avonden per week aanwezig. Over 36 weken en zes sporthallen zijn dat 432 avonden.']) },
  { title: 'Uren per week over weken met iets erbij', text: plan(['Er komen drie wijkconsulenten voor de 1.200 huishoudens in de wijk. Elke consulent werkt 18 uur per week, 44 weken per jaar, plus 60 uur scholing; samen is dat 2.436 uur per jaar.']) }
]

/** Weekly products the rule reports. */
export const weeklyUnitsNotOk: RuleExample[] = [
  {
    title: 'Een aantal per week per eenheid over weken, de eenheden in de zin ervoor',
    text: plan(['De gemeente telt 12 wijkcentra. In vijf wijkcentra ontbreekt een beheerder. Een opbouwwerker houdt er elke week 4 spreekuren per wijkcentrum; over 40 werkweken zijn dat 720 spreekuren.']),
    expected: [fout('4 × 40 × 5', '720', '800')]
  },
  {
    title: 'Een aantal per week op elke eenheid, weken en eenheden in de zin erna',
    text: plan(['In 2025 deden 9 sporthallen mee aan de proef. Op elke sporthal is een buurtsportcoach twee avonden per week aanwezig. Over 36 weken en zes sporthallen zijn dat 380 avonden.']),
    expected: [fout('2 × 36 × 6', '380', '432')]
  },
  {
    title: 'Uren per week van elke medewerker over weken, de medewerkers in de zin ervoor',
    text: plan(['Er komen drie wijkconsulenten voor de 1.200 huishoudens in de wijk. Elke consulent werkt 18 uur per week, 44 weken per jaar; samen is dat 2.700 uur per jaar.']),
    expected: [fout('18 × 44 × 3', '2.700', '2.376')]
  }
]
