import { arithmeticSlip, financeSumMismatch, proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Correct forms that the wave's new readings first flagged on the eval plans, in fresh wordings:
// a saldo whose own table states lasten and baten (not the wrong total of a table before), a rest
// beside a table whose total row runs over years (no difference of two years is "left"), and a mean
// that points back (`daar`) to the one row the sentence counts, not to the table's total row.

const saldoTables = (saldo: string): string[] => [
  '# Financiën {.financien}', '', 'Tabel 4. Lasten (x € 1.000)', '',
  '| Taakveld | 2027 | 2028 |', '|---|---|---|', '| Beheer | 800 | 820 |', '| Onderhoud | 410 | 385 |', '| Totaal lasten | 1.210 | 1.205 |', '',
  'Tabel 5. Overzicht met de overhead (x € 1.000)', '',
  '| Omschrijving | 2027 | 2028 |', '|---|---|---|', '| Lasten | 1.210 | 1.250 |', '| Baten | 300 | 310 |', `| Saldo van baten en lasten | -910 | ${saldo} |`
]

describeWordings(financeSumMismatch, [
  ['a saldo that fits neither its own rows nor the totals', saldoTables('-960'), 'Saldo `-960` in kolom `2028` klopt niet']
], [
  ['a saldo that its own lasten and baten rows give, not the lasten total of a table up', saldoTables('-940')]
])

const yearTotals = (rest: string): string[] => [
  '# Financiën', '', '| Dekking | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Eigen budget | 500 | 500 | 500 |', '| Subsidie | 220 | 180 | - |', '| Totaal dekking | 720 | 680 | 500 |', '',
  `De reserve telt begin 2027 € 930.000. Na de onttrekkingen van 2027 en 2028 resteert ${rest}.`
]

describeWordings(arithmeticSlip, [
  ['a rest of the budget and spent totals of a table above', ['| Wijk | Budget | Besteed |', '|---|---|---|', '| Noord | € 150.000 | € 93.700 |', '| Zuid | € 262.000 | € 204.600 |', '| Totaal | € 412.000 | € 298.300 |', '', 'Het geld voor bewonersinitiatieven werd niet helemaal benut. Van het totale budget bleef € 123.700 over.'], '123.700']
], [
  ['a rest of a reserve beside year totals whose difference is one digit off', yearTotals('€ 310.000')],
  ['a rest named in a year beside a dekking row per year', ['# Financiën', '', '| Post (x € 1.000) | 2027 | 2028 |', '|---|---|---|', '| Totaal lasten | 615 | 560 |', '| Totaal dekking | 640 | 605 |', '', 'In 2028 resteert € 45.000 voor de evaluatie.']]
])

const perRow = (mean: string): string[] => [
  '# Cijfers', '', '| Wijk | Meldingen | Uren |', '|---|---|---|', '| Noord | 60 | 900 |', '| Zuid | 40 | 320 |', '| Totaal | 100 | 1.220 |', '',
  `Noord telt met 60 meldingen de meeste; een melding kostte daar gemiddeld ${mean} uur.`
]

describeWordings(proseCalculation, [
  ['a mean of the whole table that its total row contradicts', ['# Cijfers', '', '| Wijk | Meldingen | Uren |', '|---|---|---|', '| Noord | 60 | 900 |', '| Zuid | 40 | 320 |', '| Totaal | 100 | 1.220 |', '', 'Een melding kostte gemiddeld 18 uur.'], '18']
], [
  ['a mean of the row the sentence points back to', perRow('15')],
  ['a mean of the other row pointed back to', ['# Cijfers', '', '| Wijk | Meldingen | Uren |', '|---|---|---|', '| Noord | 60 | 900 |', '| Zuid | 40 | 320 |', '| Totaal | 100 | 1.220 |', '', 'In Zuid kwamen 40 meldingen binnen; een melding kostte hier gemiddeld 8 uur.']]
])
