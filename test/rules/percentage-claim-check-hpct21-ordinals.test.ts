import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21 (ordinals): a sentence that names a table row as prose says it (`de tweede helft
// van 2026` for `2e helft 2026`, `het derde kwartaal` for `3e kwartaal`), quotes one cell of that
// row as its part (a difference keeps its sign in the table: `-4`) and names the column of the
// whole (`van de taakstelling`). The look-alikes: the right share, another row's right share, a
// count that is no cell of the row, and a whole that names no column.
const table = (head: string, rows: string[]): string[] => [`| ${head} |`, '|---|---|---|---|', ...rows.map((r) => `| ${r} |`)]
const halves = table('Halfjaar | Taakstelling | Gehuisvest | Verschil', ['1e helft 2025 | 32 | 27 | -5', '2e helft 2025 | 35 | 38 | +3', '1e helft 2026 | 41 | 33 | -8', '2e helft 2026 | 44 | 40 | -4'])
const totalled = table('Halfjaar | Taakstelling | Gehuisvest | Verschil', ['1e helft 2025 | 32 | 27 | -5', '2e helft 2025 | 35 | 38 | +3', '1e helft 2026 | 41 | 33 | -8', '2e helft 2026 | 44 | 40 | -4', 'Totaal | 152 | 138 | -14'])
const quarters = table('Kwartaal | Aanvragen | Toegekend | Afgewezen', ['1e kwartaal | 120 | 90 | 30', '2e kwartaal | 140 | 100 | 40', '3e kwartaal | 110 | 95 | 15', '4e kwartaal | 130 | 104 | 26'])
const p = (rows: string[], sentence: string): string[] => ['# Resultaten', '', 'Het verloop staat in de tabel.', '', ...rows, '', sentence]

const defects: BatteryWording[] = [
  ['second half, signed difference', p(halves, 'In de tweede helft van 2026 bleven we 4 statushouders achter, ruim 15 procent van de taakstelling.'), 'ruim 15 procent'],
  ['second half, table with a total row', p(totalled, 'In de tweede helft van 2026 bleven we 4 statushouders achter, ruim 15 procent van de taakstelling.'), 'ruim 15 procent'],
  ['first half, fraction', p(halves, 'In de eerste helft van 2025 bleven er 5 plaatsen onbenut, bijna een kwart van de taakstelling.'), 'bijna een kwart'],
  ['third quarter, plain cell', p(quarters, 'In het derde kwartaal werden 15 verzoeken geweigerd, ruim een kwart van de aanvragen.'), 'ruim een kwart'],
  ['fourth quarter, percentage first', p(quarters, 'Voor het vierde kwartaal geldt: 35 procent van de aanvragen werd niet toegekend, 26 in getal.'), '35 procent']
]

const clean: CleanWording[] = [
  ['second half, right share', p(halves, 'In de tweede helft van 2026 bleven we 4 statushouders achter, bijna 10 procent van de taakstelling.')],
  ['another row, right share', p(halves, 'In de tweede helft van 2025 huisvestten we 3 statushouders meer dan gevraagd, bijna 10 procent van de taakstelling.')],
  ['a count that is no cell of the row', p(halves, 'In de tweede helft van 2026 wachtten nog 11 statushouders op een woning, een kwart van de taakstelling.')],
  ['a whole that names no column', p(quarters, 'In het derde kwartaal werden 15 verzoeken geweigerd, ruim een kwart van alle klachten.')]
]

describeBattery(percentageClaimCheck, defects, clean, 5)
