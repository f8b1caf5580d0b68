import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a mean `per persoon` of a total over a count of
// people named by their role (person-nouns), also of a total per period (sentence-arithmetic).
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Means per head the rule stays quiet on. */
export const headsOk: RuleExample[] = [
  { title: 'Een gemiddelde per persoon van een aantal rollen dat klopt', text: plan(['De 18 gastouders vingen vorig jaar samen 162 kinderen op, gemiddeld 9 kinderen per persoon.']) },
  { title: 'Een gemiddelde per persoon van uren per week dat klopt', text: plan(['De drie jongerenwerkers draaien samen 96 uur per week, gemiddeld 32 uur per persoon.']) },
  { title: 'Een gemiddelde per persoon bij twee aantallen mensen', text: plan(['De 12 trainers en 30 begeleiders werkten samen 900 uur, gemiddeld 30 uur per persoon.']) }
]

/** Means per head the rule reports. */
export const headsNotOk: RuleExample[] = [
  {
    title: 'Een gemiddelde per persoon van een aantal mantelzorgers',
    text: plan(['De 22 mantelzorgers van de kledingbank werkten samen 1.320 uur, gemiddeld 66 uur per persoon.']),
    expected: [fout('1.320 ÷ 22', '66', '60')]
  },
  {
    title: 'Een gemiddelde per persoon van een samenstelling met -krachten',
    text: plan(['Onze 14 leerkrachten volgden samen 294 uur nascholing, gemiddeld 25 uur per persoon.']),
    expected: [fout('294 ÷ 14', '25', '21')]
  },
  {
    title: 'Een gemiddelde per persoon van een totaal per maand',
    text: plan(['De vijf budgetcoaches besteden samen 60 uur per maand aan hun gezinnen, gemiddeld 15 uur per persoon.']),
    expected: [fout('60 ÷ 5', '15', '12')]
  }
]
