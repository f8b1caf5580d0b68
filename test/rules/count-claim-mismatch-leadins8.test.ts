import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shape: a sentence that points at the table beside it (`In de tabel staan de vijf
// wijken …`, `Hieronder staan de drie scholen …`) counts the rows of what the first column names,
// as a caption does. Look-alikes: the count that fits (a total row is no item), a part of a whole,
// and a count in a phrase of its own.

const table = (head: string, names: string[]): string[] => [`| ${head} | Aantal |`, '|---|---|', ...names.map((name, i) => `| ${name} | ${(i + 1) * 100} |`)]

const defects: DefectWording[] = [
  ['a lead-in above the table with one row too many', ['# Wijken', '', 'In de tabel staan de vijf wijken waar we beginnen.', '', ...table('Wijk', ['Noord', 'Zuid', 'Oost', 'West'])], '`vijf wijken`'],
  ['hieronder with one row too few', ['# Scholen', '', 'Hieronder staan de drie scholen die een nieuw plein krijgen.', '', ...table('School', ['De Wilg', 'De Es', 'Het Anker', 'De Regenboog'])], '`drie scholen`'],
  ['a sentence under the table', ['# Kernen', '', ...table('Kern', ['Aa', 'Bee', 'Cee']), '', 'De tabel toont de vier kernen van de gemeente.'], '`vier kernen`']
]

const clean: CleanWording[] = [
  ['the count that fits, with a total row', ['# Wijken', '', 'In de tabel staan de vier wijken waar we beginnen.', '', ...table('Wijk', ['Noord', 'Zuid', 'Oost', 'West', 'Totaal'])]],
  ['a part of a whole', ['# Wijken', '', 'De tabel hieronder toont twee van de vier wijken.', '', ...table('Wijk', ['Noord', 'Zuid'])]],
  ['a count in a phrase of its own', ['# Wijken', '', 'In twee wijken starten we eerder; de tabel geeft alle wijken.', '', ...table('Wijk', ['Noord', 'Zuid', 'Oost', 'West'])]],
  ['a count of something else than the first column', ['# Wijken', '', 'De tabel hieronder geeft per wijk de drie buurthuizen die we openen.', '', ...table('Wijk', ['Noord', 'Zuid'])]]
]

describeWordings(countClaimMismatch, defects, clean)
