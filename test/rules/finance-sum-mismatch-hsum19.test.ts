import { financeSumMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave hsum19 battery, written before the code: a saldo row whose lasten and baten close other
// tables of the chapter (`Subtotaal lasten` in one table, `Subtotaal baten` in the next, `Saldo van
// baten en lasten` opening a third; or `Totaal lasten` in one table and `Totaal dekking` with
// `Saldo (dekking min lasten)` in the next). Look-alikes: the same saldi right, lasten written
// negative, a table with other columns, a saldo that agrees in no column (another saldo), and a
// saldo with its own lasten and baten above it. Start code: 0 of 4; after carried-saldi: 4 of 4.
const head = '| Omschrijving | 2027 | 2028 | 2029 |'
const tab = (title: string, rows: string[], columns = head): string[] => ['', `Tabel ${title} (bedragen x € 1.000)`, '', columns, '|---|---|---|---|', ...rows]
const lasten = tab('5.1 Lasten', ['| Personeel | 2.410 | 2.460 | 2.515 |', '| Subsidies | 1.380 | 1.390 | 1.400 |', '| Subtotaal lasten | 3.790 | 3.850 | 3.915 |'])
const baten = tab('5.2 Baten', ['| Leges | 640 | 655 | 670 |', '| Huur | 215 | 220 | 225 |', '| Subtotaal baten | 855 | 875 | 895 |'])
const saldo = (cells: string): string[] => tab('5.3 Saldo', [`| Saldo van baten en lasten | ${cells} |`, '| Onttrekking reserve | 150 | 100 | 50 |'])
const costs = tab('3 Lasten', ['| Programma | 1.120 | 1.135 | 1.150 |', '| Depot | 90 | 95 | 100 |', '| Totaal lasten | 1.210 | 1.230 | 1.250 |'])
const cover = (cells: string): string[] => tab('4 Dekking', ['| Bestaand budget | 1.100 | 1.100 | 1.100 |', '| Bijdrage provincie | 60 | 60 | 60 |', '| Reserve | 45 | 70 | 95 |', '| Totaal dekking | 1.205 | 1.230 | 1.255 |', `| Saldo (dekking min lasten) | ${cells} |`])

const defects: BatteryWording[] = [
  ['a saldo table under lasten and baten tables, two digits swapped', ['# Financiën', ...lasten, ...baten, ...saldo('-2.935 | -2.795 | -3.020')], '-2.975'],
  ['a saldo under a cover table, lasten in the table before', ['# Financiën', ...costs, ...cover('-5 | 0 | 15')], '`15`'],
  ['lasten written negative, saldo off', ['# Financiën', ...tab('1 Lasten', ['| Uitvoering | -4.200 | -4.260 | -4.330 |', '| Totaal lasten | -4.200 | -4.260 | -4.330 |']), ...tab('2 Baten', ['| Rijksbijdrage | 1.650 | 1.650 | 1.650 |', '| Totaal baten | 1.650 | 1.650 | 1.650 |']), ...tab('3 Resultaat', ['| Saldo baten en lasten | -2.550 | -2.710 | -2.680 |'])], '-2.610'],
  ['a saldo written as lasten minus baten, one column off', ['# Financiën', ...lasten, ...baten, ...tab('5.3 Saldo', ['| Saldo lasten en baten | 2.935 | 2.975 | 3.120 |'])], '3.020']
]

const clean: BatteryWording[] = [
  ['the saldo table right', ['# Financiën', ...lasten, ...baten, ...saldo('-2.935 | -2.975 | -3.020')]],
  ['the cover saldo right', ['# Financiën', ...costs, ...cover('-5 | 0 | 5')]],
  ['a saldo table with other columns', ['# Financiën', ...lasten, ...baten, ...tab('5.3 Saldo', ['| Saldo van baten en lasten | -2.935 | -2.795 | -3.020 |'], '| Omschrijving | 2028 | 2029 | 2030 |')]],
  ['a saldo that agrees in no column', ['# Financiën', ...lasten, ...baten, ...saldo('-2.785 | -2.875 | -2.970')]],
  ['a saldo with its own lasten and baten', ['# Financiën', ...lasten, ...tab('6 Overzicht', ['| Totaal lasten | 3.790 | 3.850 | 3.915 |', '| Totaal baten | 855 | 875 | 895 |', '| Saldo van baten en lasten | -2.935 | -2.975 | -3.020 |'])]]
]

describeBattery(financeSumMismatch, defects, clean, 4)
