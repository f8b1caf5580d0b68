import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery h3misc, written before reading the rule: the plan's term told as a start and a length
// (`geldt vanaf … voor een periode van vijf jaar`, `voor drie jaar`, `gedurende zes jaar`,
// `met een looptijd van vier jaar`) where the length does not fit `periode`. Look-alikes: the
// right length, a length of something else (a subsidy, a contract, a pilot), a length of a phase.
const front = { titel: 'Beleidskader Speelruimte 2027-2030', soort: 'beleidskader', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['voor een periode van vijf jaar', p('Het beleidskader geldt vanaf 1 januari 2027 voor een periode van vijf jaar.'), 'vijf jaar'],
  ['voor drie jaar, digits start', p('Dit kader geldt vanaf 2027 voor drie jaar.'), 'drie jaar'],
  ['gedurende zes jaar', p('Het beleidskader is van kracht vanaf januari 2027, gedurende zes jaar.'), 'zes jaar'],
  ['met een looptijd van', p('Het kader gaat in per 1 januari 2027 met een looptijd van vijf jaar.'), 'vijf jaar'],
  ['digits', p('Dit beleidskader geldt met ingang van 2027 voor een termijn van 5 jaar.'), '5 jaar'],
  ['length first', p('Voor een periode van drie jaar, te beginnen op 1 januari 2027, geldt dit beleidskader.'), 'drie jaar'],
  ['list item', p('Over de looptijd:', '', '- het kader geldt vanaf 2027 voor zes jaar;', '- halverwege volgt een tussenmeting.'), 'zes jaar'],
  ['bracket', p('Het beleidskader (vanaf 1 januari 2027 voor een periode van vijf jaar) vervangt de oude speelnota.'), 'vijf jaar'],
  ['treedt in werking en geldt', p('Het kader treedt op 1 januari 2027 in werking en geldt dan voor drie jaar.'), 'drie jaar'],
  ['tijdvak', p('Dit beleidskader bestrijkt vanaf 2027 een tijdvak van vijf jaar.'), 'vijf jaar'],
  ['voor de duur van', p('Het beleidskader geldt vanaf 2027 voor de duur van zes jaar.'), 'zes jaar'],
  ['vastgesteld voor', p('De raad stelt het kader vast voor vijf jaar, ingaande 1 januari 2027.'), 'vijf jaar']
]

const clean: CleanWording[] = [
  ['the right length', p('Het beleidskader geldt vanaf 1 januari 2027 voor een periode van vier jaar.')],
  ['the right length in digits', p('Dit kader geldt vanaf 2027 voor 4 jaar.')],
  ['a subsidy', p('De subsidie voor buurtspeeltuinen geldt vanaf 2027 voor een periode van vijf jaar.')],
  ['a contract', p('Het onderhoudscontract loopt vanaf 1 januari 2027 voor zes jaar.')],
  ['a pilot', p('De proef met natuurspeelplekken loopt vanaf 2027 gedurende twee jaar.')],
  ['a phase of the plan', p('De eerste fase van dit kader duurt vanaf 2027 twee jaar.')],
  ['equipment lifetime', p('Een speeltoestel gaat vanaf plaatsing gemiddeld vijftien jaar mee.')],
  ['a guarantee', p('Op de nieuwe ondergrond geldt vanaf oplevering in 2027 een garantie van tien jaar.')],
  ['an agreement with a school', p('De afspraak met de school geldt vanaf 2027 voor drie jaar.')],
  ['a past term', p('De vorige speelnota gold vanaf 2019 voor een periode van vijf jaar.')],
  ['a lease', p('Het terrein huren we vanaf 2027 voor een termijn van tien jaar.')]
]

describeBattery(periodMismatch, defects, clean, 9, front)
