import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hfar20: a change of one row of a table with a column per year, said in prose with amounts in
// the cells (`€ 285`) or from a year on (`sinds 2025`) without the year it runs to. A change `sinds`
// a year runs to a later column; which one the sentence leaves open, so it holds when any later
// column gives it. Look-alikes: the change right for the last or an earlier later column, a
// percentage after `sinds` that is no change, and the amounts right between two named years.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const prices = ['| Soort | 2024 | 2025 | 2026 |', '|---|---|---|---|', '| Sociale huur | € 210 | € 214 | € 221 |', '| Vrije sector | € 340 | € 352 | € 371 |', '| Bedrijven | € 120 | € 120 | € 126 |', '']
const members = ['| Vereniging | 2022 | 2023 | 2024 | 2025 |', '|---|---|---|---|---|', '| Voetbal | 640 | 610 | 585 | 560 |', '| Tennis | 310 | 335 | 360 | 372 |', '| Hockey | 220 | 240 | 251 | 266 |', '']

const defects: DefectWording[] = [
  ['amounts in the cells, two named years', body(...prices, 'De grondprijs voor de vrije sector steeg tussen 2024 en 2026 met 15 procent.'), '15 procent'],
  ['a change since a year, amounts in the cells', body(...prices, 'Grond voor sociale huur is sinds 2024 met 12 procent in prijs gestegen.'), '12 procent'],
  ['a decline since a year, counts', body(...members, 'Het voetbal heeft sinds 2022 ruim een kwart van zijn leden verloren.'), 'ruim een kwart'],
  ['a growth since a year, said with the percentage first', body(...members, 'Met 30 procent meer leden is hockey sinds 2023 het snelst gegroeid.'), '30 procent']
]

const clean: CleanWording[] = [
  ['a change since a year right for the last column', body(...prices, 'Grond voor de vrije sector is sinds 2024 met ruim 9 procent in prijs gestegen.')],
  ['a change since a year right for an earlier later column', body(...members, 'Tennis groeide sinds 2022 met 16 procent.')],
  ['a percentage after sinds that is no change', body(...prices, 'Sinds 2025 geldt voor bedrijven een korting van 12 procent op de grondprijs.')],
  ['amounts in the cells, the change right', body(...prices, 'De grondprijs voor de vrije sector steeg tussen 2024 en 2026 met 9 procent.')]
]

// At start: 0 of 4 (written before the code changed); 4 of 4 with amounts in cells and changes since a year.
describeBattery(percentageClaimCheck, defects, clean, 4)
