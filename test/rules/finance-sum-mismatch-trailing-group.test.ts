import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Begrotingen put a subtotal under a group of rows that does not start at the top of the table:
// one row of its own (a treasury line, an uitkering), then the rows of a group, then `Subtotaal
// <group>`. Read as the sum of every row since the table's start, such a subtotal was a false
// `fout`. The group is the block of last rows (at least two) that adds up to the subtotal in every
// column; a subtotal that no such block explains in all columns is still a defect.
const f = (rows: string[]): string[] => ['# Financiën', '', 'Tabel 4. Opbrengsten (x € 1.000)', '', '| Onderdeel | 2027 | 2028 | 2029 |', '|---|---|---|---|', ...rows]

const defects: DefectWording[] = [
  ['a group subtotal that no block of last rows explains', f(['| Rente deelnemingen | 640 | 655 | 670 |', '| Leges omgevingsvergunning | 1.210 | 1.240 | 1.270 |', '| Leges burgerzaken | 385 | 390 | 395 |', '| Subtotaal leges | 1.595 | 1.630 | 1.675 |']), 'Subtotaal `1.675` in kolom `2029` klopt niet'],
  ['a group subtotal that fits the last rows in two columns only', f(['| Huur sporthal | 98 | 101 | 104 |', '| Afvalstoffenheffing | 4.310 | 4.420 | 4.530 |', '| Rioolheffing | 3.860 | 3.950 | 4.040 |', '| Subtotaal heffingen | 8.170 | 8.370 | 8.750 |', '| Overige opbrengsten | 45 | 45 | 45 |', '| Totaal | 8.313 | 8.516 | 8.719 |']), 'Subtotaal `8.750` in kolom `2029` klopt niet'],
  ['a group subtotal one step off after a single row', f(['| Dividend | 1.020 | 1.020 | 1.020 |', '| Toeristenbelasting | 212 | 218 | 224 |', '| Precariobelasting | 64 | 66 | 68 |', '| Marktgelden | 31 | 31 | 32 |', '| Subtotaal belastingen en rechten | 307 | 315 | 334 |']), 'Subtotaal `334` in kolom `2029` klopt niet'],
  ['a subtotal equal to the first rows in one column', f(['| Bijdrage regio | 300 | 310 | 320 |', '| Bijdrage fonds | 90 | 90 | 90 |', '| Eigen bijdrage | 40 | 40 | 40 |', '| Subtotaal bijdragen | 390 | 440 | 450 |']), 'Subtotaal `390` in kolom `2027` klopt niet']
]

const clean: CleanWording[] = [
  ['a group subtotal under a row of its own', f(['| Rente deelnemingen | 640 | 655 | 670 |', '| Leges omgevingsvergunning | 1.210 | 1.240 | 1.270 |', '| Leges burgerzaken | 385 | 390 | 395 |', '| Subtotaal leges | 1.595 | 1.630 | 1.665 |'])],
  ['a group subtotal followed by a total that counts the single row', f(['| Huur sporthal | 98 | 101 | 104 |', '| Afvalstoffenheffing | 4.310 | 4.420 | 4.530 |', '| Rioolheffing | 3.860 | 3.950 | 4.040 |', '| Subtotaal heffingen | 8.170 | 8.370 | 8.570 |', '| Overige opbrengsten | 45 | 45 | 45 |', '| Totaal | 8.313 | 8.516 | 8.719 |'])],
  ['a group of three after two single rows, with a dash', f(['| Dividend | 1.020 | 1.020 | 1.020 |', '| Verkoop gronden | 500 | - | 250 |', '| Toeristenbelasting | 212 | 218 | 224 |', '| Precariobelasting | 64 | 66 | 68 |', '| Marktgelden | 31 | 31 | 32 |', '| Subtotaal belastingen en rechten | 307 | 315 | 324 |'])],
  ['a plain subtotal of every row above', f(['| Toeristenbelasting | 212 | 218 | 224 |', '| Precariobelasting | 64 | 66 | 68 |', '| Subtotaal belastingen | 276 | 284 | 292 |'])],
  ['two group subtotals in a row of groups', f(['| Leges omgevingsvergunning | 1.210 | 1.240 | 1.270 |', '| Leges burgerzaken | 385 | 390 | 395 |', '| Subtotaal leges | 1.595 | 1.630 | 1.665 |', '| Rente deelnemingen | 640 | 655 | 670 |', '| Afvalstoffenheffing | 4.310 | 4.420 | 4.530 |', '| Rioolheffing | 3.860 | 3.950 | 4.040 |', '| Subtotaal heffingen | 8.170 | 8.370 | 8.570 |', '| Totaal | 10.405 | 10.655 | 10.905 |'])]
]

describeWordings(financeSumMismatch, defects, clean)
