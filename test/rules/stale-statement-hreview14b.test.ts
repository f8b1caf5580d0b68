import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hreview14b: a plural on -den after a diphthong is a present (`bereiden`, `houden`), but the -i of
// `oei` is no diphthong of its own: `bloeiden`, `sproeiden`, `roeiden` are weak pasts of verbs on
// -oeien, and a past at a moment before the document date is no stale announcement.
const front = { titel: 'Programma Groen in de Kernen 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a present plural on -eiden at a past season', p('In de zomer van 2026 bereiden de vrijwilligers de plantdag in de boomgaard voor.')],
  ['a present plural on -ouden at a past month', p('In juli 2026 houden de bewoners van de Berkenhof een open tuinendag.')],
  ['a present plural on -ijden at a past quarter', p('In het tweede kwartaal van 2026 snijden de hoveniers alle hagen langs de singel terug.')]
]

const clean: CleanWording[] = [
  ['a weak past on -oeiden at a past season', p('In het voorjaar van 2026 bloeiden de bermen langs de nieuwe fietsroute volop.')],
  ['a weak past on -oeiden with a prefix', p('In de zomer van 2026 besproeiden vrijwilligers de jonge linden aan de Dorpsstraat.')],
  ['a weak past on -oeiden at a past month', p('In mei 2026 groeiden de aanmeldingen voor de moestuinen snel.')],
  ['a weak past on -oeiden after a fronted moment', p('Eind juni 2026 roeiden de leerlingen van groep acht voor het eerst op de plas.')]
]

describeBattery(staleStatement, defects, clean, 3, front)
