import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 12 battery, written before reading the rule again: a future with `zal`/`zullen` (often a
// passive `zal … worden ingevoerd`) about a date already past on the document date, in a list
// item, a numbered item, with emphasis, a distractor count or an inserted clause. Look-alikes: the
// same with a date still ahead, a perfect (`is ingevoerd`), a past date in a relative clause
// while the future verb is about a later date, a participle adjective before the noun.
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', periode: '2027-2030', datum: '2026-11-20' }
const p = (...lines: string[]): string[] => ['# Planning', '', ...lines]
const items = (...lines: string[]): string[] => ['# Planning', '', 'Wat we doen:', '', ...lines]

const defects: BatteryWording[] = [
  ['a list item with zal worden ingevoerd', items('- Vanaf 1 maart 2026 zal een nieuwe regeling worden ingevoerd.', '- We evalueren in 2028.')],
  ['per date zal worden verplaatst', p('Per 1 juli 2026 zal het loket worden verplaatst naar het stadhuis.')],
  ['a list item about informing the raad', items('- In mei 2026 zal de raad worden geïnformeerd over de uitkomsten.', '- We evalueren in 2028.')],
  ['zullen worden verlaagd', p('Vanaf september 2026 zullen de tarieven voor de sporthal worden verlaagd.')],
  ['a season with zal worden', items('- In het voorjaar van 2026 zal de website worden vernieuwd;', '- we evalueren in 2028.')],
  ['zal in werking treden', p('Op 1 januari 2026 zal de nieuwe verordening in werking treden.')],
  ['an inserted clause with a count', items('- Vanaf 1 augustus 2026 zal, zoals afgesproken met 14 verenigingen, een pas worden uitgegeven.', '- We evalueren in 2028.')],
  ['zullen worden bezocht', p('In juni 2026 zullen alle scholen worden bezocht door de coach.')],
  ['an asterisk item with er', items('* Per 1 oktober 2026 zal er een nieuw meldpunt worden geopend.', '* We evalueren in 2028.')],
  ['a year only', items('- In 2025 zal een onderzoek worden gedaan naar de wachttijden.', '- We evalueren in 2028.')],
  ['emphasis around the date', p('Vanaf **1 april 2026** zal de regeling worden uitgebreid.')],
  ['a numbered item', ['# Planning', '', '1. Vanaf 1 mei 2026 zal het sportakkoord worden uitgevoerd.', '2. We evalueren in 2028.']]
]

const clean: BatteryWording[] = [
  ['a date still ahead', items('- Vanaf 1 maart 2027 zal een nieuwe regeling worden ingevoerd.', '- We evalueren in 2028.')],
  ['a perfect about a past date', items('- Vanaf 1 maart 2026 is een nieuwe regeling ingevoerd.', '- We evalueren in 2028.')],
  ['a perfect with per', p('Per 1 juli 2026 is het loket verplaatst naar het stadhuis.')],
  ['a past date in a relative clause, a future later', items('- De regeling die per 1 maart 2026 is ingevoerd, zal in 2028 worden geëvalueerd.', '- We evalueren in 2028.')],
  ['a present about a past date, a future later', p('Vanaf 1 januari 2026 geldt de nieuwe verordening; die zal in 2028 worden geëvalueerd.')],
  ['December of the document year', items('- In december 2026 zal de raad worden geïnformeerd.', '- We evalueren in 2028.')],
  ['a past date in a relative clause before zal', p('De pas die in september 2026 is ingevoerd, zal vanaf 2027 ook voor ouderen gelden.')],
  ['a future in a relative clause with a later year', p('Vanaf 1 maart 2026 werken we met een nieuwe regeling, die in 2027 zal worden uitgebreid.')],
  ['the end of the document year', p('Eind 2026 zal de regeling worden geëvalueerd.')],
  ['a past verb', p('In juni 2026 werden alle scholen bezocht door de coach.')],
  ['a future tot a later year', p('Tot 2028 zal de regeling ongewijzigd blijven.')]
]

// Open look-alike (still flagged at the start of this wave): a dated participle adjective before
// the subject noun, `Het in mei 2026 vastgestelde plan zal worden uitgevoerd.`
describeBattery(staleStatement, defects, clean, 12, front)
