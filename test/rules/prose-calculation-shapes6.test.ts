import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Four shapes of a calculation spread over sentences (fresh wordings; the plan period is 2026-2029):
// a part of a unit times a rate per unit, the price of one thing times a count of them, two levels
// and the size of the change, and a total spread over a number of years as a number per year.
const defects: DefectWording[] = [
  // A part of a unit counts when its noun names the unit of the rate.
  ['half units times a rate per unit', ['De formatie groeit met 2,5 fte. Tegen € 74.000 per fte is dat € 195.000 per jaar.'], '195.000'],
  ['kilometres with a decimal', ['We vervangen 3,2 km riool. Bij € 450.000 per km komt dat op € 1.240.000.'], '1.240.000'],
  ['the price of one thing, then the count', ['Een traject kost gemiddeld € 3.200. Voor 140 trajecten is dat € 498.000.'], '498.000'],
  ['the price of one thing in words', ['Eén aansluiting kost € 1.150. Met 62 aansluitingen is dat samen € 81.300.'], '81.300'],
  // Two levels of one thing, then the size of the change.
  ['two levels and what came in', ['Begin 2026 had de bibliotheek 6.840 leden. Een jaar eerder waren dat er 6.410. Er kwamen er dus 530 bij.'], '530'],
  ['two levels and a decrease', ['In 2023 telden we 412 meldingen. In 2025 waren het er 356. Dat is een daling van 46.'], '46'],
  ['two amounts and a rise', ['De huur bedroeg in 2024 € 84.000. Dit jaar is de huur € 91.500. Een stijging van € 9.500.'], '9.500'],
  // A total spread over the years.
  ['an end year from the plan start', ['Tot en met 2029 planten we 2.400 bomen. Dat zijn er gemiddeld 500 per jaar.'], '500'],
  ['a range of years', ['In de jaren 2026-2029 renoveren we 280 woningen, gemiddeld 80 per jaar.'], '80'],
  ['years written as a count', ['Over vijf jaar investeren we € 3 miljoen, jaarlijks € 500.000.'], '500.000'],
  // A yearly number times the years named with the total, also in a paragraph that points back.
  ['a yearly cost over a range of years', ['De nieuwe regeling kost € 64.000 per jaar. Over de jaren 2027 tot en met 2029 is dat € 256.000.'], '256.000'],
  ['a yearly count over years written out, in the next paragraph', ['We openen jaarlijks 14 nieuwe moestuinen.', '', 'Over vier jaar zijn dat er samen 60.'], '60'],
  ['a yearly amount to an end year of the plan', ['Het onderhoud vraagt € 18.500 per jaar. Tot en met 2028 komt dat op € 74.000.'], '74.000'],
  // A change between two years spread over the years between.
  ['a growth per year between two years', ['Tussen 2020 en 2024 groeide het aantal leden van 2.300 naar 2.780, gemiddeld 160 per jaar.'], '160'],
  ['a decline per year over years written out', ['In zes jaar daalde het aantal meldingen van 940 naar 700, jaarlijks gemiddeld 50.'], '50'],
  // A count in a larger unit than the rate, and a result after a colon.
  ['kilometres at a price per metre', ['We leggen 2,6 km nieuwe kabel aan tegen € 45 per meter: € 127.000.'], '127.000'],
  ['hectares at a price per square metre', ['Het park van 3 hectare richten we opnieuw in voor € 4 per m², samen € 150.000.'], '150.000'],
  // Two wordings arithmetic-slip reported as one-digit slips; this rule now reads them as a total
  // over years, and arithmetic-slip stays quiet on a number another rule reports.
  ['a write-off over years in the next sentence', ['De renovatie kost € 2,5 miljoen en we schrijven haar af in 25 jaar.', 'Daarmee is jaarlijks € 110.000 aan afschrijving gemoeid.'], '110.000'],
  ['a yearly amount over the plan period (plan 2026-2029)', ['Voor het onderhoud van de sportvelden is € 62.000 per jaar nodig. Over de looptijd van deze nota is dat € 258.000.'], '258.000'],
  ['a total over a range of years counted one year too many', ['Voor de schuldhulpmaatjes is € 64.000 per jaar nodig. Over de jaren 2027 tot en met 2029 is dat € 256.000.'], '256.000'],
  ['an amount spread over a list of years', ['De bezuiniging van € 120.000 verdelen we over de jaren 2028, 2029 en 2030: € 50.000 per jaar.'], '50.000']
]

const clean: CleanWording[] = [
  ['half units that hold', ['De formatie groeit met 2,5 fte. Tegen € 74.000 per fte is dat € 185.000 per jaar.']],
  ['a decimal that is no count of the unit', ['Het budget stijgt met 2,5 procent. Per deelnemer is dat € 40, samen € 12.000.']],
  ['the price of one thing that holds', ['Een traject kost gemiddeld € 3.200. Voor 140 trajecten is dat € 448.000.']],
  ['a price of one thing and a count of something else', ['Een traject kost € 3.200. Voor 140 gezinnen is dat € 620.000 aan begeleiding en huur.']],
  ['two levels and a change that holds', ['Begin 2026 had de bibliotheek 6.840 leden. Een jaar eerder waren dat er 6.410. Er kwamen er dus 430 bij.']],
  ['two levels of different things and a change', ['In 2025 telde de gemeente 42 verenigingen. Samen hadden zij 9.800 leden. Er kwamen 300 leden bij.']],
  ['a level, a flow and a change', ['In 2024 waren er 120 leerlingen. In 2025 vertrokken er 30. Er kwamen er 45 bij.']],
  ['a total per year that holds', ['Tot en met 2029 planten we 2.400 bomen. Dat zijn er gemiddeld 600 per jaar.']],
  ['a number per year and a total of other years', ['In 2022 plantten we 900 bomen; nu planten we 600 per jaar.']],
  ['an end year outside the plan', ['Tot en met 2040 willen we 6.000 woningen bouwen, gemiddeld 400 per jaar.']],
  ['a change with its size as a percentage with decimals', ['Het aantal leden groeide van 1.200 naar 1.350, een groei van 12,5%.']],
  ['two paces per year compared', ['We planten in de planperiode 1.200 bomen, 300 per jaar. Dat is twee keer het tempo van toen we er 150 per jaar plantten.']],
  ['a yearly cost over years that holds', ['De nieuwe regeling kost € 64.000 per jaar. Over de jaren 2027 tot en met 2029 is dat € 192.000.']],
  ['a yearly cost and a one-off amount over the years', ['De regeling kost € 64.000 per jaar. Met de eenmalige start over de jaren 2027 tot en met 2029 is dat € 230.000.']],
  ['a yearly number beside another quantity', ['We openen jaarlijks 14 moestuinen voor 30 tuinders. Over vier jaar zijn dat er samen 60.']],
  ['a growth per year that holds', ['Tussen 2020 en 2024 groeide het aantal leden van 2.300 naar 2.780, gemiddeld 120 per jaar.']],
  ['kilometres at a price per metre that holds', ['We leggen 2,6 km nieuwe kabel aan tegen € 45 per meter: € 117.000.']],
  ['a rate per metre and a count of something else', ['We vervangen 12 lichtmasten en leggen kabel aan tegen € 45 per meter: € 9.000.']],
  ['a paragraph that does not point back', ['De nieuwe regeling kost € 64.000 per jaar.', '', 'Voor de jaren 2027 tot en met 2029 reserveren we € 256.000 voor de wijkbudgetten.']],
  ['a mean over the range that holds', ['In de jaren 2026-2029 renoveren we 280 woningen, gemiddeld 70 per jaar.']]
]

describeWordings(proseCalculation, defects, clean)
