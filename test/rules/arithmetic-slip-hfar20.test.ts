import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hfar20 battery, written before wiring the chapter's earlier tables into distant-terms: a rest
// or difference whose other term is the total row of a table in an earlier section of the same
// chapter (`5.1 Kosten` above `5.2 Dekking`), in running chapters and in a finance chapter whose
// tables the model keeps apart. The right ones: the same shapes right, rounded, a difference with
// another total that holds, and a rest with no total of its kind above.

const costs = ['## 1.1 Kosten', '', '| Onderdeel | 2027 | 2028 | Totaal |', '|---|---|---|---|', '| Inrichting | € 310.000 | € 295.000 | € 605.000 |', '| Beheer | € 140.000 | € 162.000 | € 302.000 |', '| Totaal | € 450.000 | € 457.000 | € 907.000 |', '']
const thousands = ['Alle bedragen in dit hoofdstuk zijn x € 1.000.', '', '## 2.1 Lasten', '', '| Post | 2027 | 2028 | 2029 | Totaal |', '|---|---|---|---|---|', '| Personeel | 420 | 430 | 440 | 1.290 |', '| Materieel | 180 | 170 | 160 | 510 |', '| Totaal | 600 | 600 | 600 | 1.800 |', '']

const wrong: WrongCalculation[] = [
  ['a difference with the total of the section before', [...costs, '## 1.2 Dekking', '', 'Subsidies en eigen middelen dekken € 835.000. Het verschil met de kosten, € 82.000, komt uit de reserve.'], '82.000'],
  ['a shortfall against the earlier total, in thousands', [...thousands, '## 2.2 Dekking', '', 'Wij dekken over drie jaar € 1.620.000 uit het budget. Het verschil van € 190.000 vragen wij aan de raad.'], '190.000'],
  ['a rest with the verb and over, the total a section back', [...costs, '## 1.2 Bijdragen', '', 'De provincie betaalt € 522.000. Voor de gemeente blijft dan € 358.000 over.'], '358.000'],
  ['a difference in a finance chapter with two tables', ['# Financiën', '', 'Alle bedragen zijn x € 1.000.', '', '## Kosten', '', '| Onderdeel | 2027 | 2028 | Totaal |', '|---|---|---|---|', '| Aanleg | 700 | 650 | 1.350 |', '| Onderhoud | 90 | 95 | 185 |', '| Totaal | 790 | 745 | 1.535 |', '', '## Dekking', '', '| Bron | 2027 | 2028 |', '|---|---|---|', '| Budget | 600 | 600 |', '| Subsidie | 80 | 80 |', '| Totaal | 680 | 680 |', '', 'De dekking over twee jaar bedraagt € 1.360.000. Het verschil met de kosten, € 157.000, vangen wij op uit de reserve.'], '157.000']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['the difference with the earlier total right', [...costs, '## 1.2 Dekking', '', 'Subsidies en eigen middelen dekken € 835.000. Het verschil met de kosten, € 72.000, komt uit de reserve.']],
  ['the shortfall rounded', [...thousands, '## 2.2 Dekking', '', 'Wij dekken over drie jaar € 1.620.000 uit het budget. Het verschil van ruim € 150.000 vragen wij aan de raad.']],
  ['a rest of one year that holds', [...costs, '## 1.2 Bijdragen', '', 'De provincie betaalt in 2027 € 302.000. Voor de gemeente blijft dan € 148.000 over.']],
  ['a rest with no total of its kind above', ['## 1.1 Leerlingen', '', '| School | Leerlingen |', '|---|---|', '| De Linde | 240 |', '| Het Anker | 310 |', '| Totaal | 550 |', '', '## 1.2 Budget', '', 'Het budget is € 96.000. Na de inkoop resteert € 31.000 voor uitjes.']],
  ['the finance chapter difference right', ['# Financiën', '', 'Alle bedragen zijn x € 1.000.', '', '## Kosten', '', '| Onderdeel | 2027 | 2028 | Totaal |', '|---|---|---|---|', '| Aanleg | 700 | 650 | 1.350 |', '| Onderhoud | 90 | 95 | 185 |', '| Totaal | 790 | 745 | 1.535 |', '', '## Dekking', '', '| Bron | 2027 | 2028 |', '|---|---|---|', '| Budget | 600 | 600 |', '| Subsidie | 80 | 80 |', '| Totaal | 680 | 680 |', '', 'De dekking over twee jaar bedraagt € 1.360.000. Het verschil met de kosten, € 175.000, vangen wij op uit de reserve.']]
]

/** How many wrong ones the code must catch: 0 of 4 at start, 4 of 4 with the chapter's earlier tables. */
const mustCatch = 4

describeCalculationBattery('rests against a total in an earlier section of the chapter (hfar20)', wrong, right, mustCatch)
