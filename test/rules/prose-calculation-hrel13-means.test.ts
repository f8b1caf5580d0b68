import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hrel13 (means): a mean per unit whose terms stand elsewhere: the values in a table column (with
// or without a total row), the total and the count in two columns of a table's total row, or
// stated in sentences before. `gemiddeld N <noun> per <unit>` against the sum of `<noun>` over
// the count of `<unit>`, only when one column or one pair of totals fits. Look-alikes: the mean
// right or within its rounding, a mean over part of the rows, a mean of another noun or another
// time unit, a mean from elsewhere (landelijk), two year columns with no year named.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]
const branches = ['| Vestiging | Uitleningen 2025 |', '|---|---|', '| Centrale bibliotheek | 52.300 |', '| Filiaal Oost | 31.800 |', '| Filiaal Haven | 24.700 |', '']
const wards = ['| Wijk | Meldingen | Afgehandeld binnen termijn |', '|---|---|---|', '| Noord | 610 | 540 |', '| Oost | 380 | 350 |', '| Zuid | 455 | 400 |', '| West | 290 | 260 |', '| Centrum | 415 | 380 |', '| Totaal | 2.150 | 1.930 |', '']
const courses = ['| Locatie | Cursussen | Cursisten | Uren |', '|---|---|---|---|', '| Buurthuis De Pas | 9 | 104 | 180 |', '| Wijkcentrum Lindehof | 11 | 131 | 220 |', '| Bibliotheek | 6 | 77 | 96 |', '| Totaal | 26 | 312 | 496 |', '']
const schools = ['| School | 2024 | 2026 |', '|---|---|---|', '| De Regenboog | 64 | 71 |', '| Het Kompas | 92 | 88 |', '| De Wilgen | 57 | 49 |', '| Sint Jozef | 83 | 80 |', '']

const defects: BatteryWording[] = [
  ['mean of a column without a total row, after the table', body(...branches, 'Per vestiging kwamen we in 2025 uit op gemiddeld 41.000 uitleningen.'), '36.266,67'],
  ['mean of a column, the unit as subject', body(...wards, 'Een wijk telde vorig jaar gemiddeld 520 meldingen.'), '430'],
  ['mean of the column of the year the sentence names', body('Het aantal leerlingen in de schoolzwemles per school:', '', ...schools, 'In 2026 zwommen per school gemiddeld 78 leerlingen mee.'), '72'],
  ['ratio of two totals of the total row', body(...courses, 'Een cursus trok gemiddeld 14 cursisten.'), '12'],
  ['ratio of two totals, the unit first', body(...courses, 'Per cursus gaven de docenten gemiddeld 23 uur les.'), '19,08'],
  ['totals stated in sentences before', body('In 2025 organiseerden de wijkteams 48 bewonersavonden. Daar kwamen in totaal 1.150 bewoners op af.', '', 'Per bewonersavond waren dat gemiddeld zo’n 29 bewoners.'), '23,96'],
  ['mean stated before the table', body('Een buurthuis ontving in 2025 gemiddeld 11.200 bezoekers.', '', '| Buurthuis | Bezoekers 2025 |', '|---|---|', '| De Kroon | 12.400 |', '| Het Baken | 8.900 |', '| De Molen | 7.600 |', '| Zonnehoek | 9.500 |', ''), '9.600'],
  ['mean with ruim in a list of items', body('Het aantal aanvragen per gebied in 2025:', '', '- Noord: 1.240 aanvragen;', '- Midden: 860 aanvragen;', '- Zuid: 1.020 aanvragen.', '', 'Elk gebied behandelde daarmee gemiddeld ruim 1.150 aanvragen.'), '1.040'],
  ['mean of a column in words', body(...wards, 'Gemiddeld kwamen er per wijk zo’n vijfhonderd meldingen binnen.'), '430'],
  ['per unit as a compound of the row noun', body('| Sportpark | Velden | Leden |', '|---|---|---|', '| Noordweide | 6 | 1.450 |', '| De Brink | 4 | 820 |', '| Zuidrand | 5 | 1.130 |', '| Totaal | 15 | 3.400 |', '', 'Per sportveld zijn er gemiddeld 260 leden.'), '226'],
  ['coaches and participants, the mean after a comma', body('| Team | Coaches | Deelnemers |', '|---|---|---|', '| Noord | 3 | 170 |', '| Zuid | 2 | 95 |', '| Totaal | 5 | 265 |', '', 'Alle teams samen bereikten 265 deelnemers, gemiddeld 61 per coach.'), '53'],
  ['mean of rows with a total row, centres', body('| Centrum | Winkels | Bezoekers per zaterdag |', '|---|---|---|', '| Markt | 88 | 12.600 |', '| Kerkplein | 31 | 4.100 |', '| Stationsbuurt | 19 | 2.300 |', '| Totaal | 138 | 19.000 |', '', 'Op een zaterdag komen er per centrum gemiddeld 7.300 bezoekers.'), '6.333,33']
]

const clean: CleanWording[] = [
  ['the column mean right', body(...branches, 'Per vestiging kwamen we in 2025 uit op gemiddeld 36.300 uitleningen.')],
  ['the column mean within zo’n', body(...wards, 'Een wijk telde vorig jaar gemiddeld zo’n 430 meldingen.')],
  ['a mean over part of the rows', body(...wards, 'De drie wijken buiten Noord en Centrum telden gemiddeld 375 meldingen.')],
  ['a mean of another noun', body(...wards, 'Een melding was gemiddeld in 6 werkdagen afgehandeld.')],
  ['another time unit', body(...wards, 'Over het hele jaar kwamen er gemiddeld 41 meldingen per week binnen.')],
  ['a mean from elsewhere', body(...branches, 'Landelijk leent een vestiging gemiddeld 45.000 boeken per jaar uit.')],
  ['two year columns, no year named', body(...schools, 'Per school doen gemiddeld zo’n 75 leerlingen mee.')],
  ['the ratio of totals right', body(...courses, 'Een cursus trok gemiddeld 12 cursisten.')],
  ['the ratio right with ruim', body(...courses, 'Per cursus gaven de docenten gemiddeld ruim 19 uur les.')],
  ['totals before, mean right', body('In 2025 organiseerden de wijkteams 48 bewonersavonden. Daar kwamen in totaal 1.150 bewoners op af.', '', 'Per bewonersavond waren dat gemiddeld zo’n 24 bewoners.')],
  ['a mean per row of one row only', body(...courses, 'In de bibliotheek duurde een cursus gemiddeld 16 uur.')],
  ['a target mean, not a count', body(...wards, 'In 2028 willen we per wijk gemiddeld niet meer dan 350 meldingen.')]
]

describeBattery(proseCalculation, defects, clean, 9)
