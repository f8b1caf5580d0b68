import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange16 (rows): a sum of rows that a table of the section names, stated in prose (`Oost en
// West waren samen goed voor 61 meldingen`, `in Oost, West en Noord samen 88`). The sum should
// be the rows' cells in the column the sentence counts. Look-alikes: the sum right, names that
// are no rows, a table with two number columns where the sum fits one, a share of the whole.

const table = ['| Wijk | Meldingen |', '|---|---:|', '| Oost | 27 |', '| West | 34 |', '| Noord | 19 |', '| Zuid | 12 |', '| Totaal | 92 |', '']
const body = (...lines: string[]): string[] => ['# Meldingen', '', ...table, ...lines]
const two = ['| Buurt | Bewoners | Deelnemers |', '|---|---:|---:|', '| Hoogkamp | 1.840 | 96 |', '| Brinkhof | 2.310 | 141 |', '| Veldzicht | 1.275 | 58 |', '']

const defects: BatteryWording[] = [
  ['samen goed voor … van de', body('Oost en West waren samen goed voor 71 van de 92 meldingen.'), '61'],
  ['samen, meldingen', body('Oost en West telden samen 71 meldingen.'), '61'],
  ['three names', body('In Oost, West en Noord kwamen samen 90 meldingen binnen.'), '80'],
  ['the sum first', body('Samen 41 meldingen kwamen uit Noord en Zuid.'), '31'],
  ['after another sentence', body('De meeste meldingen gingen over geluid. Noord en Zuid zijn samen goed voor 36 meldingen.'), '31'],
  ['in brackets', body('De twee grootste wijken (Oost en West) hadden samen 66 meldingen.'), '61'],
  ['lower case names', body('De wijken oost en west hadden samen 66 meldingen.'), '61'],
  ['tezamen', body('Oost en Zuid tezamen hadden 44 meldingen.'), '39'],
  ['second table, bewoners', ['# Buurten', '', ...two, 'Hoogkamp en Brinkhof hebben samen 4.250 bewoners.'], '4.150'],
  ['second table, deelnemers', ['# Buurten', '', ...two, 'Uit Brinkhof en Veldzicht kwamen samen 209 deelnemers.'], '199'],
  ['opgeteld', body('Opgeteld hadden West en Zuid 56 meldingen.'), '46'],
  ['in words', body('Noord en Zuid waren samen goed voor eenendertig meldingen; Oost en West samen voor eenenzeventig.'), '61']
]

const clean: CleanWording[] = [
  ['the sum right', body('Oost en West waren samen goed voor 61 van de 92 meldingen.')],
  ['three right', body('In Oost, West en Noord kwamen samen 80 meldingen binnen.')],
  ['names that are no rows', body('Centrum en Haven telden samen 71 meldingen.')],
  ['bewoners right', ['# Buurten', '', ...two, 'Hoogkamp en Brinkhof hebben samen 4.150 bewoners.']],
  ['deelnemers right', ['# Buurten', '', ...two, 'Uit Brinkhof en Veldzicht kwamen samen 199 deelnemers.']],
  ['a share of the whole', body('Oost en West waren samen goed voor twee derde van alle meldingen.')],
  ['a percentage', body('Oost en West waren samen goed voor 66 procent van de meldingen.')],
  ['another noun', body('Oost en West hebben samen 14 speeltuinen.')],
  ['rounded', body('Oost en West waren samen goed voor ruim 60 meldingen.')],
  ['another year', body('In 2024 hadden Oost en West samen 75 meldingen.')]
]

describeBattery(proseCalculation, defects, clean, 10)
