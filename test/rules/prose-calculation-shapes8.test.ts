import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes of missed calculations in prose (fresh wordings; the plan period is 2026-2029).
// (1) A number per year and its total over years written as a period (`over de hele periode van
//     vier jaar`, `in een looptijd van 6 jaar`), with `dus` or `zijn dat er` before the total, also
//     in a list whose items are read as one sentence.
// (2) Two levels of one amount or count, the second in the clause before the size of the change
//     (`Voor 2026 rekenen we met € 327: een stijging van € 19`), the first in the sentence before.
// (3) A saving from moving a count of things from one price to another: the count times the gap.
// (4) A count times a rate per head with a result in a larger unit of the rate's measure (`kilo`
//     per inwoner, `ton` in all), after `ging het om`; `per persoon` names any count of people.
// (5) A price carried from one sentence or list item to the next: the first shows count × price =
//     result, the next counts the same thing with a result and no price.
// (6) A calculation laid out as labelled list items: a count of a unit (`aantal leerlingen: …`), a
//     price per that unit (`bijdrage per leerling: € …`) and the result (`totale bijdrage: € …`).
const defects: DefectWording[] = [
  ['(1) a yearly count and its total in the next list item', ['Het laadplan in het kort:', '', '- 240 nieuwe laadpalen per jaar;', '- over de hele periode van vier jaar dus 1.060 laadpalen;', '- een paal kost inclusief aansluiting € 3.000.'], '1.060'],
  ['(1) a total after dus, over a looptijd', ['We knappen jaarlijks 35 speelplekken op, in een looptijd van 6 jaar dus 190 speelplekken.'], '190'],
  ['(1) a total after zijn dat er', ['We planten 80 nieuwe hagen per jaar. Over vier jaar zijn dat er 300.'], '300'],
  ['(2) a mean level, a reckoned level and a rise after a colon', ['In 2025 betaalde een gezin gemiddeld € 312 aan rioolheffing. Voor 2026 rekenen we met € 327: een stijging van € 19.'], '19'],
  ['(2) a price last year and now, a rise after a comma', ['Vorig jaar kostte een zwemabonnement € 210. Dit jaar kost het € 228, een verhoging van € 16.'], '16'],
  ['(2) two counts and a growth after a semicolon', ['In 2024 telde de bibliotheek 5.200 leden. In 2025 waren het er 5.650; een groei van 350.'], '350'],
  ['(3) a count moved to a cheaper channel', ['Een papieren aanvraag kost ons € 23, een digitale € 7. Als 4.000 aanvragers overstappen, besparen we € 54.000.'], '54.000'],
  ['(3) rides moved from one service to another', ['Een rit met de regiotaxi kost de gemeente € 18 en een rit met de buurtbus € 6. Door 2.500 ritten te verschuiven scheelt dat € 35.000.'], '35.000'],
  ['(3) the prices and the count in one sentence', ['Een digitale melding kost gemiddeld € 3 en een telefonische € 11; met 9.000 meldingen minder per telefoon scheelt dat € 62.000 per jaar.'], '62.000'],
  ['(4) kilos per head and a total in tonnes', ['Op 1 januari telde de gemeente 31.200 inwoners. Bij 42 kilo per persoon ging het dus om ruim 1.600 ton textiel.'], '1.600'],
  ['(4) kilos of a material per inhabitant, samen in tonnes', ['De gemeente telt 18.400 inwoners. Met 27 kilo glas per inwoner is dat samen 590 ton.'], '590'],
  ['(4) a count of pupils and a rate per head', ['Er zitten 2.600 leerlingen op de basisscholen. Bij 12 kilo papier per hoofd ging het om 41 ton.'], '41'],
  ['(5) a price carried to the next list item', ['De speelplekken:', '', '- in 2026 renoveren we 12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;', '- in 2027 volgen 15 speeltuinen, dus € 650.000.'], '650.000'],
  ['(5) a price carried to the next sentence', ['In het eerste jaar coachen we 80 gezinnen met gemiddeld € 1.200, dat is € 96.000. In het tweede jaar gaan we uit van 110 gezinnen, samen € 142.000.'], '142.000'],
  ['(5) a price carried with amounts per year', ['De starters:', '', '- in 2026 begeleiden we 45 starters per jaar met € 2.500, dat is € 112.500 per jaar;', '- vanaf 2027 rekenen we met 60 starters, dus € 165.000 per jaar.'], '165.000'],
  ['(6) a count, a price per unit and a total as list items', ['De berekening:', '', '- aantal leerlingen: 1.850;', '- bijdrage per leerling: € 45;', '- totale bijdrage: € 92.250.'], '92.250'],
  ['(6) costs per participant and costs in total', ['De berekening:', '', '- aantal deelnemers: 340;', '- kosten per deelnemer: € 275;', '- kosten totaal: circa € 110.000.'], '110.000'],
  ['(6) a yield in millions', ['De opbrengst:', '', '- aantal reclameborden in 2027: 12.600;', '- precario per reclamebord: € 86;', '- opbrengst precario: ruim € 1,2 miljoen.'], '1,2 miljoen'],
  ['(2) a rise per year between two years one apart', ['In 2026 betaalt een gezin gemiddeld € 95 voor de hondenbelasting. Voor 2027 gaan we uit van € 101: een stijging van € 8 per jaar.'], '8']
]

const clean: CleanWording[] = [
  ['(1) a yearly count and its total in a list that hold', ['Het laadplan in het kort:', '', '- 240 nieuwe laadpalen per jaar;', '- over de hele periode van vier jaar dus 960 laadpalen;', '- een paal kost inclusief aansluiting € 3.000.']],
  ['(1) dus before a number of another thing', ['We knappen 35 speelplekken per jaar op, over vier jaar dus ook 12 trapveldjes.']],
  ['(1) a total with a one-off number in its clause', ['We planten 80 hagen per jaar; over vier jaar dus 360 hagen, inclusief 40 in het eerste jaar.']],
  ['(1) a total after zijn dat er that holds', ['We planten 80 nieuwe hagen per jaar. Over vier jaar zijn dat er 320.']],
  ['(2) a rise after a colon that holds', ['In 2025 betaalde een gezin gemiddeld € 312 aan rioolheffing. Voor 2026 rekenen we met € 327: een stijging van € 15.']],
  ['(2) a rise against another year', ['Vorig jaar kostte een zwemabonnement € 210. Dit jaar kost een gezinsabonnement € 480, een stijging van € 20 ten opzichte van 2024.']],
  // Two years apart: € 11 per year is half the gap, not the gap.
  ['(2) a rise per year over two years', ['In 2024 betaalde een huishouden € 240. Voor 2026 rekenen we met € 262: een stijging van € 11 per jaar.']],
  ['(3) a saving that holds', ['Een papieren aanvraag kost ons € 23, een digitale € 7. Als 4.000 aanvragers overstappen, besparen we € 64.000.']],
  ['(3) a saving with another measure joined in', ['Een papieren aanvraag kost € 23, een digitale € 7. Als 4.000 aanvragers overstappen en we de balie een dag sluiten, besparen we € 90.000.']],
  // Three prices: which two the move is between, the sentence does not say.
  ['(3) three prices and a saving', ['Aan de balie kost een verzoek € 19, per telefoon € 12 en digitaal € 4. Als 6.000 verzoeken digitaal gaan, scheelt dat € 48.000.']],
  // A saving far from the count times the gap is about something else.
  ['(3) a saving on something else', ['Een abonnement kost € 40, een losse kaart € 6. Met 1.200 abonnementen minder scheelt dat ons aan administratie € 15.000.']],
  ['(4) kilos per head in tonnes that hold', ['Op 1 januari telde de gemeente 31.200 inwoners. Bij 42 kilo per persoon ging het dus om ruim 1.300 ton textiel.']],
  // Another material in the result than in the rate.
  ['(4) a total of another material', ['De gemeente telt 18.400 inwoners. Met 27 kilo glas per inwoner ging het om 640 ton papier.']],
  // `per persoon` beside a count of things, not people.
  ['(4) a rate per head beside a count of containers', ['De gemeente plaatst 1.400 containers. Bij 42 kilo per persoon ging het om 900 ton.']],
  ['(5) a carried price that holds', ['De speelplekken:', '', '- in 2026 renoveren we 12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;', '- in 2027 volgen 15 speeltuinen, dus € 600.000.']],
  ['(5) a count of another thing in the next item', ['De speelplekken:', '', '- in 2026 renoveren we 12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;', '- in 2027 volgen 15 trapveldjes, dus € 650.000.']],
  ['(5) something joined to the count', ['De speelplekken:', '', '- in 2026 renoveren we 12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;', '- in 2027 volgen 15 speeltuinen en een skatebaan, dus € 650.000.']],
  // A result per year first, then a total over more years: not the same period.
  ['(5) a yearly result and then a total over years', ['De starters:', '', '- in 2026 begeleiden we 45 starters per jaar met € 2.500, dat is € 112.500 per jaar;', '- in twee jaar samen rekenen we met 60 starters, dus € 270.000.']],
  ['(6) labelled items that hold', ['De berekening:', '', '- aantal leerlingen: 1.850;', '- bijdrage per leerling: € 45;', '- totale bijdrage: € 83.250.']],
  ['(6) a total of another thing than the price', ['De berekening:', '', '- aantal leerlingen: 1.850;', '- bijdrage per leerling: € 45;', '- totale subsidie: € 120.000.']],
  ['(6) a count of another unit than the price', ['De berekening:', '', '- aantal scholen: 14;', '- bijdrage per leerling: € 45;', '- totale bijdrage: € 92.250.']],
  // Two prices of one thing: which one the total multiplies, the list does not say.
  ['(6) two prices of the same thing', ['De berekening:', '', '- aantal leerlingen: 1.850;', '- bijdrage per leerling: € 45;', '- bijdrage per school: € 500;', '- totale bijdrage: € 90.250.']],
  ['(2) a growth of a part after the levels', ['In 2024 telde de bibliotheek 5.200 leden. In 2025 waren het er 5.650, met een groei van 120 jeugdleden.']]
]

describeWordings(proseCalculation, defects, clean)
