import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hreview14b: a bracket that opens an aside and never closes, after an aside of the same paragraph
// that did close. Only the first bracket of the paragraph was looked at, so a closing bracket
// anywhere after it hid a later one left open. Look-alikes: two closed asides, a nested aside,
// enumerations with `a)` and `b)`, an aside that runs on into the next paragraph.
const front = { titel: 'Nota Schone Kernen 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines, '', 'De raad stelt de kaders vast; het college voert uit.']

const defects: BatteryWording[] = [
  ['a closed aside, then one left open', p('De huur (per maand) en de borg (twee maanden vooraf betalen nieuwe huurders bij de sleuteloverdracht.')],
  ['a closed aside with a number, then one left open at the end', p('We plaatsen 14 nieuwe afvalbakken (zes bij de haltes) en legen ze vaker (in de zomer twee keer per week')],
  ['an open aside after a closed one in a list item', ['# Acties', '', '- We vegen de markt (elke zaterdag) en de kade (vanaf april na elk evenement;', '- We bellen melders binnen twee dagen terug.']],
  ['an open aside after a closed abbreviation', p('De stichting (SSK) neemt het beheer over van de gemeente (inclusief de twee wijkploegen en hun materieel.')],
  ['an open aside with an amount after a closed one', p('De kosten (eenmalig) dekken we uit de reserve (€ 40.000 in 2027 en daarna uit de reguliere begroting.')]
]

const clean: CleanWording[] = [
  ['two closed asides', p('De huur (per maand) en de borg (twee maanden) betalen nieuwe huurders bij de sleuteloverdracht.')],
  ['a nested aside', p('De stichting (met de twee wijkploegen (sinds 2024 samen)) neemt het beheer over.')],
  ['an enumeration with letters', p('We kiezen tussen a) een eigen ploeg, b) een aannemer en c) vrijwilligers per straat.')],
  ['an aside that runs on into the next paragraph', ['# Aanleiding', '', 'De kosten (eenmalig) dekken we uit de reserve (Reserve', '', 'Openbare Ruimte) van de gemeente.', '', 'De raad stelt de kaders vast.']],
  ['an aside cut by a page break that runs past an aside of its own', ['# Aanleiding', '', 'We werken samen met de huisartsen (regio Noord), zowel in de proeftuinen (Wijk Zonder', '', 'Grenzen (WZG) Oosterpark en Samen Sterk) als in de wijkteams.', '', 'De raad stelt de kaders vast.']],
  ['a closed aside after a closed one, each with a number', p('We plaatsen 14 afvalbakken (zes bij de haltes) en legen ze vaker (twee keer per week).')]
]

describeBattery(unfinishedSentence, defects, clean, 5, front)
