import { financeSumMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 17 battery (hcount3), written before reading the rule again: a closing balance row
// (`Saldo na …`, `Resultaat na bestemming`, `Stand 31 december`, `Saldo`) under rows of both
// signs: a balance of the other sign first, then withdrawals and additions, sometimes with a
// subtotal row of a block in between that must not be counted twice; or lasten and baten rows
// with their totals. Look-alikes: the same tables adding up, a dash and a PM, lasten written
// positive with the balance as baten minus lasten, a stand with withdrawals written positive.
// Start code: 2 of 6 (the two saldi of lasten and baten); a `Saldo` without lasten and baten was
// never computed, `Resultaat na …` was no claim row, and a subtotal of the mutations under a balance
// swallowed the balance. After: 6 of 6. Added later: `Stand 31 december` (no claim row), and a
// saldo under a saldo that was computed (its rows started after it): 8 of 8.
const t = (rows: string[]): string[] => ['# Financiën', '', 'Tabel 3. Overzicht (x € 1.000)', '', '| Omschrijving | 2027 | 2028 | 2029 |', '|---|---|---|---|', ...rows]

const defects: BatteryWording[] = [
  ['a result after appropriation off by a hundred', t(['| Resultaat voor bestemming | -1.820 | -1.905 | -2.010 |', '| Toevoeging reserve sport | -60 | -60 | -60 |', '| Onttrekking reserve wijken | 410 | 380 | 350 |', '| Resultaat na bestemming | -1.470 | -1.485 | -1.720 |'])],
  ['a balance after mutations with a subtotal of withdrawals between', t(['| Saldo programma | -2.610 | -2.740 | -2.905 |', '| Inzet reserve groen | 330 | 290 | 150 |', '| Inzet reserve wegen | 170 | 140 | 95 |', '| Subtotaal inzet reserves | 500 | 430 | 245 |', '| Dotatie reserve grond | -45 | -80 | - |', '| Saldo na inzet reserves | -2.155 | -2.390 | -2.560 |'])],
  ['lasten negative, baten positive, saldo off', t(['| Lasten | -7.315 | -7.480 | -7.620 |', '| Baten | 2.140 | 2.205 | 2.260 |', '| Saldo | -5.175 | -5.275 | -5.460 |'])],
  ['detail rows with totals of lasten and baten, saldo off', t(['| Personeel | 1.240 | 1.265 | 1.290 |', '| Materieel | 385 | 390 | 400 |', '| Totaal lasten | 1.625 | 1.655 | 1.690 |', '| Leges | 410 | 420 | 430 |', '| Subsidie provincie | 150 | 150 | 150 |', '| Totaal baten | 560 | 570 | 580 |', '| Saldo | -1.065 | -1.085 | -1.120 |'])],
  ['a saldo of two subtotals and a withdrawal, off in one column', t(['| Saldo programma cultuur | -930 | -955 | -990 |', '| Onttrekking reserve cultuur | 120 | 85 | 40 |', '| Onttrekking reserve monumenten | 60 | 60 | 60 |', '| Subtotaal onttrekkingen | 180 | 145 | 100 |', '| Saldo na bestemming | -750 | -810 | -870 |'])],
  ['an addition and two withdrawals, result off', t(['| Saldo voor reserves | 240 | 115 | -35 |', '| Storting reserve onderhoud | -300 | -300 | -300 |', '| Onttrekking egalisatiereserve | 90 | 75 | 60 |', '| Onttrekking reserve riolering | 25 | 30 | 35 |', '| Saldo na reserves | 55 | -60 | -240 |'])]
,
  ['a closing position of a reserve off', t(['| Stand 1 januari | 2.075 | 1.960 | 1.815 |', '| Dotaties | 135 | 95 | 80 |', '| Bestedingen | -250 | -240 | -205 |', '| Stand 31 december | 1.960 | 1.815 | 1.790 |'])],
  ['a result after appropriation under a computed saldo, off', t(['| Lasten | 5.310 | 5.420 | 5.515 |', '| Baten | 1.270 | 1.285 | 1.300 |', '| Saldo van lasten en baten | -4.040 | -4.135 | -4.215 |', '| Inzet algemene reserve | 310 | 260 | 240 |', '| Storting reserve wegen | -75 | -75 | -75 |', '| Resultaat na bestemming | -3.805 | -3.850 | -4.050 |'])]
]

const clean: BatteryWording[] = [
  ['a result after appropriation that adds up', t(['| Resultaat voor bestemming | -1.820 | -1.905 | -2.010 |', '| Toevoeging reserve sport | -60 | -60 | -60 |', '| Onttrekking reserve wijken | 410 | 380 | 350 |', '| Resultaat na bestemming | -1.470 | -1.585 | -1.720 |'])],
  ['a subtotal between, balance right', t(['| Saldo programma | -2.610 | -2.740 | -2.905 |', '| Inzet reserve groen | 330 | 290 | 150 |', '| Inzet reserve wegen | 170 | 140 | 95 |', '| Subtotaal inzet reserves | 500 | 430 | 245 |', '| Dotatie reserve grond | -45 | -80 | - |', '| Saldo na inzet reserves | -2.155 | -2.390 | -2.660 |'])],
  ['lasten positive, saldo as baten minus lasten', t(['| Lasten | 7.315 | 7.480 | 7.620 |', '| Baten | 2.140 | 2.205 | 2.260 |', '| Saldo | -5.175 | -5.275 | -5.360 |'])],
  ['totals of lasten and baten, saldo right', t(['| Personeel | 1.240 | 1.265 | 1.290 |', '| Materieel | 385 | 390 | 400 |', '| Totaal lasten | 1.625 | 1.655 | 1.690 |', '| Leges | 410 | 420 | 430 |', '| Subsidie provincie | 150 | 150 | 150 |', '| Totaal baten | 560 | 570 | 580 |', '| Saldo | -1.065 | -1.085 | -1.110 |'])],
  ['a PM in the withdrawals and a saldo without it', t(['| Saldo programma cultuur | -930 | -955 | -990 |', '| Onttrekking reserve cultuur | 120 | PM | 40 |', '| Onttrekking reserve monumenten | 60 | 60 | 60 |', '| Subtotaal onttrekkingen | 180 | 60 | 100 |', '| Saldo na bestemming | -750 | -895 | -890 |'])],
  ['a stand with withdrawals written positive', t(['| Stand 1 januari | 1.480 | 1.390 | 1.230 |', '| Toevoeging | 110 | 90 | 70 |', '| Onttrekking | 200 | 250 | 180 |', '| Stand 31 december | 1.390 | 1.230 | 1.120 |'])],
  ['a closing position of a reserve, right', t(['| Stand 1 januari | 2.075 | 1.960 | 1.815 |', '| Dotaties | 135 | 95 | 80 |', '| Bestedingen | -250 | -240 | -205 |', '| Stand 31 december | 1.960 | 1.815 | 1.690 |'])],
  ['a result after appropriation under a computed saldo, right', t(['| Lasten | 5.310 | 5.420 | 5.515 |', '| Baten | 1.270 | 1.285 | 1.300 |', '| Saldo van lasten en baten | -4.040 | -4.135 | -4.215 |', '| Inzet algemene reserve | 310 | 260 | 240 |', '| Storting reserve wegen | -75 | -75 | -75 |', '| Resultaat na bestemming | -3.805 | -3.950 | -4.050 |'])],
  ['a saldo of the mutations only under a balance', t(['| Saldo programma | -1.210 | -1.340 | -1.420 |', '| Inzet reserve sport | 300 | 200 | 100 |', '| Storting reserve groen | -80 | -60 | -40 |', '| Saldo inzet reserves | 220 | 140 | 60 |', '| Geraamd saldo | -990 | -1.200 | -1.360 |'])],
  ['an addition and two withdrawals, right', t(['| Saldo voor reserves | 240 | 115 | -35 |', '| Storting reserve onderhoud | -300 | -300 | -300 |', '| Onttrekking egalisatiereserve | 90 | 75 | 60 |', '| Onttrekking reserve riolering | 25 | 30 | 35 |', '| Saldo na reserves | 55 | -80 | -240 |'])]
]

describeBattery(financeSumMismatch, defects, clean, 8)
