import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A change column against the row above (`Verschil met vorig jaar`) beside one column of levels:
// each row's change is its level less the level of the row before. Only a column that ran between
// two number columns of one row was read, so a year table with one level column went unchecked.
// Before: 0/4 caught.
const h = (head: string, rows: string[]): string[] => ['# Gegevens', '', 'De cijfers per jaar:', '', head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows]

const defects: BatteryWording[] = [
  ['a difference with last year', h('| Jaar | Inschrijvingen | Verschil met vorig jaar |', ['| 2022 | 1.410 | |', '| 2023 | 1.385 | −25 |', '| 2024 | 1.452 | +67 |', '| 2025 | 1.498 | +64 |']), '64'],
  ['a mutation against the year before, a fall', h('| Jaar | Bezoekers | Mutatie t.o.v. voorgaand jaar |', ['| 2021 | 18.200 | |', '| 2022 | 19.050 | 850 |', '| 2023 | 18.700 | -530 |', '| 2024 | 19.400 | 700 |']), '530'],
  ['a growth in percent against last year', h('| Jaar | Leners | Groei t.o.v. vorig jaar |', ['| 2022 | 20.000 | |', '| 2023 | 21.000 | 5,0% |', '| 2024 | 21.840 | 6,0% |', '| 2025 | 22.495 | 3,0% |']), '6,0%'],
  ['a rise against the year before it, more columns after', h('| Peiljaar | Woningvoorraad | Toename ten opzichte van het jaar ervoor | Waarvan sociale huur |', ['| 2023 | 12.480 | | 3.900 |', '| 2024 | 12.655 | 175 | 3.940 |', '| 2025 | 12.910 | 285 | 3.990 |', '| 2026 | 13.120 | 210 | 4.020 |']), '285']
]

const clean: CleanWording[] = [
  ['a difference with last year that holds', h('| Jaar | Inschrijvingen | Verschil met vorig jaar |', ['| 2022 | 1.410 | |', '| 2023 | 1.385 | −25 |', '| 2024 | 1.452 | +67 |', '| 2025 | 1.498 | +46 |'])],
  ['a difference with the first year', h('| Jaar | Inschrijvingen | Verschil met 2022 |', ['| 2022 | 1.410 | |', '| 2023 | 1.385 | −25 |', '| 2024 | 1.452 | +42 |', '| 2025 | 1.498 | +88 |'])],
  ['a growth in percent that holds', h('| Jaar | Leners | Groei t.o.v. vorig jaar |', ['| 2022 | 20.000 | |', '| 2023 | 21.000 | 5,0% |', '| 2024 | 21.840 | 4,0% |', '| 2025 | 22.495 | 3,0% |'])],
  ['two year columns with their difference along the row', h('| Wijk | 2024 | 2025 | Verschil met vorig jaar |', ['| Noord | 410 | 455 | 45 |', '| Zuid | 380 | 362 | -18 |', '| Oost | 220 | 251 | 31 |'])],
  ['a difference with last year rounded in thousands', ['# Gegevens', '', 'Bedragen x € 1.000.', '', '| Jaar | Lasten | Verschil met vorig jaar |', '|---|---|---|', '| 2024 | 1.240,4 | |', '| 2025 | 1.302,6 | 62,2 |', '| 2026 | 1.351,1 | 48,5 |']]
]

describeBattery(tableRowArithmetic, defects, clean, 4)
