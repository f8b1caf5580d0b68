import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A `-` in a total row says the column has no total: tariffs or counts beside amounts are not
// added up (it was reported as a false `fout`: "Totaal `-` klopt niet: de som is € 465,30"). A
// wrong total amount is still a defect, in the same tables. Fresh wordings.
const t = (rows: string[], head = '| Product | Prijs | Aantal | Opbrengst |'): string[] => ['# Financiën {.financien}', '', 'Tabel 2. Tarieven en opbrengsten', '', head, '|---|---|---|---|', ...rows]

const defects: DefectWording[] = [
  ['a wrong total of amounts beside a tariff column with a dash', t(['| Parkeervergunning | € 120,00 | 800 | € 96.000 |', '| Bezoekerskaart | € 2,50 | 6.000 | € 15.000 |', '| Totaal | - | - | € 121.000 |']), 'Totaal `€ 121.000` in kolom `Opbrengst` klopt niet'],
  ['a wrong subtotal with dashes beside it', t(['| Leges paspoort | € 78,00 | 1.500 | € 117.000 |', '| Leges rijbewijs | € 45,00 | 2.000 | € 90.000 |', '| Subtotaal | - | - | € 217.000 |']), 'Subtotaal `€ 217.000` in kolom `Opbrengst` klopt niet'],
  ['a wrong total in thousands with n.v.t. beside it', t(['| Marktgeld | n.v.t. | 40 | 52 |', '| Standplaatsen | n.v.t. | 12 | 18 |', '| Totaal | n.v.t. | 52 | 75 |'], '| Soort (x € 1.000) | Tarief | Plaatsen | 2027 |'), 'Totaal `75` in kolom `2027` klopt niet'],
  ['a total amount that is a dash while a saldo is claimed wrong', ['# Financiën {.financien}', '', '| Post (x € 1.000) | 2027 |', '|---|---|', '| Lasten | 400 |', '| Baten | 150 |', '| Saldo | -260 |'], 'Saldo `-260` in kolom `2027` klopt niet']
]

const clean: CleanWording[] = [
  ['a total row with dashes under tariffs and counts', t(['| Parkeervergunning | € 120,00 | 800 | € 96.000 |', '| Bezoekerskaart | € 2,50 | 6.000 | € 15.000 |', '| Totaal | - | - | € 111.000 |'])],
  ['a total row with a long dash under prices', t(['| Huur zaal | € 35,00 | 300 | € 10.500 |', '| Huur sporthal | € 60,00 | 150 | € 9.000 |', '| Totaal | — | 450 | € 19.500 |'])],
  ['a subtotal row with dashes under rates', t(['| Leges paspoort | € 78,00 | 1.500 | € 117.000 |', '| Leges rijbewijs | € 45,00 | 2.000 | € 90.000 |', '| Subtotaal | - | 3.500 | € 207.000 |'])],
  ['a nil saldo that is nil', ['# Financiën {.financien}', '', '| Post (x € 1.000) | 2027 |', '|---|---|', '| Lasten | 150 |', '| Baten | 150 |', '| Saldo | - |']]
]

describeWordings(financeSumMismatch, defects, clean)
