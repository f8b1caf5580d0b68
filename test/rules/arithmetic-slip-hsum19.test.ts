import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hsum19 battery, written before changing the code: a sum, rest or net stated in prose whose
// terms stand farther back than the sentence before it — in an earlier paragraph of the section, in
// the total row of a table above (also a table in thousands against a result in millions), or in the
// row of a table that the sentence names (`samen met Oost`). The wrong ones count hits; the right
// ones (the same shapes right, rounded, or with another reading that holds) must stay quiet.
// (The millions case was first written as a carry, 20,7 for 19,7; a slip guard reads one digit, so it states 21,7.)

const wrong: WrongCalculation[] = [
  ['a rest whose whole stands a paragraph back', ['De renovatie van het zwembad kost € 4,6 miljoen. De werkzaamheden starten in het voorjaar van 2027.', '', 'De provincie draagt € 1,3 miljoen bij. Voor de gemeente blijft dan € 3,1 miljoen over.'], '3,1'],
  ['a rest of the totals of a table above', ['| Wijk | Budget | Besteed |', '|---|---|---|', '| Noord | € 150.000 | € 93.700 |', '| Zuid | € 262.000 | € 204.600 |', '| Totaal | € 412.000 | € 298.300 |', '', 'Het geld voor bewonersinitiatieven werd niet helemaal benut. Van het totale budget bleef € 123.700 over.'], '123.700'],
  ['a net whose deducted part stands a paragraph back', ['De sporthallen brachten in 2025 samen € 37.400 aan huur op.', '', 'Het beheer van de hallen kost € 91.200. Trekken we de huur daarvan af, dan resteert € 63.800 voor de gemeente.'], '63.800'],
  ['a rest in millions from a table in thousands', ['| Soort | Volume |', '|---|---|', '| Binnen de provincie | 31.600 |', '| Daarbuiten | 20.700 |', '| Totaal | 52.300 |', '', 'Bedragen x € 1.000.', '', 'Het grootste deel gaven we binnen de provincie uit, € 31,6 miljoen. Wat overblijft, € 21,7 miljoen, ging naar bedrijven elders.'], '21,7'],
  ['a sum with a row the sentence names', ['| Wijk | Woningen |', '|---|---|', '| Noord | 1.450 |', '| Oost | 1.240 |', '| Zuid | 980 |', '', 'Noord is met 1.450 woningen de grootste wijk; samen met Oost gaat het om 2.790 woningen.'], '2.790'],
  ['a difference whose deducted total ends the paragraph before', ['De drie hallen brachten € 12.150, € 18.300 en € 12.200 op, in totaal € 42.650.', '', 'Die huur dekt de exploitatie (€ 164.000) maar voor een kwart; het verschil van € 131.350 komt uit de algemene middelen.'], '131.350']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['the rest a paragraph back right', ['De renovatie van het zwembad kost € 4,6 miljoen. De werkzaamheden starten in het voorjaar van 2027.', '', 'De provincie draagt € 1,3 miljoen bij. Voor de gemeente blijft dan € 3,3 miljoen over.']],
  ['the rest of a table rounded', ['| Wijk | Budget | Besteed |', '|---|---|---|', '| Noord | € 150.000 | € 93.700 |', '| Zuid | € 262.000 | € 204.600 |', '| Totaal | € 412.000 | € 298.300 |', '', 'Het geld voor bewonersinitiatieven werd niet helemaal benut. Van het totale budget bleef ruim € 110.000 over.']],
  ['a rest that holds for one row', ['| Wijk | Budget | Besteed |', '|---|---|---|', '| Noord | € 150.000 | € 93.700 |', '| Zuid | € 262.000 | € 204.600 |', '| Totaal | € 412.000 | € 298.300 |', '', 'In Noord werd het geld niet helemaal benut: daar bleef € 56.300 over.']],
  ['the net a paragraph back right', ['De sporthallen brachten in 2025 samen € 37.400 aan huur op.', '', 'Het beheer van de hallen kost € 91.200. Trekken we de huur daarvan af, dan resteert € 53.800 voor de gemeente.']],
  ['the rest in millions right', ['| Soort | Volume |', '|---|---|', '| Binnen de provincie | 31.600 |', '| Daarbuiten | 20.700 |', '| Totaal | 52.300 |', '', 'Bedragen x € 1.000.', '', 'Het grootste deel gaven we binnen de provincie uit, € 31,6 miljoen. Wat overblijft, € 20,7 miljoen, ging naar bedrijven elders.']],
  ['a sum with two named rows', ['| Wijk | Woningen |', '|---|---|', '| Noord | 1.450 |', '| Oost | 1.240 |', '| Zuid | 100 |', '', 'Noord is met 1.450 woningen de grootste wijk; samen met Oost en Zuid gaat het om 2.790 woningen.']],
  ['a rest of another whole', ['De renovatie van het zwembad kost € 4,6 miljoen.', '', 'Voor het onderhoud reserveren we € 1,3 miljoen. Daarvan resteert na 2028 nog € 0,4 miljoen.']],
  ['a difference with the total rounded before', ['De drie hallen brachten samen ruim € 42.600 op.', '', 'Die huur dekt de exploitatie (€ 164.000) maar voor een kwart; het verschil van € 121.350 komt uit de algemene middelen.']],
  ['an unrelated rest far from a total', ['De provincie betaalt € 2,4 miljoen van de € 5,1 miljoen.', '', 'Het onderhoudsbudget is € 380.000. Na de schilderbeurt resteert nog € 170.000.']]
]

/** How many wrong ones the code must catch: 0 of 6 at start, 6 of 6 after distant-terms. */
const mustCatch = 6

describeCalculationBattery('sums and rests with distant terms (hsum19)', wrong, right, mustCatch)
