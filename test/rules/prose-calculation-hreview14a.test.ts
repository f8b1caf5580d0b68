import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hreview14a: a mean per unit whose units a table column counts without a total row. A column of
// part-time units (`1,5` fte) sums to a fraction; the count of units is that fraction, not its
// numerator (3,5 fte was read as 7, and a right mean of 30 per fte was a warning).
const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]
const teams = (a: string, b: string, c: string, d: string): string[] => ['| Wijkteam | Fte | Trajecten |', '|---|---|---|', `| Oostkant | ${a} | ${b} |`, `| Havenbuurt | ${c} | ${d} |`, '']

const defects: BatteryWording[] = [
  ['a mean per fte over a column of whole fte', body(...teams('1', '45', '2', '60'), 'Per fte begeleidden de teams gemiddeld 30 trajecten.'), '35'],
  ['a mean per fte over a column of part-time fte, wrong', body(...teams('1,5', '45', '2', '60'), 'Per fte begeleidden de teams gemiddeld 24 trajecten.'), '30']
]

const clean: CleanWording[] = [
  ['a mean per fte over a column of part-time fte, right', body(...teams('1,5', '45', '2', '60'), 'Per fte begeleidden de teams gemiddeld 30 trajecten.')],
  ['half-time units, right', body(...teams('0,5', '18', '2,5', '72'), 'Per fte liepen er gemiddeld 30 trajecten.')]
]

describeBattery(proseCalculation, defects, clean, 2)
