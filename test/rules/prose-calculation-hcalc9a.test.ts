import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Helper hcalc9a: a figure per unit (`per inwoner`, `per deelnemer`, `elke rit`) whose dividend
// stands in the sentence or the sentences before, while the count of units was given earlier in
// the section or chapter, in another paragraph (`De gemeente telt 36.200 inwoners.` … `Dat is
// € 290 per inwoner.`), or the count stands in the sentence and the amount in the sentence before
// (`Bij 12.800 ritten per jaar kost elke rit ongeveer € 9.`). Look-alikes: the same quotients
// right, a count of another noun, a fee or cap per unit that is no quotient, a count of a part.

const body = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

// A table of four years in thousands (means per year: groen 2.057,5, meubilair 552,5, totaal 2.610).
const yearTable = ['| Onderdeel | 2021 | 2022 | 2023 | 2024 |', '|---|---|---|---|---|', '| Groen | 1.950 | 2.010 | 2.080 | 2.190 |', '| Straatmeubilair | 520 | 540 | 560 | 590 |', '| Totaal | 2.470 | 2.550 | 2.640 | 2.780 |', '', 'Tabel 2. Uitgaven wijkbeheer (x € 1.000).']

const defects: BatteryWording[] = [
  ['count of residents one paragraph up', body('De gemeente telt 36.200 inwoners, verdeeld over vier kernen.', '', 'Het groenonderhoud kostte in 2025 € 8,4 miljoen. Dat is ruim € 290 per inwoner.'), '290'],
  ['count of residents in the section opening, subsection below', body('Ons dorp heeft 12.900 inwoners en een actief verenigingsleven.', '', '## Sport', '', 'Aan sportaccommodaties geven we jaarlijks € 1,55 miljoen uit. Omgerekend is dat € 150 per inwoner.'), '150'],
  ['count of members after a list paragraph', body('Eind 2025 had de muziekschool 2.350 leerlingen.', '', 'De lessen werden samen 61.100 keer gegeven. Gemiddeld komt dat neer op ruim 31 lessen per leerling.'), '31'],
  ['per participant, count one paragraph up, daarmee', body('Aan de schoolzwemlessen deden 320 kinderen mee.', '', 'De lessen kosten samen € 57.600. Per kind komt dat op € 210.'), '210'],
  ['elke rit, count in the sentence, amount before', body('De wijkbus kostte in 2025 € 96.000. Bij 12.800 ritten per jaar kost elke rit de gemeente ongeveer € 9.'), '9'],
  ['ieder bezoek, count in digits before the amount', body('Het zwembad ontving 84.000 bezoeken. De exploitatiebijdrage van € 546.000 betekent € 8,50 per bezoek.'), '8,50'],
  ['list item, count in an earlier paragraph', body('In 2025 schreven zich 180 cursisten in voor de taalcursus.', '', 'De kosten van de taalcursus:', '', '- docenten en materiaal: € 43.200 in totaal;', '- per cursist: € 260.'), '260'],
  ['count in words one paragraph up', body('Vijftig vrijwilligers houden de buurtmoestuinen bij.', '', 'De gemeente stelt daarvoor € 6.000 per jaar beschikbaar, omgerekend € 150 per vrijwilliger.'), '150'],
  ['households, amount in the paragraph before, komt neer op', body('In 2025 kregen 460 huishoudens een energiebox.', '', 'De boxen kostten samen € 41.400, gemiddeld € 110 per huishouden.'), '110'],
  ['brackets around the per figure', body('Het jeugdfonds steunde vorig jaar 275 kinderen.', '', 'Met een budget van € 60.500 (gemiddeld € 250 per kind) is het fonds bijna uitgeput.'), '250'],
  ['per year and per resident, yearly amount in the sentence before', body('Het programma kost € 720.000 per jaar. Omgerekend naar de 28.800 inwoners geven we per inwoner per jaar € 35 uit.'), '35'],
  ['visits per member, both before', body('De bibliotheek telt 9.400 leden.', '', 'Samen brachten zij 131.600 bezoeken aan de vestigingen, gemiddeld 17 bezoeken per lid.'), '17'],
  ['count two paragraphs up, mean in the next', body('In 2025 stonden 64 marktkramen op de weekmarkt.', '', 'De markt trok veel publiek.', '', 'De kramen betaalden samen € 83.200 aan marktgeld, gemiddeld € 1.450 per kraam.'), '1.450'],
  ['a mean per year of the total row of a table above', body(...yearTable, '', 'Over deze vier jaar samen besteedden we gemiddeld € 3,1 miljoen per jaar aan de wijken.'), '3,1'],
  ['a mean per year of a named row', body(...yearTable, '', 'Aan straatmeubilair ging in vier jaar gemiddeld € 640.000 per jaar op.'), '640.000'],
  ['a mean per year over a named span', body(...yearTable, '', 'In de periode 2021-2024 kostte het groen gemiddeld € 2,4 miljoen per jaar.'), '2,1'],
  ['the mean first, the years after', body(...yearTable, '', 'Gemiddeld € 3.150.000 per jaar gaven we de afgelopen vier jaren uit.'), '3.150.000']
]

const clean: CleanWording[] = [
  ['a mean per year of the total row right', body(...yearTable, '', 'Over deze vier jaar samen besteedden we gemiddeld € 2,6 miljoen per jaar aan de wijken.')],
  ['a mean over another number of years', body(...yearTable, '', 'Over de laatste twee jaar besteedden we gemiddeld € 3,1 miljoen per jaar aan de wijken.')],
  ['a mean per year of a named row right', body(...yearTable, '', 'Aan straatmeubilair ging in vier jaar gemiddeld € 552.500 per jaar op.')],
  ['a mean per year of something the table does not hold', body(...yearTable, '', 'Landelijk besteden gemeenten in vier jaar gemiddeld € 2,2 miljoen per jaar aan hun wijken.')],
  ['residents one paragraph up, right', body('De gemeente telt 36.200 inwoners, verdeeld over vier kernen.', '', 'Het groenonderhoud kostte in 2025 € 8,4 miljoen. Dat is ruim € 230 per inwoner.')],
  ['a per-resident figure of another place', body('De gemeente telt 36.200 inwoners.', '', 'Het groenonderhoud kostte in 2025 € 8,4 miljoen. Landelijk geven gemeenten gemiddeld € 110 per inwoner uit aan groen.')],
  ['a fee per member, no quotient', body('Eind 2025 had de muziekschool 2.350 leerlingen.', '', 'De lessen kosten samen € 1,1 miljoen. De ouderbijdrage is € 180 per leerling.')],
  ['a cap per participant', body('Aan de schoolzwemlessen deden 320 kinderen mee.', '', 'De lessen kosten samen € 57.600. We vergoeden maximaal € 250 per kind.')],
  ['elke rit right', body('De wijkbus kostte in 2025 € 96.000. Bij 12.800 ritten per jaar kost elke rit de gemeente ongeveer € 7,50.')],
  ['a count of a part', body('De bibliotheek telt 9.400 leden.', '', 'De 2.100 jeugdleden brachten samen 39.900 bezoeken, gemiddeld 19 bezoeken per lid.')],
  ['the count of another year', body('In 2023 had het jeugdfonds 275 kinderen in beeld.', '', 'In 2025 steunde het fonds 340 kinderen met € 60.500, gemiddeld € 178 per kind.')],
  ['a target per resident', body('De gemeente telt 36.200 inwoners.', '', 'In 2030 willen we € 40 per inwoner aan cultuur besteden; nu is dat € 1,1 miljoen.')],
  ['per household right', body('In 2025 kregen 460 huishoudens een energiebox.', '', 'De boxen kostten samen € 41.400, gemiddeld € 90 per huishouden.')],
  ['a per unit price from a tariff', body('Het zwembad ontving 84.000 bezoeken.', '', 'De exploitatiebijdrage is € 546.000. Een los kaartje kost € 6,50 per bezoek.')],
  ['per volunteer right in words', body('Vijftig vrijwilligers houden de buurtmoestuinen bij.', '', 'De gemeente stelt daarvoor € 6.000 per jaar beschikbaar, omgerekend € 120 per vrijwilliger.')],
  ['a subset by noun in the same paragraph', body('De gemeente telt 36.200 inwoners.', '', 'Voor de 5.800 inwoners boven de 75 jaar is € 870.000 beschikbaar, € 150 per oudere inwoner.')],
  ['a part counted in brackets in the mean\'s sentence', body('In 2025 kwamen 410 verzoeken om een tegemoetkoming binnen.', '', 'De goedgekeurde verzoeken (215) kostten samen € 64.500, gemiddeld € 300 per verzoek.')],
  ['a mean over a listed group right', body('Eind 2025 had de muziekschool 2.350 leerlingen.', '', 'De lessen werden samen 61.100 keer gegeven. Gemiddeld komt dat neer op 26 lessen per leerling.')]
]

describeBattery(proseCalculation, defects, clean, 14)
