import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A product column whose header gives its own unit (`Totaal (x € 1.000)`) beside a count and a
// price in euros: the product was compared in euros, so no row kept it and a wrong row went
// unseen. The header's unit now scales the product of that column.
const t = (rows: string[]): string[] => ['# Uitvoering', '', ...rows]
const dakken = (fourth: string): string[] => ['| Wijk | Daken | Prijs per dak | Bedrag (x € 1.000) |', '|---|---|---|---|', '| Heuvelrand | 310 | € 8.200 | 2.542 |', '| Molenveld | 145 | € 9.600 | 1.392 |', '| Slotzicht | 220 | € 7.400 | 1.628 |', `| Brugkwartier | 95 | € 12.000 | ${fourth} |`]
const uren = (second: string): string[] => ['| Team | Uren | Tarief per uur | Kosten (x € 1.000) |', '|---|---|---|---|', '| Handhaving | 6.400 | € 85 | 544 |', `| Toezicht | 3.200 | € 92 | ${second} |`, '| Beheer | 4.800 | € 70 | 336 |']
const scholen = (third: string): string[] => ['| Project | Scholen | Bijdrage per school | Totaal (x € 1 mln) |', '|---|---|---|---|', '| Ventilatie | 12 | € 250.000 | 3,0 |', '| Zonnepanelen | 18 | € 120.000 | 2,16 |', `| Schoolpleinen | 9 | € 180.000 | ${third} |`]

const defects: DefectWording[] = [
  ['a product in thousands, one row off by a hundred', t(dakken('1.240')), '= 1.140`'],
  ['hours times a rate per hour, in thousands', t(uren('304')), '= 294,4`'],
  ['a product in millions', t(scholen('1,8')), '= 1,62`']
]

const clean: CleanWording[] = [
  ['a product in thousands that holds', t(dakken('1.140'))],
  ['a product in thousands rounded to the thousand', t(uren('294'))],
  ['a product in millions that holds', t(scholen('1,62'))],
  // Both the price and the result in thousands: the units cancel.
  ['a price and a total both in thousands', t(['| Gebouw | Aantal | Prijs (x € 1.000) | Totaal (x € 1.000) |', '|---|---|---|---|', '| Gymzaal | 3 | 850 | 2.550 |', '| Sporthal | 2 | 2.400 | 4.800 |', '| Kleedruimte | 6 | 120 | 720 |'])],
  // A column in thousands beside counts only: no price, no product to judge.
  ['counts beside an amount in thousands', t(['| Wijk | Woningen | Huishoudens | Budget (x € 1.000) |', '|---|---|---|---|', '| Noord | 1.200 | 1.150 | 340 |', '| Zuid | 900 | 870 | 410 |', '| West | 1.600 | 1.540 | 290 |'])]
]

describeWordings(tableRowArithmetic, defects, clean)
