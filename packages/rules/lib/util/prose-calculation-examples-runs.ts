import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a sum of counts whose later counts leave their noun out (`… 14
// fietsen gestolen en 9 vernield, samen …`) with the total named by a wider noun, and for a yearly
// number over two years joined by `en` that the sentence says happens in each of them (`elk jaar`).
const plan = (lines: string[]): string => example(['# Stand van zaken', '', ...lines], 'gemeente: Lindewaarde')

/** Sums with a left-out noun and totals over two named years that hold, and look-alikes that are no such sum or total. */
export const runsOk: RuleExample[] = [
  { title: 'Tellingen zonder herhaald zelfstandig naamwoord die samen kloppen', text: plan(['Bij de storm zijn 14 lantaarnpalen omgewaaid en 9 beschadigd, samen 23 masten.']) },
  { title: 'Mensen tegen fte: geen som', text: plan(['Het wijkteam heeft 11 medewerkers voor jeugd, 6 voor schulden en 4 voor wonen, samen 17 fte.']) },
  { title: 'Tellingen van twee soorten zonder eenheid in de som', text: plan(['In de haven liggen 36 sloepen en 12 kano’s, samen 48 boten.']) },
  { title: 'Twee jaren met ieder jaar een lengte en een totaal dat klopt', text: plan(['In 2029 en 2030 schonen we ieder jaar 900 meter greppel, in totaal 1.800 meter.']) },
  { title: 'Twee jaren vergeleken, zonder elk jaar: geen totaal over de jaren', text: plan(['In 2023 en 2026 telden we 420 broedparen, samen met de buurgemeente 900.']) },
  { title: 'Twee jaren met in elk van die jaren een bedrag en een totaal dat klopt', text: plan(['In 2026 en 2029 geven we in elk van die jaren € 42.000 uit aan de peiling, in totaal € 84.000.']) }
]

/** Sums with a left-out noun and totals over two named years that do not hold. */
export const runsNotOk: RuleExample[] = [
  {
    title: 'Tellingen zonder herhaald zelfstandig naamwoord met een som die niet klopt',
    text: plan(['Bij de storm zijn 14 lantaarnpalen omgewaaid en 9 beschadigd, samen 27 masten.']),
    expected: ['Berekening `14 + 9 = 27` klopt niet: de uitkomst is `23`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Drie tellingen waarvan twee zonder zelfstandig naamwoord, in totaal',
    text: plan(['Dit voorjaar werden 58 nestkasten opgehangen, 17 schoongemaakt en 6 vervangen, in totaal 91 kasten.']),
    expected: ['Berekening `58 + 17 + 6 = 91` klopt niet: de uitkomst is `81`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Twee jaren met ieder jaar een lengte en een totaal dat niet klopt',
    text: plan(['In 2029 en 2030 schonen we ieder jaar 900 meter greppel, in totaal 2.000 meter.']),
    expected: ['Berekening `900 × 2 = 2.000` klopt niet: de uitkomst is `1.800`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Twee jaren met elk jaar een aantal en een totaal dat niet klopt',
    text: plan(['In 2026 en 2027 zaaien we elk jaar 45 akkers in, samen 110 akkers.']),
    expected: ['Berekening `45 × 2 = 110` klopt niet: de uitkomst is `90`; herstel de berekening of de uitkomst']
  }
]
