import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper htab19: the share one table row has of the table's total, said in prose around the
// table, where the table's numbers contradict it. The sentence names the row by words of its
// label (also as parts of a compound, `horecavergunningen` for `Vergunningen, horeca`, an
// inflected adjective `Europese` for `Europees`, an abbreviation `EFRO` in `Bijdrage EFRO`),
// quotes the table's total rather than the part (`van alle 420 meldingen`), points back
// (`In Oost is dat …` after a sentence naming the column), or takes its whole from the total
// column. Look-alikes: the share right (rounded), two rows named alike, a share of another whole,
// a share that holds for another column.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const meldingen = ['| Wijk | Inwoners | Meldingen 2025 |', '|---|---|---|', '| Noord | 8.200 | 120 |', '| Zuid | 9.100 | 180 |', '| West | 6.700 | 120 |', '| Totaal | 24.000 | 420 |', '']
const vergunningen = ['| Soort | Aantal | Leges (x € 1.000) |', '|---|---|---|', '| Vergunningen, horeca | 140 | 310 |', '| Vergunningen, evenementen | 260 | 190 |', '| Ontheffingen, overig | 400 | 100 |', '| Totaal | 800 | 600 |', '']
const dekking = ['| Dekking | 2026 | 2027 | 2028 | Totaal |', '|---|---|---|---|---|', '| Eigen middelen | 400 | 400 | 400 | 1.200 |', '| Bijdrage EFRO | 300 | 300 | 300 | 900 |', '| Provincie | 300 | 300 | 300 | 900 |', '| Totaal | 1.000 | 1.000 | 1.000 | 3.000 |', '']
const voorraad = ['| Kern | Woningen | Corporatie | Particulier |', '|---|---|---|---|', '| Oosterhout | 2.000 | 1.300 | 700 |', '| Westerveld | 1.500 | 720 | 780 |', '| Totaal | 3.500 | 2.020 | 1.480 |', '']
const routes = ['| Route | Ritten | Kilometers |', '|---|---|---|', '| Regionaal snel | 1.200 | 48.000 |', '| Lokaal stads | 3.000 | 36.000 |', '| Buurtbus | 800 | 16.000 |', '| Totaal | 5.000 | 100.000 |', '']

const defects: DefectWording[] = [
  ['the total quoted, the row named after', body(...meldingen, 'Van alle 420 meldingen kwam ruim 40 procent uit Noord.')],
  ['the total quoted before, the row first', body(...meldingen, 'Zuid had bijna de helft van de 420 meldingen van dit jaar.')],
  ['a row named by a compound of its label words', body(...vergunningen, 'Bijna twee derde van de leges komt van horecavergunningen.')],
  ['a compound row name, a fraction in words', body(...vergunningen, 'Evenementenvergunningen zijn goed voor ruim twee derde van de leges.')],
  ['an abbreviation of the row, the whole the total column', body(...dekking, 'Europa draagt via het EFRO ruim 40 procent van de kosten bij.')],
  ['an inflected adjective of the row label', body(...routes, 'De regionale snelle ritten beslaan ruim 60 procent van alle kilometers.')],
  ['a pointing sentence after a column named', body(...voorraad, 'In Oosterhout is ruim 60 procent van de woningen in bezit van de corporatie.', '', 'In Westerveld is dat ruim de helft.')],
  ['a pointing sentence, a percentage', body(...voorraad, 'In Westerveld is bijna de helft van de woningen in bezit van de corporatie. In Oosterhout is dat ruim 70 procent.')]
]

const clean: CleanWording[] = [
  ['the total quoted, the share right', body(...meldingen, 'Van alle 420 meldingen kwam ruim 40 procent uit Zuid.')],
  ['a compound row name, the share right and rounded', body(...vergunningen, 'Horecavergunningen leveren ruim de helft van de leges op.')],
  ['two rows named alike by a word they share', body(...vergunningen, 'Vergunningen zijn goed voor ruim een derde van de leges.')],
  ['an abbreviation, the share right', body(...dekking, 'Europa draagt via het EFRO 30 procent van de kosten bij.')],
  ['a share of another whole beside a table of counts', body(...routes, 'De buurtbus vervoert ruim 40 procent van de reizigers.')],
  ['a pointing sentence, the share right', body(...voorraad, 'In Oosterhout is ruim 60 procent van de woningen in bezit van de corporatie.', '', 'In Westerveld is dat bijna de helft.')],
  ['an inflected adjective, the share right', body(...routes, 'De regionale snelle ritten beslaan bijna de helft van alle kilometers.')],
  ['a share that holds for the other column', body(...meldingen, 'Noord heeft ruim een derde van het totaal.')]
]

describeBattery(percentageClaimCheck, defects, clean, 7)
