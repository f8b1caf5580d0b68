import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Financial systems print lasten with a trailing minus (`4.977-`). Those cells are amounts: a
// total over them is checked like any other, and a right one stays quiet. Before, the cells were
// no amounts at all, and the column was dropped from the model without a word.
const f = (rows: string[]): string[] => ['# Wat mag het kosten? {.financien}', '', 'Bedragen x € 1.000', '', '| Programma | Baten | Lasten | Saldo |', '|---|---:|---:|---:|', ...rows]

const defects: DefectWording[] = [
  ['a wrong subtotal of lasten', f(['| Dienstverlening | 412 | 2.318- | 1.906- |', '| Veiligheid | 95 | 3.764- | 3.669- |', '| Subtotaal | 507 | 6.092- | 5.575- |']), '6.092-'],
  ['a wrong total of saldi', f(['| Onderwijs | 1.120 | 4.806- | 3.686- |', '| Sport | 260 | 1.975- | 1.715- |', '| Totaal | 1.380 | 6.781- | 5.301- |']), '5.301-'],
  ['a wrong total among mixed signs', f(['| Grondexploitatie | 2.400 | 1.650- | 750 |', '| Wonen | 180 | 940- | 760- |', '| Totaal | 2.580 | 2.590- | 100 |']), '100']
]

const clean: CleanWording[] = [
  ['a right subtotal of lasten', f(['| Dienstverlening | 412 | 2.318- | 1.906- |', '| Veiligheid | 95 | 3.764- | 3.669- |', '| Subtotaal | 507 | 6.082- | 5.575- |'])],
  ['right totals of saldi', f(['| Onderwijs | 1.120 | 4.806- | 3.686- |', '| Sport | 260 | 1.975- | 1.715- |', '| Totaal | 1.380 | 6.781- | 5.401- |'])],
  ['right totals among mixed signs', f(['| Grondexploitatie | 2.400 | 1.650- | 750 |', '| Wonen | 180 | 940- | 760- |', '| Totaal | 2.580 | 2.590- | 10- |'])],
  ['amounts without cents written with ,-', f(['| Dienstverlening | 412,- | 2.318,- | 1.906,- |', '| Veiligheid | 95,- | 3.764,- | 3.669,- |', '| Totaal | 507,- | 6.082,- | 5.575,- |'])]
]

describeWordings(financeSumMismatch, defects, clean)
