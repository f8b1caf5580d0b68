import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a new value beside the one it replaces
// (`in plaats van`, `was`, `daarvan nog`) and the size of the change after them (instead-changes).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Replaced values and changes the rule stays quiet on. */
export const insteadOk: RuleExample[] = [
  { title: 'Een nieuw bedrag in plaats van het oude, met het juiste verschil', text: plan(['De bijdrage aan het muziekfestival wordt vanaf 2028 € 18.000 per jaar in plaats van € 21.500: een verlaging van € 3.500.']) },
  { title: 'Het oude bedrag in de zin ervoor en wat er nog van nodig is, dat klopt', text: plan(['Vorig jaar kostte het strooien van de fietspaden € 84.000. Met de nieuwe route is daarvan nog € 61.000 nodig, een besparing van € 23.000.']) },
  { title: '`In plaats van` vooraan, met het juiste verschil', text: plan(['In plaats van € 7.200 betaalt elke sportclub straks € 6.300 huur, een verlaging van € 900.']) },
  { title: 'Een nieuw bedrag in plaats van het oude en wat het scheelt, dat klopt', text: plan(['De subsidie voor de speeltuinvereniging wordt € 12.400 in plaats van € 10.900, dat scheelt € 1.500.']) },
  { title: 'Een verschil met iets anders (`minder dan`) is geen verandering', text: plan(['De zwemles kost € 140 in plaats van € 155, € 10 minder dan in de buurgemeente.']) },
  { title: 'Een bedrag per maand en het verschil per jaar', text: plan(['De huur van de loods wordt € 950 per maand in plaats van € 900; dat scheelt € 600 per jaar.']) }
]

/** Replaced values and changes the rule reports. */
export const insteadNotOk: RuleExample[] = [
  {
    title: 'Een nieuw bedrag in plaats van het oude en een verlaging die niet het verschil is',
    text: plan(['De bijdrage aan het muziekfestival wordt vanaf 2028 € 18.000 per jaar in plaats van € 21.500: een verlaging van € 4.500.']),
    expected: [fout('21.500 − 18.000', '4.500', '3.500')]
  },
  {
    title: 'Het oude bedrag in de zin ervoor, wat er nog van nodig is en een besparing die niet klopt',
    text: plan(['Vorig jaar kostte het strooien van de fietspaden € 84.000. Met de nieuwe route is daarvan nog € 61.000 nodig, een besparing van € 27.000.']),
    expected: [fout('84.000 − 61.000', '27.000', '23.000')]
  },
  {
    title: 'Een nieuw bedrag in plaats van het oude en wat het scheelt, dat niet klopt',
    text: plan(['De subsidie voor de speeltuinvereniging wordt € 12.400 in plaats van € 10.900, dat scheelt € 1.900.']),
    expected: [fout('12.400 − 10.900', '1.900', '1.500')]
  }
]
