import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hnear20 battery: calculations whose terms stand in the same or the previous sentence but that a
// gate refused: a price whose subject has adjectives (`Een gerenoveerde kleine speeltuin kost`), a
// table between the price and the result that points back to it, a contribution given to each of a
// group (`geeft mantelzorgers een vergoeding van`), a separable write-off verb with a semicolon before
// the yearly amount, a gap that closes its sentence with `erbij` after a comma, a goal in a list with
// a comparative gap, a mean size of each of a count (`acht containers van gemiddeld 5 m³`) with a share in a later clause, a count with its
// calculation in a bracket of bare numbers (`56 casussen (3.536 / 60)`) beside a number that gives it otherwise, and a sentence that holds its whole calculation after a sentence with other
// numbers. Look-alikes: the same shapes right or rounded, a price of another thing, an amount given
// as a total to a group (no `een bijdrage`), a write-off with interest, and a list goal that holds.

const table = ['| Jaar | Aantal | Kosten (x € 1.000) |', '|---|---|---|', '| 2027 | 10 | 240 |', '| 2028 | 14 | 336 |', '']

const wrong: WrongCalculation[] = [
  ['adjectives before the priced thing', ['Een gerenoveerde kleine speeltuin kost gemiddeld € 62.000. Voor de 14 speeltuinen samen is dat € 930.000.'], '930.000'],
  ['a table between the price and the result pointing back', ['Een nieuwe laadpaal kost € 24.000.', '', ...table, 'Voor alle 24 laadpalen samen is dat ruim € 640.000.'], '640.000'],
  ['a contribution given to each of a group', ['We geven mantelzorgers die zich aanmelden een vergoeding van € 250. Met het budget van € 95.000 kunnen we zo 420 mantelzorgers bereiken.'], '420'],
  ['a separable write-off verb and a semicolon', ['De nieuwe brandweerkazerne van € 3,6 miljoen schrijft de gemeente over 40 jaar af; dat geeft een jaarlijkse afschrijving van € 95.000.'], '95.000'],
  ['a gap closing its sentence with erbij', ['Het aantal leden van de bibliotheek steeg van 5.140 in 2023 naar 5.610 eind 2025, 570 leden erbij.'], '570'],
  ['a goal in a list with a comparative gap', ['## Doelen', '', '- Het aantal deelnemers aan de taalcafés groeit van 85 in 2025 naar 140 in 2029, 45 meer dan nu.', '- Elke wijk heeft in 2028 een taalcafé.'], '45'],
  ['a mean size of each of a count with an adjective, a share in a later clause', ['Met de acht nieuwe ondergrondse containers van gemiddeld 45 m³ komt er 400 m³ opslag bij; de rest van de 900 m³ halen we uit bestaande bakken.'], '400'],
  ['a count with a bracket of bare numbers, a neighbour giving it otherwise', ['We nemen 6 extra handhavers aan. Met 42 handhavers komen we dan op gemiddeld 36 controles per handhaver (1.680 / 42).'], '36'],
  ['a whole calculation after a sentence with other numbers', ['In 2025 deden 2.900 inwoners mee en dat kostte gemiddeld € 140 per deelnemer. Voor 2028 rekenen we op 3.300 deelnemers; bij € 150 per persoon is dat € 540.000.'], '540.000']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['adjectives before the priced thing, right', ['Een gerenoveerde kleine speeltuin kost gemiddeld € 62.000. Voor de 14 speeltuinen samen is dat € 868.000.']],
  ['a table between, rounded', ['Een nieuwe laadpaal kost € 24.000.', '', ...table, 'Voor alle 24 laadpalen samen is dat bijna € 580.000.']],
  ['a price of another thing before the table', ['Een nieuwe laadpaal kost € 24.000.', '', ...table, 'Voor de 24 parkeerplaatsen samen is dat € 410.000.']],
  ['an amount given to a group as a whole', ['De gemeente geeft de drie dorpshuizen samen € 90.000 subsidie. Met het budget van € 95.000 kunnen we zo ook 420 mantelzorgers bereiken.']],
  ['a contribution to each, right', ['We geven mantelzorgers die zich aanmelden een vergoeding van € 250. Met het budget van € 95.000 kunnen we zo 380 mantelzorgers bereiken.']],
  ['a write-off with interest', ['De nieuwe brandweerkazerne van € 3,6 miljoen schrijft de gemeente over 40 jaar af; met rente geeft dat een jaarlijkse kapitaallast van € 140.000.']],
  ['a gap with erbij that holds', ['Het aantal leden van de bibliotheek steeg van 5.140 in 2023 naar 5.610 eind 2025, 470 leden erbij.']],
  ['a list goal that holds', ['## Doelen', '', '- Het aantal deelnemers aan de taalcafés groeit van 85 in 2025 naar 140 in 2029, 55 meer dan nu.', '- Elke wijk heeft in 2028 een taalcafé.']],
  ['a mean size of each that holds, a share in a later clause', ['Met de acht nieuwe ondergrondse containers van gemiddeld 45 m³ komt er 360 m³ opslag bij; de rest van de 900 m³ halen we uit bestaande bakken.']],
  ['a share of the result in its own clause', ['Met de acht nieuwe ondergrondse containers van gemiddeld 45 m³ gaat de helft van de opslag, 200 m³, naar glas.']],
  ['a count with a bracket of bare numbers that holds', ['We nemen 6 extra handhavers aan. Met 42 handhavers komen we dan op gemiddeld 40 controles per handhaver (1.680 / 42).']],
  ['a whole calculation that holds after other numbers', ['In 2025 deden 2.900 inwoners mee en dat kostte gemiddeld € 140 per deelnemer. Voor 2028 rekenen we op 3.300 deelnemers; bij € 150 per persoon is dat € 495.000.']]
]

/** How many wrong ones the code must catch: 3 of 9 before this wave, 9 of 9 after. */
const mustCatch = 9

describeCalculationBattery('calculations a gate refused (hnear20)', wrong, right, mustCatch)
