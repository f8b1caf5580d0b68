import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hfar20 battery: a change of a table row between two year columns whose headers differ in
// words (`Begroting 2026 | 2027 | 2028`), said in prose with the two years; the total row when the
// sentence names the total; and a gap with two digits swapped (`85` for 58), however far off.
// The right ones: the change right for the named years (not the pair of bare year columns), the
// total right, a figure far from the gap that is no slip of it, and a total row the sentence does not name.

const table = ['| Partij | Begroting 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Veiligheidsregio | 2.842 | 2.914 | 2.985 |', '| Gezondheidsdienst | 1.190 | 1.226 | 1.257 |', '| Totaal | 4.032 | 4.140 | 4.242 |', '']
const members = ['| Club | Leden 2024 | Prognose 2026 |', '|---|---|---|', '| Atletiek | 412 | 455 |', '| Zwemmen | 286 | 301 |', '| Totaal | 698 | 756 |', '']

const wrong: WrongCalculation[] = [
  ['a row between years of differing headers', [...table, 'De bijdrage aan de veiligheidsregio stijgt van 2026 naar 2027 met 82.'], '82'],
  ['the total named, years of differing headers', [...table, 'Ten opzichte van de begroting 2026 stijgt het totaal in 2027 met 118.'], '118'],
  ['two digits swapped, far from the gap', [...members, 'Tussen 2024 en 2026 groeit het totaal met 85 leden.'], '85'],
  ['a row of differing headers, a fall', [...table, 'Ten opzichte van 2026 stijgt de gezondheidsdienst in 2028 met 76.'], '76']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['the row right for the named years', [...table, 'De bijdrage aan de veiligheidsregio stijgt van 2026 naar 2027 met 72.']],
  ['the total right', [...table, 'Ten opzichte van de begroting 2026 stijgt het totaal in 2027 met 108.']],
  ['a figure far from the gap, no slip', [...members, 'Tussen 2024 en 2026 groeit het totaal met 12 trainers.']],
  ['a gap said of no row', [...table, 'In 2027 stijgt de bijdrage per inwoner met 3.']],
  ['a level of the earlier year, one digit off the gap', ['| Soort | 2022 | 2025 |', '|---|---|---|', '| Dumpingen drugsafval | 9 | 15 |', '| Inbraken | 188 | 141 |', '', 'In 2025 werden 15 dumpingen gevonden, tegen 9 in 2022: een forse stijging.']]
]

/** How many wrong ones the code must catch: 2 of 4 at start (and the right row reported against the bare-year pair), 4 of 4 after. */
const mustCatch = 4

describeCalculationBattery('changes between year columns of differing headers (hfar20)', wrong, right, mustCatch)
