import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// hcalc8: a rate in percent times an amount column, each row with its own rate, the amount
// columns in their own scales (thousands, millions). Written after finding that products of
// columns read only columns without percentages.
const table = (rows: string[], head = '| Regeling | Grondslag (x € 1.000) | Percentage | Bijdrage (x € 1.000) |'): string[] => [head, '|---|---|---|---|', ...rows]

const defects: BatteryWording[] = [
  ['percentage of a base in thousands', table(['| Noord | 4.800 | 2,5% | 120 |', '| Midden | 3.600 | 4,0% | 144 |', '| Zuid | 2.250 | 3,2% | 81 |']), '81'],
  ['tarief of a value in millions, yield in thousands', table(['| Winkels | 640 | 0,2150% | 1.376 |', '| Kantoren | 410 | 0,2150% | 882 |', '| Loodsen | 275 | 0,1800% | 945 |'], '| Soort | Waarde (x € 1 mln) | Tarief | Opbrengst (x € 1.000) |'), '945'],
  ['swapped digits in the first row', table(['| Haven | 12.400 | 1,5% | 168 |', '| Kade | 8.000 | 2,0% | 160 |', '| Sluis | 5.500 | 2,0% | 110 |']), '168']
]

const clean: Array<[string, string[]]> = [
  ['all rows right', table(['| Noord | 4.800 | 2,5% | 120 |', '| Midden | 3.600 | 4,0% | 144 |', '| Zuid | 2.250 | 3,2% | 72 |'])],
  ['a growth percentage beside two amounts', table(['| Noord | 4.800 | +2,5% | 4.920 |', '| Midden | 3.600 | +4,0% | 3.744 |', '| Zuid | 2.250 | -1,0% | 2.228 |'], '| Regeling | 2026 (x € 1.000) | Groei | 2027 (x € 1.000) |')],
  ['a share column beside unrelated amounts', table(['| Noord | 4.800 | 35% | 610 |', '| Midden | 3.600 | 40% | 220 |', '| Zuid | 2.250 | 25% | 95 |'], '| Wijk | Budget (x € 1.000) | Aandeel jongeren | Subsidie (x € 1.000) |')]
]

describeBattery(tableRowArithmetic, defects, clean, 3)
