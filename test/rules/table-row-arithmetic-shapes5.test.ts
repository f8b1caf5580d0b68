import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Quantities and prices written with their unit in the cell (`38 km`, `€ 4.200 per km`,
// `410.000 m²`, `12 wijken`): the row's calculation reads them as numbers, in a table of the
// running text and in a finance table, which keeps such cells as text columns. Look-alikes:
// the same tables correct, dates in a column (`1 maart`), and a column of text.
const rows = (bad: string): string[] => [
  '| Onderdeel | Hoeveelheid | Prijs | Kosten |',
  '|---|---|---|---|',
  '| Hagen snoeien | 64 km | € 850 per km | € 54.400 |',
  `| Vijvers schonen | 12 vijvers | € 3.100 per vijver | ${bad} |`,
  '| Paden vegen | 210.000 m² | € 0,18 per m² | € 37.800 |'
]
const defects: DefectWording[] = [
  ['a quantity with its unit in a finance table', ['# Financiën', '', ...rows('€ 38.200')], '€ 38.200'],
  ['a quantity with its unit in a table of the text', ['# Onderhoud', '', ...rows('€ 36.000')], '€ 36.000'],
  [
    'counts of places with their noun',
    ['# Subsidies', '', '| Regeling | Aantal | Bedrag | Plafond |', '|---|---|---|---|', '| Wijkbudget | 9 wijken | € 4.000 | € 36.000 |', '| Kernbudget | 6 kernen | € 2.500 | € 17.000 |', '| Straatfeest | 40 feesten | € 300 | € 12.000 |'],
    '€ 17.000'
  ],
  ['a change in percentage points', ['# Monitor', '', '| Indicator | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Voldoende bewegen | 46% | 51% | +5 procentpunt |', '| Overgewicht | 38% | 41% | +3 procentpunt |', '| Eenzaamheid | 27% | 24% | -1 procentpunt |', '| Mantelzorg | 17% | 15% | -2 procentpunt |'], '-1 procentpunt'],
  ['a change in pp after the years', ['# Cijfers', '', '| Groep | 2022 | 2024 | +/- |', '|---|---|---|---|', '| 12-17 jaar | 31% | 28% | -3 pp |', '| 18-25 jaar | 44% | 47% | +3 pp |', '| 26-40 jaar | 39% | 36% | +3 pp |', '| 41-65 jaar | 35% | 37% | +2 pp |'], '+3 pp'],
  ['a change column named Ontwikkeling', ['# Cijfers', '', '| Wijk | 2023 | 2025 | Ontwikkeling |', '|---|---|---|---|', '| Noord | 12% | 14% | +2 procentpunt |', '| Oost | 19% | 17% | -2 procentpunt |', '| Zuid | 22% | 25% | +4 procentpunt |', '| West | 9% | 8% | -1 procentpunt |'], '+4 procentpunt'],
  ['a mean per unit column', ['# Subsidies', '', '| Vereniging | Subsidie | Leden | Subsidie per lid |', '|---|---|---|---|', '| Harmonie | € 18.000 | 120 | € 150 |', '| Toneel | € 9.600 | 80 | € 140 |', '| Koor | € 6.300 | 45 | € 140 |'], '€ 140'],
  ['a product declared by its headers, one row of two wrong', ['# Opbrengst', '', '| Kaartsoort | Aantal | Tarief | Opbrengst |', '|---|---|---|---|', '| Jeugd | 2.100 | € 6 | € 12.600 |', '| Volwassen | 3.900 | € 11 | € 44.900 |', '| Vrijkaart | 400 | - | - |'], '€ 44.900'],
  ['a cost per participant column', ['# Cursussen', '', '| Cursus | Kosten | Deelnemers | Kosten per deelnemer |', '|---|---|---|---|', '| Taal | € 24.000 | 60 | € 400 |', '| Digitaal | € 13.500 | 45 | € 350 |', '| Geld | € 8.800 | 40 | € 220 |'], '€ 350'],
  [
    'hours times a rate',
    ['# Financiën', '', '| Inzet | Uren | Tarief | Bedrag |', '|---|---|---|---|', '| Respijtzorg | 1.200 uur | € 42 per uur | € 50.400 |', '| Logeeropvang | 300 uur | € 55 per uur | € 15.500 |', '| Maatjes | 2.000 uur | € 12 per uur | € 24.000 |'],
    '€ 15.500'
  ]
]

const clean: CleanWording[] = [
  ['a mean per unit column, rounded', ['# Subsidies', '', '| Vereniging | Subsidie | Leden | Subsidie per lid |', '|---|---|---|---|', '| Harmonie | € 18.000 | 120 | € 150 |', '| Toneel | € 9.600 | 70 | € 137 |', '| Koor | € 6.300 | 45 | € 140 |']],
  ['a product declared by its headers that holds', ['# Opbrengst', '', '| Kaartsoort | Aantal | Tarief | Opbrengst |', '|---|---|---|---|', '| Jeugd | 2.100 | € 6 | € 12.600 |', '| Volwassen | 3.900 | € 11 | € 42.900 |', '| Vrijkaart | 400 | - | - |']],
  ['a per column that is no division of the columns before', ['# Wonen', '', '| Wijk | Woningen | Inwoners | Gemiddeld per woning |', '|---|---|---|---|', '| Noord | 1.200 | 2.650 | 2,2 |', '| Zuid | 900 | 2.100 | 2,3 |', '| Oost | 1.500 | 3.150 | 2,1 |']],
  ['a change in percentage points that holds', ['# Monitor', '', '| Indicator | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Voldoende bewegen | 46% | 51% | +5 procentpunt |', '| Overgewicht | 38% | 41% | +3 procentpunt |', '| Eenzaamheid | 27% | 24% | -3 procentpunt |', '| Mantelzorg | 17% | 15% | -2 procentpunt |']],
  ['percentage points with decimals that hold', ['# Cijfers', '', '| Groep | 2022 | 2024 | Verschil |', '|---|---|---|---|', '| Jongeren | 31,4% | 28,9% | -2,5 procentpunt |', '| Volwassenen | 44,0% | 47,2% | +3,2 procentpunt |', '| Ouderen | 39,5% | 36,1% | -3,4 procentpunt |']],
  ['a change in percent of the value, not in points', ['# Cijfers', '', '| Groep | 2022 | 2024 | Verschil in % |', '|---|---|---|---|', '| Jongeren | 40% | 30% | -25% |', '| Volwassenen | 20% | 25% | +25% |', '| Ouderen | 50% | 40% | -20% |']],
  ['the finance table correct', ['# Financiën', '', ...rows('€ 37.200')]],
  ['the table of the text correct', ['# Onderhoud', '', ...rows('€ 37.200')]],
  [
    'dates in a column are no quantities',
    ['# Planning', '', '| Onderdeel | Start | Aantal | Bedrag |', '|---|---|---|---|', '| Schouw | 1 maart | 4 | € 4.000 |', '| Snoei | 15 oktober | 6 | € 6.000 |', '| Maaien | 2 april | 8 | € 8.000 |']
  ],
  [
    'a column of descriptions',
    ['# Financiën', '', '| Regeling | Doelgroep | Bedrag |', '|---|---|---|', '| Wijkbudget | alle wijken | € 36.000 |', '| Kernbudget | kleine kernen | € 15.000 |', '| Straatfeest | bewoners | € 12.000 |']
  ]
]

describeWordings(tableRowArithmetic, defects, clean)
