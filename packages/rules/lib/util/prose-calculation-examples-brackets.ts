import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for parts with their quantity in brackets and a
// total after them (bracketed-part-sums), and a figure per unit with its whole and count in a
// bracket after it (bracketed-quotients).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Bracketed parts the rule stays quiet on. */
export const bracketsOk: RuleExample[] = [
  { title: 'Delen tussen haakjes met een totaal dat klopt, een deel met zijn eigen totaal', text: plan(['Het wijkteam bestaat uit twee adviseurs (samen 1,4 fte) en een jurist (0,8 fte), samen 2,2 fte.']) },
  { title: 'Een deel per persoon tussen haakjes is geen deel van het totaal', text: plan(['Er komen twee buurtcoaches (elk 0,5 fte) en een jurist (0,8 fte), samen 1,8 fte.']) },
  { title: 'Delen die onder andere meetellen', text: plan(['Het team telt onder andere een adviseur (0,9 fte) en een jurist (0,8 fte), samen 2,5 fte.']) },
  { title: 'Een totaal van iets anders dan de delen', text: plan(['De kantine (80 m²) en de kleedkamers (120 m²) gebruiken samen 14 verenigingen.']) },
  { title: 'Een bedrag per eenheid met geheel en aantal tussen haakjes dat klopt', text: plan(['Per school komt de bijdrage daarmee op € 2.500 (€ 60.000 voor 24 scholen).']) },
  { title: 'Een aantal van iets anders dan de eenheid tussen haakjes', text: plan(['De bijdrage per woning komt uit op € 900 (€ 36.000 voor 40 aanvragen).']) },
  { title: 'Een afgerond bedrag per eenheid', text: plan(['Per deelnemer kost de cursus € 433 (€ 5.200 voor twaalf deelnemers).']) }
]

/** Bracketed parts the rule reports. */
export const bracketsNotOk: RuleExample[] = [
  {
    title: 'Twee delen in fte tussen haakjes met een totaal',
    text: plan(['Het wijkteam bestaat uit een adviseur (0,9 fte) en een jurist (0,8 fte), samen 1,9 fte.']),
    expected: [fout('0,9 + 0,8', '1,9', '1,7')]
  },
  {
    title: 'Een deel met zijn eigen totaal tussen haakjes',
    text: plan(['Voor de bibliotheek zetten we twee mediacoaches (samen 1,2 fte) en een leesconsulent (0,6 fte) in, in totaal 2,0 fte.']),
    expected: [fout('1,2 + 0,6', '2,0', '1,8')]
  },
  {
    title: 'Drie oppervlakten tussen haakjes met een totaal',
    text: plan(['De gymzaal (400 m²), de sporthal (1.200 m²) en de dansstudio (150 m²) beslaan bij elkaar 1.850 m².']),
    expected: [fout('400 + 1.200 + 150', '1.850', '1.750')]
  },
  {
    title: 'Een bedrag per eenheid na Per met geheel en aantal tussen haakjes',
    text: plan(['Per school komt de bijdrage daarmee op € 3.000 (€ 60.000 voor 24 scholen).']),
    expected: [fout('60.000 ÷ 24', '3.000', '2.500')]
  },
  {
    title: 'Een bedrag per eenheid met het geheel over een aantal tussen haakjes',
    text: plan(['De bijdrage per woning komt uit op € 800 (€ 36.000 over 40 woningen).']),
    expected: [fout('36.000 ÷ 40', '800', '900')]
  },
  {
    title: 'Een huur per eenheid met het totaal tussen haakjes',
    text: plan(['De huur per standplaats bedraagt € 450 (€ 9.900 voor 20 standplaatsen).']),
    expected: [fout('9.900 ÷ 20', '450', '495')]
  }
]
