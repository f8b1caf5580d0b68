import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend A: a table named by a dotted number (`tabel 4.1`) is not every table whose number
// starts alike (`tabel 4.2`); and a whole named by its parts may put an article before the count
// (`bestaat uit de vijf kernen`).
const table = (...rows: string[]): string[] => ['| Kern | Inwoners |', '|---|---|', ...rows.map((r) => `| ${r} |`)]
const kernen4 = table('Oosterlo | 4.100', 'Westerlo | 3.900', 'Brinkhorst | 2.200', 'Veldzicht | 1.300')
const p = (...lines: string[]): string[] => ['# Kernen', '', ...lines]

const defects: DefectWording[] = [
  ['a dotted table number that is the caption’s', p('Tabel 4.1: Inwoners per kern', '', ...kernen4, '', 'De gemeente telt vijf kernen (tabel 4.1).'), 'vijf'],
  ['an article between bestaat uit and the count', p('De gemeente bestaat uit de vijf kernen van tabel 4.', '', ...kernen4), 'vijf'],
  ['an article between verdeeld in and the count', p('Het gebied is verdeeld in de drie kernen van tabel 4.', '', ...kernen4), 'drie']
]

const clean: CleanWording[] = [
  ['another dotted table number with the same start', p('Tabel 4.1: Inwoners per kern', '', ...kernen4, '', 'De regio telt vijf kernen (tabel 4.2).')],
  ['the right count after an article', p('De gemeente bestaat uit de vier kernen van tabel 4.', '', ...kernen4)]
]

describeWordings(countClaimMismatch, defects, clean)
