import { financeSumMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 37: a saldo under detail rows whose side is said by a compound (`Kapitaallasten`,
// `Personeelskosten`, `Huuropbrengsten`), or by nothing (`Storting voorziening`, `Bijdrage
// provincie`). A compound is a row of its side; a row of neither side may stand on either, so
// only a saldo that fits no reading is off. Start code: the compounds were no rows of a side
// (a saldo of `Baten`, `Lasten` and `Kapitaallasten` was read as baten min lasten without the
// kapitaallasten: a false fout), a saldo of compounds only was not computed at all.
const t = (rows: string[]): string[] => ['# Financiën', '', 'Tabel 2. Exploitatie (x € 1.000)', '', '| Post | 2027 | 2028 |', '|---|---|---|', ...rows]

const defects: BatteryWording[] = [
  ['compound lasten under a revenue row, saldo off in 2028', t(['| Opbrengst verhuur | 820 | 840 |', '| Personeelskosten | 310 | 320 |', '| Kapitaallasten | 140 | 150 |', '| Saldo | 370 | 390 |'])],
  ['a row of neither side, saldo fitting no reading in 2028', t(['| Huuropbrengsten | 1.200 | 1.250 |', '| Onderhoudskosten | 430 | 450 |', '| Storting voorziening | 90 | 90 |', '| Saldo | 680 | 760 |'])],
  ['compound baten and lasten, saldo off in 2028', t(['| Parkeeropbrengsten | 2.400 | 2.450 |', '| Exploitatielasten | 1.310 | 1.330 |', '| Saldo | 1.090 | 1.200 |'])]
]

const clean: Array<[string, string[]]> = [
  ['baten, lasten and kapitaallasten with the saldo after all three', t(['| Baten sportpark | 2.140 | 2.180 |', '| Lasten beheer | 1.210 | 1.240 |', '| Kapitaallasten | 385 | 395 |', '| Saldo | 545 | 545 |'])],
  ['a storting of neither side counted with the lasten', t(['| Baten | 980 | 1.010 |', '| Lasten | 610 | 620 |', '| Storting voorziening | 50 | 50 |', '| Saldo | 320 | 340 |'])],
  ['a bijdrage of neither side counted with the baten', t(['| Lasten | 1.500 | 1.540 |', '| Baten | 900 | 920 |', '| Bijdrage provincie | 250 | 250 |', '| Saldo | -350 | -370 |'])],
  ['compound rows only, saldo right', t(['| Huuropbrengsten | 640 | 660 |', '| Energiekosten | 120 | 110 |', '| Personeelskosten | 260 | 270 |', '| Saldo | 260 | 280 |'])]
]

describeBattery(financeSumMismatch, defects, clean, 3)
