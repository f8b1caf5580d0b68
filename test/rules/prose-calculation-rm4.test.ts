import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read rm4: a count of change said of a table row whose year cells carry decimals. The gap
// of the row is exact (`51 − 10,5 = 40,5`), not a float turned back into a Dutch number (`40.5`
// read as 405).

const defects: DefectWording[] = [
  ['a row gain far from its decimal cells', ['| Park | Hectare 2021 | Hectare 2025 |', '| --- | --- | --- |', '| Kwakelbos | 10,5 | 51 |', '| Vennebroek | 22 | 27 |', '', 'In Kwakelbos kwam er 61 hectare bij.'], '61']
]

const clean: CleanWording[] = [
  ['a row gain of about a decimal gap', ['| Park | Hectare 2021 | Hectare 2025 |', '| --- | --- | --- |', '| Kwakelbos | 10,5 | 51 |', '| Vennebroek | 22 | 27 |', '', 'In Kwakelbos kwam er ruim 40 hectare bij.']],
  ['a row gain of a gap with float noise', ['| Park | Hectare 2021 | Hectare 2025 |', '| --- | --- | --- |', '| Kwakelbos | 12,3 | 14,5 |', '| Vennebroek | 22 | 27 |', '', 'In Kwakelbos kwam er 2 hectare bij.']]
]

describeWordings(proseCalculation, defects, clean)

// A split whole and a later amount that only stands after the preposition `over` (talk about), not
// `blijft … over`; and a price step whose sentence names another amount before the two prices.
describeWordings(
  proseCalculation,
  [['a price step after another amount in its sentence', ['De club verhuurt 4.000 baanuren per jaar.', '', 'Naast de borg van € 5 gaat het tarief van € 18 naar € 20 per baanuur. Dat brengt € 9.000 extra op.'], '9.000']],
  [['a later amount talked about, not left over', ['Van het budget van € 90.000 gaat € 12.000 naar de huur. De raad praat daarna over € 70.000 aan nieuwe wensen.']]]
)
