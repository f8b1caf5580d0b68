import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes of missed calculations in prose (fresh wordings; the plan period is 2026-2029).
// (1) A number per year and its total over years written as a period (`over de hele periode van
//     vier jaar`, `in een looptijd van 6 jaar`), with `dus` or `zijn dat er` before the total, also
//     in a list whose items are read as one sentence.
// (2) Two levels of one amount or count, the second in the clause before the size of the change
//     (`Voor 2026 rekenen we met € 327: een stijging van € 19`), the first in the sentence before.
const defects: DefectWording[] = [
  ['(1) a yearly count and its total in the next list item', ['Het laadplan in het kort:', '', '- 240 nieuwe laadpalen per jaar;', '- over de hele periode van vier jaar dus 1.060 laadpalen;', '- een paal kost inclusief aansluiting € 3.000.'], '1.060'],
  ['(1) a total after dus, over a looptijd', ['We knappen jaarlijks 35 speelplekken op, in een looptijd van 6 jaar dus 190 speelplekken.'], '190'],
  ['(1) a total after zijn dat er', ['We planten 80 nieuwe hagen per jaar. Over vier jaar zijn dat er 300.'], '300'],
  ['(2) a mean level, a reckoned level and a rise after a colon', ['In 2025 betaalde een gezin gemiddeld € 312 aan rioolheffing. Voor 2026 rekenen we met € 327: een stijging van € 19.'], '19'],
  ['(2) a price last year and now, a rise after a comma', ['Vorig jaar kostte een zwemabonnement € 210. Dit jaar kost het € 228, een verhoging van € 16.'], '16'],
  ['(2) two counts and a growth after a semicolon', ['In 2024 telde de bibliotheek 5.200 leden. In 2025 waren het er 5.650; een groei van 350.'], '350'],
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
  ['(2) a growth of a part after the levels', ['In 2024 telde de bibliotheek 5.200 leden. In 2025 waren het er 5.650, met een groei van 120 jeugdleden.']]
]

describeWordings(proseCalculation, defects, clean)
