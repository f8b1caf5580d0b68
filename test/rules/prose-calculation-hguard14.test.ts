import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Battery hguard14, written before reading the guards: a wrong product of a rate and a count
// whose stated result happens to equal (or round to) a sum or difference of numbers of other
// units (cm per year plus years, euros plus hours), or a product whose units do not give the
// result's unit (a perimeter in m given as m²); and a result followed by its calculation in
// brackets. Look-alikes: the same products right, a real sum of one unit next to a rate, a
// perimeter given in metres, bracketed calculations that hold.
// Start code (027742a): 1/14 of the first wordings caught (6/27 of all, the later ones measured on
// main with the probe); all look-alikes quiet. After unit-aware other readings and bracketed
// calculations: 15/27, all 26 look-alikes quiet. Open: slips further than the product band
// (a result a third or more off), counts whose noun the sentence reader takes for a verb
// (`9 bezoeken`), m² results (the sentence reader reads `m²` as `m`).

const wrong: WrongCalculation[] = [
  ['cm per year over years, the sum of cm and years rounds to the result', ['Bij 2,5 cm per jaar zakt de kade in zes jaar 9 cm.'], '9'],
  ['m³ per hour times hours, result equals rate plus hours', ['De pomp verzet 40 m³ per uur; in 8 uur is dat 48 m³.'], '48'],
  ['hours per week over weeks in words, result equals a sum', ['Een vrijwilliger helpt 6 uur per week, over twintig weken dus 26 uur.'], '26'],
  ['euros per pupil times pupils, euros plus pupils', ['Per leerling trekken we € 35 uit; voor 60 leerlingen is dat € 95.'], '95'],
  ['price per m² times area, across two sentences', ['Het tarief is € 12 per m². Voor de 150 m² van het dak komt dat op € 162.'], '162'],
  ['rides per day times days per week, result first', ['Per week zijn het 19 ritten: 14 ritten per dag, 5 dagen per week.'], '19'],
  ['kWh per lamp times lamps, count in the lead line of a list', ['Verbruik van de nieuwe armaturen:', '', '- 250 lampen van 3 kWh per nacht, samen 253 kWh per nacht;', '- de verlichting van het plein staat apart.'], '253'],
  ['a yearly drop in words over years, result rounds a sum', ['De dijk zakt jaarlijks 0,8 cm. Over vijftien jaar betekent dat nog eens 16 cm.'], '16'],
  ['a length per day over days, result difference of days and rate', ['De ploeg legt 120 meter kabel per dag; in 4 dagen is dat 116 meter.'], '116'],
  ['area in m² given as the perimeter', ['Het nieuwe speelveld meet 30 bij 40 meter, samen 140 m².'], '140'],
  ['bracketed hours at a rate, result equals hours plus rate', ['De inspectie kost € 135 (15 uur à € 120).'], '135'],
  ['bracketed hectares at a price', ['Het maaien van de dijkhellingen kost € 2.400 (30 ha tegen € 70 per ha).'], '2.400'],
  ['bracketed length times width', ['De nieuwe laag beslaat 5.400 m² (40 m bij 120 m).'], '5.400'],
  // Written after reading the band of the product reader (a result within 30 % of the product):
  // slips of that size that a sum of other units explains.
  ['a yearly drop in mm over years, the sum rounds to the result', ['De kade zakt 1,2 cm per jaar; in tien jaar is dat 11 cm.'], '11'],
  ['hours per week over weeks, the sum is the result', ['Een vrijwilliger werkt 2 uur per week; in vier weken zijn dat 6 uur.'], '6'],
  ['tonnes per round over rounds in words', ['De strooiwagen gebruikt 1,5 ton zout per ronde; voor twaalf rondes is dat 14 ton.'], '14'],
  ['hectares per day over days in words', ['Het maaiteam doet 1,7 hectare per dag, in zeven dagen dus 9 hectare.'], '9'],
  ['euros per kilometer over a trip', ['De vergoeding is € 1,25 per kilometer; voor een rit van 8 km krijgt de chauffeur € 9.'], '9'],
  ['a weight per container and the count in the next sentence', ['Per container halen we 1,3 ton grof afval op. Met 11 containers komt dat op 12 ton.'], '12'],
  ['hours per visit in a list item', ['Begeleiding per wijk:', '', '- Oost: 1,5 uur per bezoek, 9 bezoeken, samen 10 uur;', '- West: 1,5 uur per bezoek, 4 bezoeken, samen 6 uur.'], '10'],
  ['result first, a volume per tree for a count of trees', ['Er is 14 m³ plantgrond nodig: 1,6 m³ per boom voor 12 bomen.'], '14'],
  ['bracketed hours tegen a rate per hour', ['Voor het snoeiwerk reserveren we € 9.800 (70 uur tegen € 130 per uur).'], '9.800'],
  ['bracketed price per participant and a count', ['De cursus kost de gemeente € 6.300 (€ 45 per deelnemer, 150 deelnemers).'], '6.300'],
  ['bracketed metres at a price per metre, per year', ['Het vegen van de fietspaden kost € 5.100 per jaar (12 km voor € 0,35 per meter).'], '5.100'],
  ['bracket after a word that follows the result', ['De coach is 96 uur beschikbaar (4 uur per week, 26 weken).'], '96'],
  ['bracket mid-sentence after a counted result', ['Het depot levert in totaal 300 zakken (15 zakken per week, 22 weken) aan de scholen.'], '300'],
  ['minutes per visit times visits in a list item', ['Huisbezoeken per wijk:', '', '- Noord: 45 minuten per bezoek, 12 bezoeken, samen 57 minuten;', '- Zuid: 30 minuten per bezoek, 10 bezoeken, samen 300 minuten.'], '57']
]

const right: Array<[string, string[]]> = [
  ['cm per year over years, right', ['Bij 1,4 cm per jaar zakt de kade in tien jaar 14 cm.']],
  ['a sum of one noun next to a rate', ['Per woning is € 40 beschikbaar. Er staan 120 woningen en er komen 30 bij: 150 woningen.']],
  ['a sum of hours per week', ['We werken 6 uur per week met 2 uur extra in de vakanties, samen 8 uur per week.']],
  ['a price per hour plus a surcharge', ['De sporthal kost € 60 per uur; met € 15 schoonmaaktoeslag betalen we € 75 per uur.']],
  ['a difference of two prices per m²', ['Het tarief stijgt van € 12 naar € 14 per m², € 2 per m² meer.']],
  ['a product plus last year’s drop in cm', ['De kade zakt 2 cm per jaar; in 5 jaar is dat 10 cm, met de 3 cm van vorig jaar 13 cm in totaal.']],
  ['length times width in m²', ['Het nieuwe speelveld meet 30 bij 40 meter, samen 1.200 m².']],
  ['the perimeter in metres', ['Het speelveld meet 30 bij 40 meter; het hek eromheen wordt 140 meter.']],
  ['bracketed hours at a rate, right', ['De inspectie kost € 1.800 (15 uur à € 120).']],
  ['bracketed length times width, right', ['De nieuwe laag beslaat 4.800 m² (40 m bij 120 m).']],
  ['a second pump adds m³ per hour', ['De pomp verzet 40 m³ per uur; met een tweede pomp van 8 m³ per uur is dat 48 m³ per uur.']],
  ['rides per day times days, rounded', ['Per week zijn het zo’n 70 ritten: 14 ritten per dag, 5 dagen per week.']],
  ['hours per week plus extra hours', ['We plannen 2 uur per week en 4 uur extra in de vakantie, samen 6 uur.']],
  ['hectares per day over days, right', ['Het maaiteam doet 1,7 hectare per dag, in zeven dagen dus 11,9 hectare.']],
  ['a weight per container, rounded after ruim', ['Per container halen we 1,3 ton grof afval op. Met 11 containers komt dat op ruim 14 ton.']],
  ['euros per hour plus a fixed fee per shift', ['Een vrijwilliger krijgt € 1,50 per uur en per dienst € 12 reiskosten, samen € 13,50 per dienst.']],
  ['tonnes in stock plus tonnes in the truck', ['De strooiwagen gebruikt 1,5 ton zout per ronde; met 12 ton in het depot en 1,5 ton in de wagen hebben we 13,5 ton.']],
  ['bracketed hours tegen a rate, right', ['Voor het snoeiwerk reserveren we € 9.100 (70 uur tegen € 130 per uur).']],
  ['bracketed price per participant, right', ['De cursus kost de gemeente € 6.750 (€ 45 per deelnemer, 150 deelnemers).']],
  ['bracketed parts of an amount', ['De bijeenkomst kost € 4.000 (€ 2.500 voor de zaal en € 1.500 voor de catering).']],
  ['bracketed years after an amount', ['Voor de proef is € 12.000 nodig (2027 en 2028).']],
  ['bracketed rate without a count', ['De contributie levert € 8.000 per jaar op (€ 25 per lid).']],
  ['bracketed metres at a price per metre, right', ['Het vegen van de fietspaden kost € 4.200 per jaar (12 km voor € 0,35 per meter).']],
  ['bracket after a word that follows the result, right', ['De coach is 104 uur beschikbaar (4 uur per week, 26 weken).']],
  ['bracketed reference after an amount', ['Voor onderhoud is € 40.000 per jaar nodig (zie paragraaf 3 voor 12 scholen).']],
  ['bracketed hectares at a price, right', ['Het maaien van de dijkhellingen kost € 2.100 (30 ha tegen € 70 per ha).']]
]

describeCalculationBattery('calculation rules on unit-blind alternative readings (hguard14)', wrong, right, 15)
