import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// hcalc9a: a column that is one column divided by another, under a header that names a mean
// without its unit (`Gemiddelde bijdrage`, `Gem. omvang`) or no mean at all: the rows show which
// two columns it divides. Look-alikes: a mean of something the table does not count (an age, a
// grade), the quotient right in every row, too few rows to show a quotient by themselves.
const table = (head: string, rows: string[]): string[] => ['# Cijfers', '', head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows]

const defects: BatteryWording[] = [
  ['gemiddelde bijdrage, amount then count', table('| Fonds | Toegekend (€) | Aanvragen | Gemiddelde bijdrage (€) |', ['| Sportfonds | 18.000 | 60 | 300 |', '| Cultuurfonds | 9.600 | 32 | 300 |', '| Jeugdfonds | 14.700 | 49 | 350 |', '| Totaal | 42.300 | 141 | 300 |']), '350'],
  ['count then amount, gemiddeld per', table('| Wijk | Woningen | Investering (x € 1.000) | Gemiddeld (x € 1.000) |', ['| Oost | 120 | 3.600 | 30 |', '| West | 80 | 2.000 | 25 |', '| Zuid | 45 | 1.620 | 40 |']), '40'],
  ['gem. header', table('| Vestiging | Bezoeken | Openingsuren | Gem. bezoek per uur |', ['| Markt | 42.000 | 2.100 | 20 |', '| Haven | 18.900 | 1.400 | 13,5 |', '| Dorp | 7.200 | 900 | 9 |']), '9'],
  ['no mean word, four rows keep it', table('| Project | Kosten | Deelnemers | Kosten deelnemer |', ['| Fietsles | 4.800 | 40 | 120 |', '| Zwemles | 9.000 | 60 | 150 |', '| Taalles | 12.600 | 90 | 140 |', '| Kookles | 3.300 | 30 | 110 |', '| Naailes | 2.000 | 25 | 90 |']), '90'],
  ['gemiddelde omvang in hectare', table('| Gebied | Oppervlakte (ha) | Percelen | Gemiddelde omvang (ha) |', ['| Polder | 840 | 120 | 7 |', '| Es | 360 | 90 | 4 |', '| Broek | 450 | 50 | 12 |']), '12'],
  ['gemiddeld aantal, total row wrong', table('| Team | Meldingen | Medewerkers | Gemiddeld aantal |', ['| Noord | 1.800 | 12 | 150 |', '| Zuid | 2.100 | 15 | 140 |', '| Centrum | 2.600 | 20 | 130 |', '| Totaal | 6.500 | 47 | 158 |']), '158'],
  ['gemiddelde waarde with decimals', table('| Soort | Tonnen | Ritten | Gemiddelde lading |', ['| Glas | 96 | 40 | 2,4 |', '| Papier | 210 | 70 | 3,0 |', '| Textiel | 33 | 30 | 1,4 |']), '1,4'],
  ['gemiddelde huur, first row wrong', table('| Complex | Huuropbrengst (€) | Woningen | Gemiddelde huur (€) |', ['| Lindehof | 540.000 | 60 | 8.400 |', '| Eikenlaan | 480.000 | 50 | 9.600 |', '| Beukenrij | 396.000 | 44 | 9.000 |']), '8.400'],
  ['gemiddelde subsidie per row with euro signs', table('| Regeling | Budget | Ontvangers | Gemiddelde subsidie |', ['| Isolatie | € 240.000 | 160 | € 1.500 |', '| Zonnepanelen | € 90.000 | 120 | € 750 |', '| Warmtepomp | € 150.000 | 50 | € 3.500 |']), '3.500'],
  ['gemiddeld bedrag, five rows, one slip', table('| Kern | Uitgaven | Huishoudens | Gemiddeld bedrag |', ['| Aa | 12.000 | 40 | 300 |', '| Bee | 20.000 | 80 | 250 |', '| Cee | 9.000 | 30 | 300 |', '| Dee | 16.000 | 64 | 250 |', '| Ee | 7.000 | 20 | 530 |']), '530'],
  ['gemiddelde duur, minutes', table('| Loket | Minuten | Gesprekken | Gemiddelde duur |', ['| Wonen | 4.500 | 300 | 15 |', '| Zorg | 7.200 | 360 | 20 |', '| Werk | 3.000 | 250 | 14 |']), '14'],
  ['gemiddeld per klas, counts', table('| School | Leerlingen | Klassen | Gemiddelde klas |', ['| De Linde | 336 | 12 | 28 |', '| Het Anker | 250 | 10 | 25 |', '| De Regenboog | 176 | 8 | 24 |']), '24']
]

const clean: Array<[string, string[]]> = [
  ['gemiddelde bijdrage right', table('| Fonds | Toegekend (€) | Aanvragen | Gemiddelde bijdrage (€) |', ['| Sportfonds | 18.000 | 60 | 300 |', '| Cultuurfonds | 9.600 | 32 | 300 |', '| Jeugdfonds | 14.700 | 49 | 300 |', '| Totaal | 42.300 | 141 | 300 |'])],
  ['a mean age beside two counts', table('| Wijk | Inwoners | Woningen | Gemiddelde leeftijd |', ['| Oost | 4.200 | 1.900 | 41 |', '| West | 3.100 | 1.500 | 38 |', '| Zuid | 2.800 | 1.200 | 45 |'])],
  ['a mean grade beside counts', table('| School | Leerlingen | Klassen | Gemiddeld cijfer |', ['| De Linde | 336 | 12 | 7,2 |', '| Het Anker | 250 | 10 | 6,9 |', '| De Regenboog | 176 | 8 | 7,4 |'])],
  ['gem. right', table('| Vestiging | Bezoeken | Openingsuren | Gem. bezoek per uur |', ['| Markt | 42.000 | 2.100 | 20 |', '| Haven | 18.900 | 1.400 | 13,5 |', '| Dorp | 7.200 | 900 | 8 |'])],
  ['a quotient rounded to whole units', table('| Gebied | Oppervlakte (ha) | Percelen | Gemiddelde omvang (ha) |', ['| Polder | 845 | 120 | 7 |', '| Es | 362 | 90 | 4 |', '| Broek | 455 | 50 | 9 |'])],
  ['no mean word, two rows keep a quotient', table('| Project | Kosten | Deelnemers | Score |', ['| Fietsles | 4.800 | 40 | 120 |', '| Zwemles | 9.000 | 60 | 150 |', '| Taalles | 12.600 | 90 | 70 |'])],
  ['a mean from another source', table('| Wijk | Woningen | Investering (x € 1.000) | Gemiddelde WOZ (x € 1.000) |', ['| Oost | 120 | 3.600 | 310 |', '| West | 80 | 2.000 | 285 |', '| Zuid | 45 | 1.620 | 402 |'])],
  ['a product column, not a quotient', table('| Post | Aantal | Prijs | Bedrag |', ['| Banken | 12 | 450 | 5.400 |', '| Afvalbakken | 30 | 220 | 6.600 |', '| Lantaarns | 8 | 1.300 | 10.400 |'])],
  ['gemiddelde huur right with a rounded total', table('| Complex | Huuropbrengst (€) | Woningen | Gemiddelde huur (€) |', ['| Lindehof | 540.000 | 60 | 9.000 |', '| Eikenlaan | 480.000 | 50 | 9.600 |', '| Beukenrij | 396.000 | 44 | 9.000 |', '| Totaal | 1.416.000 | 154 | 9.195 |'])],
  ['a mean duration of another measure', table('| Loket | Minuten | Gesprekken | Gemiddelde wachttijd |', ['| Wonen | 4.500 | 300 | 6 |', '| Zorg | 7.200 | 360 | 9 |', '| Werk | 3.000 | 250 | 4 |'])]
]

describeBattery(tableRowArithmetic, defects, clean, 12)
