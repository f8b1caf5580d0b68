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
  [
    'hours times a rate',
    ['# Financiën', '', '| Inzet | Uren | Tarief | Bedrag |', '|---|---|---|---|', '| Respijtzorg | 1.200 uur | € 42 per uur | € 50.400 |', '| Logeeropvang | 300 uur | € 55 per uur | € 15.500 |', '| Maatjes | 2.000 uur | € 12 per uur | € 24.000 |'],
    '€ 15.500'
  ]
]

const clean: CleanWording[] = [
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
