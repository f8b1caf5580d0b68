import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3struct battery, written before reading the rule: a paragraph right above a table that counts
// the items its rows hold (`Het overzicht telt zes projecten …`) while the table has another
// number of rows; the table opens with a number column (`Nr`), the counted noun heads the next
// column, and the count may stand on the first line of a hard-wrapped paragraph with another
// figure in the same sentence. Look-alikes: the right count, a count in a phrase (`in drie
// wijken`), a count of something else than the rows, a paragraph that is not next to the table.
const rows = (n: number): string[] => ['| Nr | Project | Trekker | Gereed |', '|---|---|---|---|', ...Array.from({ length: n }, (_, i) => `| ${i + 1} | ${['Fietspad', 'Speeltuin', 'Buurthuis', 'Zonnedak', 'Moestuin', 'Kademuur', 'Bankjes'][i]} verbeteren | Team | 2028 |`)]
const p = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines]

const defects: BatteryWording[] = [
  ['a count above the table', p('Het overzicht hieronder telt 6 projecten.', '', ...rows(5)), '6'],
  ['a count in the agenda', p('De agenda bevat de zeven projecten die we tot 2030 uitvoeren.', '', ...rows(5)), 'zeven'],
  ['a count on the first of wrapped lines', p('De uitvoeringsagenda bestaat uit acht projecten waarmee we de twee', 'doelen van dit plan halen. We werken haar jaarlijks bij.', '', ...rows(6)), 'acht'],
  ['a count lower than the rows', p('In de tabel staan vier projecten.', '', ...rows(6)), 'vier'],
  ['a count with a second figure', p('Deze agenda noemt 3 projecten voor de periode van vier jaar.', '', ...rows(5)), '3'],
  ['a count in a longer paragraph', p('We hebben de plannen met de wijken besproken. De agenda hieronder bevat negen projecten.', '', ...rows(7)), 'negen']
]

const clean: CleanWording[] = [
  ['the right count', p('Het overzicht hieronder telt 5 projecten.', '', ...rows(5))],
  ['the right count on wrapped lines', p('De uitvoeringsagenda bestaat uit zes projecten waarmee we de twee', 'doelen van dit plan halen.', '', ...rows(6))],
  ['a count in a phrase', p('De agenda werkt in drie wijken.', '', ...rows(5))],
  ['a count of something else', p('De agenda hieronder loopt over vier jaar.', '', ...rows(5))],
  ['a paragraph not next to the table', p('Vorig jaar liepen er negen projecten.', '', 'Dit jaar zijn het er minder, zoals de tabel laat zien.', '', ...rows(5))],
  ['a count of partners', p('Het overzicht hieronder noemt ook de drie partners per project.', '', ...rows(5))]
]

describeBattery(countClaimMismatch, defects, clean, 6)
