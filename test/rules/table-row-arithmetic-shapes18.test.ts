import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the code: a total row in a table that also has
// a column that does not add up over rows — a mean, a median, an age, a price per unit, a grade,
// a year. The total of such a column is a weighted mean or a range, not a sum, so only the
// additive columns may be checked. Defects: an additive column of such a table whose total is off.
const h = (head: string, sep: string, rows: string[]): string[] => ['# Gegevens', '', head, sep, ...rows]

const defects: BatteryWording[] = [
  ['a length total off beside a mean age', h('| Soort | Lengte | Gemiddelde leeftijd |', '|---|---:|---:|', ['| Betonbuis | 40 km | 52 jaar |', '| Pvc-buis | 25 km | 18 jaar |', '| Gres | 12 km | 61 jaar |', '| Totaal | 79 km | 40 jaar |']), '79'],
  ['a count total off beside a mean score', h('| Wijk | Respondenten | Gemiddeld rapportcijfer |', '|---|---:|---:|', ['| Noord | 210 | 7,1 |', '| Zuid | 185 | 6,8 |', '| Oost | 140 | 7,4 |', '| Totaal | 545 | 7,1 |']), '545'],
  ['an amount total off beside a price per unit', h('| Post | Aantal | Prijs per stuk | Kosten |', '|---|---:|---:|---:|', ['| Banken | 12 | € 900 | € 10.800 |', '| Prullenbakken | 30 | € 250 | € 7.500 |', '| Totaal | 42 | | € 19.300 |']), '19.300'],
  ['a total off beside a median', h('| Kern | Huishoudens | Mediaan inkomen |', '|---|---:|---:|', ['| Aldorp | 1.200 | € 34.000 |', '| Bosch | 950 | € 31.500 |', '| Totaal | 2.250 | € 33.000 |']), '2.250'],
  ['a total off beside a year column', h('| Gebouw | Bouwjaar | Oppervlakte (m²) |', '|---|---:|---:|', ['| Sporthal | 1978 | 2.400 |', '| Zwembad | 1985 | 3.100 |', '| Bibliotheek | 2003 | 1.150 |', '| Totaal | | 6.850 |']), '6.850'],
  ['a total off beside an average per day', h('| Locatie | Bezoekers per jaar | Gemiddeld per dag |', '|---|---:|---:|', ['| Markt | 36.500 | 100 |', '| Haven | 18.250 | 50 |', '| Totaal | 56.750 | 150 |']), '56.750']
]

const clean: CleanWording[] = [
  ['a mean age with a weighted total', h('| Soort | Lengte | Gemiddelde leeftijd |', '|---|---:|---:|', ['| Betonbuis | 40 km | 52 jaar |', '| Pvc-buis | 25 km | 18 jaar |', '| Gres | 12 km | 61 jaar |', '| Totaal | 77 km | 42 jaar |'])],
  ['a mean score in the total row', h('| Wijk | Respondenten | Gemiddeld rapportcijfer |', '|---|---:|---:|', ['| Noord | 210 | 7,1 |', '| Zuid | 185 | 6,8 |', '| Oost | 140 | 7,4 |', '| Totaal | 535 | 7,1 |'])],
  ['an average per day column', h('| Locatie | Bezoekers per jaar | Gemiddeld per dag |', '|---|---:|---:|', ['| Markt | 36.500 | 100 |', '| Haven | 18.250 | 50 |', '| Plein | 7.300 | 20 |', '| Totaal | 62.050 | 170 |'])],
  ['an age column with a mean in the total row', h('| Gebouw | Oppervlakte (m²) | Leeftijd |', '|---|---:|---:|', ['| Sporthal | 2.400 | 48 jaar |', '| Zwembad | 3.100 | 41 jaar |', '| Bibliotheek | 1.150 | 23 jaar |', '| Totaal | 6.650 | 41 jaar |'])],
  ['a median column', h('| Kern | Huishoudens | Mediaan inkomen |', '|---|---:|---:|', ['| Aldorp | 1.200 | € 34.000 |', '| Bosch | 950 | € 31.500 |', '| Veen | 700 | € 29.000 |', '| Totaal | 2.850 | € 32.000 |'])],
  ['a mean waiting time', h('| Team | Meldingen | Gem. wachttijd (dagen) |', '|---|---:|---:|', ['| Jeugd | 320 | 14 |', '| Wmo | 540 | 9 |', '| Schulden | 180 | 21 |', '| Totaal | 1.040 | 13 |'])],
  ['a price per unit with a total row', h('| Post | Aantal | Prijs per stuk | Kosten |', '|---|---:|---:|---:|', ['| Banken | 12 | € 900 | € 10.800 |', '| Prullenbakken | 30 | € 250 | € 7.500 |', '| Lantaarns | 8 | € 1.600 | € 12.800 |', '| Totaal | 50 | € 622 | € 31.100 |'])],
  ['an average household size', h('| Wijk | Woningen | Gemiddelde huishoudgrootte |', '|---|---:|---:|', ['| Noord | 1.400 | 2,4 |', '| Zuid | 1.100 | 2,1 |', '| Oost | 900 | 1,8 |', '| Totaal | 3.400 | 2,1 |'])]
]

describeBattery(tableRowArithmetic, defects, clean, 6)
