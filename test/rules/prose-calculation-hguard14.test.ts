import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Battery hguard14, written before reading the guards: a wrong product of a rate and a count
// whose stated result happens to equal (or round to) a sum or difference of numbers of other
// units (cm per year plus years, euros plus hours), or a product whose units do not give the
// result's unit (a perimeter in m given as m²); and a result followed by its calculation in
// brackets. Look-alikes: the same products right, a real sum of one unit next to a rate, a
// perimeter given in metres, bracketed calculations that hold.

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
  ['minutes per visit times visits in a list item', ['Huisbezoeken per wijk:', '', '- Noord: 45 minuten per bezoek, 12 bezoeken, samen 57 minuten;', '- Zuid: 30 minuten per bezoek, 10 bezoeken, samen 300 minuten.'], '57']
]

const right: Array<[string, string[]]> = [
  ['cm per year over years, right', ['Bij 1,5 cm per jaar zakt de kade in tien jaar 15 cm.']],
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
  ['bracketed hectares at a price, right', ['Het maaien van de dijkhellingen kost € 2.100 (30 ha tegen € 70 per ha).']]
]

describeCalculationBattery('calculation rules on unit-blind alternative readings (hguard14)', wrong, right, 0)
