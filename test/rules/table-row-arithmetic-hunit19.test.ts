import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hunit19 (table rows that are products with units): a count column times a duration column in
// minutes with the total in hours (`Kinderen per jaar | Minuten per contact | Uren per jaar`), and
// an amount per month or week beside the same amount per year in a table of two filled rows.
// Look-alikes: every row right (also a cell rounded to the hour), a single filled row, and a
// total column that adds the same extra to every row.

const body = (...lines: string[]): string[] => ['# Capaciteit', '', ...lines]

const defects: BatteryWording[] = [
  ['minutes into hours', body('| Activiteit | Aantal per jaar | Minuten per keer | Uren per jaar |', '|---|---|---|---|', '| Huisbezoek | 900 | 60 | 900 |', '| Spreekuur | 1.200 | 20 | 400 |', '| Telefonisch consult | 2.400 | 10 | 400 |', '| Groepsvoorlichting | 150 | 90 | 245 |'), '225'],
  ['duration header in brackets', body('| Taak | Aantal | Duur (minuten) | Totaal (uren) |', '|---|---|---|---|', '| Intake | 360 | 45 | 270 |', '| Evaluatie | 240 | 30 | 140 |', '| Nazorg | 480 | 15 | 120 |', '| Afsluiting | 120 | 30 | 60 |'), '120'],
  ['per month beside per year, two rows', body('| Vergoeding | Per maand | Per jaar |', '|---|---|---|', '| Alleenstaande | € 45,00 | € 540 |', '| Gezin | € 62,50 | € 770 |'), '750'],
  ['per week beside per year', body('| Dienst | Per week | Per jaar |', '|---|---|---|', '| Ochtendroute | € 120 | € 6.240 |', '| Avondroute | € 85 | € 4.520 |', '| Weekendroute | - | € 2.000 |'), '4.420']
]

const clean: CleanWording[] = [
  ['minutes right', body('| Activiteit | Aantal per jaar | Minuten per keer | Uren per jaar |', '|---|---|---|---|', '| Huisbezoek | 900 | 60 | 900 |', '| Spreekuur | 1.200 | 20 | 400 |', '| Telefonisch consult | 2.400 | 10 | 400 |', '| Groepsvoorlichting | 150 | 90 | 225 |')],
  ['rounded to the hour', body('| Activiteit | Aantal per jaar | Minuten per keer | Uren per jaar |', '|---|---|---|---|', '| Huisbezoek | 950 | 50 | 792 |', '| Spreekuur | 1.100 | 20 | 367 |', '| Telefonisch consult | 2.300 | 10 | 383 |', '| Groepsvoorlichting | 130 | 95 | 206 |')],
  ['a single filled row', body('| Vergoeding | Per maand | Per jaar |', '|---|---|---|', '| Alleenstaande | € 45,00 | € 580 |', '| Gezin | - | € 770 |')],
  ['per month, both right', body('| Vergoeding | Per maand | Per jaar |', '|---|---|---|', '| Alleenstaande | € 45,00 | € 540 |', '| Gezin | € 62,50 | € 750 |')],
  ['the same extra on every row', body('| Activiteit | Aantal per jaar | Minuten per keer | Uren per jaar incl. reistijd |', '|---|---|---|---|', '| Huisbezoek | 900 | 60 | 1.000 |', '| Spreekuur | 1.200 | 20 | 500 |', '| Telefonisch consult | 2.400 | 10 | 500 |')]
]

describeBattery(tableRowArithmetic, defects, clean, 4)
