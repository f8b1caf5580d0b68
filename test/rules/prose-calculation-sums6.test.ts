import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Sums and rests written around their parts (fresh wordings): a total after a list or in the line
// that opens it, a total named before a colon and its parts, a rest after a whole and its parts,
// and an amount per month restated per year after `dus`.
const list = (intro: string, after: string, amounts: string[]): string[] => [intro, '', ...amounts.map((a, i) => `- ${['bouw', 'inrichting', 'begeleiding', 'communicatie'][i]}: € ${a}`), '', after]

const defects: DefectWording[] = [
  ['a total in the sentence after a list', list('De kosten van het buurthuis:', 'Samen komt dat op € 412.000.', ['310.000', '64.000', '28.000']), '412.000'],
  ['a total in the opening line of a list', list('Het budget van € 95.000 is als volgt verdeeld:', 'Tekst.', ['40.000', '30.000', '20.000']), '95.000'],
  ['a total before a colon and its parts', ['In totaal is er € 780.000 beschikbaar: € 400.000 voor de wijken, € 250.000 voor de scholen en € 110.000 voor sport.'], '780.000'],
  ['a rest after a whole and two parts', ['Van de subsidie van € 125.000 gaat € 60.000 naar de bibliotheek en € 40.000 naar het museum; het restant van € 35.000 is voor de muziekschool.'], '35.000'],
  ['a rest after a whole in the sentence before', ['Het plein kost € 1,8 miljoen. De provincie draagt € 700.000 bij, de ondernemers € 300.000 en wij de rest: € 900.000.'], '900.000'],
  ['a rate per inhabitant and what it brings in', ['De bijdrage is € 25 per inwoner. Met 38.000 inwoners levert dat € 850.000 op.'], '850.000'],
  ['three contributions and the total budget', ['Het Rijk geeft € 90.000, de provincie € 60.000 en de gemeente € 45.000.', 'Het totale budget komt daarmee op € 205.000.'], '205.000'],
  // Reported by arithmetic-slip as a one-digit slip before; this rule now reads the rest.
  ['the rest after a part', ['De kosten van € 2.860.000 dekken we voor € 2.100.000 uit de algemene middelen en voor de rest, € 660.000, uit de reserve.'], '660.000'],
  ['a month restated per year after dus', ['De huur is € 1.250 per maand, dus € 14.000 per jaar.'], '14.000']
]

const clean: CleanWording[] = [
  ['a total after a list that holds', list('De kosten van het buurthuis:', 'Samen komt dat op € 402.000.', ['310.000', '64.000', '28.000'])],
  ['a list of examples before a total', list('Het budget van € 95.000 gaat onder andere naar:', 'Tekst.', ['40.000', '30.000', '10.000'])],
  ['a total before a colon of a selection', ['In totaal is er € 780.000 beschikbaar, waaronder: € 400.000 voor de wijken en € 250.000 voor de scholen.']],
  ['a rest that holds', ['Van de subsidie van € 125.000 gaat € 60.000 naar de bibliotheek en € 40.000 naar het museum; het restant van € 25.000 is voor de muziekschool.']],
  ['a rest after a whole in the sentence before that holds', ['Het plein kost € 1,8 miljoen. De provincie draagt € 700.000 bij, de ondernemers € 300.000 en wij de rest: € 800.000.']],
  ['a rest of a yearly budget', ['Het budget is € 300.000 per jaar; na € 120.000 voor personeel resteert € 150.000 voor activiteiten en de huur van € 30.000 per jaar.']],
  ['a rest after two amounts that add up', ['De renovatie kost € 86.000 en de inrichting € 14.000. Voor de gemeente resteert na de bijdrage van € 30.000 dan € 70.000.']],
  ['a rate per inhabitant that holds', ['De bijdrage is € 25 per inwoner. Met 38.000 inwoners levert dat € 950.000 op.']],
  ['three contributions and a total budget that holds', ['Het Rijk geeft € 90.000, de provincie € 60.000 en de gemeente € 45.000.', 'Het totale budget komt daarmee op € 195.000.']],
  ['a month restated per year that holds', ['De huur is € 1.250 per maand, dus € 15.000 per jaar.']]
]

describeWordings(proseCalculation, defects, clean)
