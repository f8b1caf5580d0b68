import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule: the plan's own title, with its kind and its
// years, written with a content word swapped for a paraphrase of another length (one word for
// two, two for one, a word added) — the reader must compare the words, not count them.
// Look-alikes: the exact title in other capitals, the previous plan with other years, a sibling
// plan of the same kind and years on another subject, a short title without years.
const front = { titel: 'Actieplan dierenwelzijn huisdieren 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['one word for two at the end', p('Met het Actieplan dierenwelzijn gezelschapsdieren thuis 2027-2030 zetten we in op voorlichting.'), 'gezelschapsdieren thuis'],
  ['one word for three at the start', p('Het Actieplan dierenzorg en opvang huisdieren 2027-2030 bouwt voort op het asiel.'), 'dierenzorg en opvang'],
  ['a word for a number-word group', p('In het Actieplan dierenwelzijn 4-voeters 2027-2030 staan drie sporen.'), '4-voeters'],
  ['a preposition added', p('Dit Actieplan dierenwelzijn van huisdieren 2027-2030 is samen met de dierenambulance gemaakt.'), 'van huisdieren'],
  ['one word for one', p('Met het Actieplan dierenwelzijn gezelschapsdieren 2027-2030 kiezen we voor de buurt.'), 'gezelschapsdieren'],
  ['a compound split in two', p('Het Actieplan welzijn van huisdieren 2027-2030 vervangt de losse afspraken.'), 'welzijn van'],
  ['a drifted title in a list item', p('Dit plan bestaat uit:', '', '- het Actieplan dierenwelzijn honden en katten 2027-2030;', '- een jaarlijkse monitor.'), 'honden en katten'],
  ['a drifted title in brackets', p('Deze aanpak (Actieplan dierenwelzijn bij huisdieren 2027-2030) richt zich op alle wijken.'), 'bij huisdieren'],
  ['a drifted title with lower-case kind', p('In dit actieplan dierenwelzijn kleine huisdieren 2027-2030 leest u wat we gaan doen.'), 'kleine huisdieren'],
  ['an adjective added', p('Het Actieplan dierenwelzijn verwaarloosde huisdieren 2027-2030 geeft richting aan het toezicht.'), 'verwaarloosde'],
  ['a word added at the front', p('Het Lokaal actieplan dierenwelzijn huisdieren 2027-2030 is in de zomer besproken.'), 'Lokaal'],
  ['a pair in the middle', p('Zo wil het Actieplan dierenwelzijn en dierenopvang huisdieren 2027-2030 de buurt betrekken.'), 'dierenopvang']
]

const clean: CleanWording[] = [
  ['the exact title', p('Met het Actieplan dierenwelzijn huisdieren 2027-2030 zetten we in op voorlichting.')],
  ['the title in other capitals', p('Het Actieplan Dierenwelzijn Huisdieren 2027-2030 is samen met het asiel gemaakt.')],
  ['the previous plan', p('Het Actieplan dierenwelzijn huisdieren 2022-2026 liep af in het voorjaar.')],
  ['a sibling plan on another subject', p('Naast dit plan geldt het Actieplan hondenoverlast 2027-2030.')],
  ['a short title without years', p('Het Actieplan dierenwelzijn huisdieren vraagt om een jaarlijkse monitor.')],
  ['the plan by its kind only', p('Dit actieplan loopt van 2027 tot en met 2030.')],
  ['a regional plan of another party', p('Het regionale Actieplan dierenwelzijn landbouwdieren 2027-2030 van de provincie sluit hierop aan.')],
  ['a plan of another kind on a near subject', p('De provincie werkt aan een Uitvoeringsagenda stadsboerderijen 2027-2030.')],
  ['the exact title in a list item', p('Dit plan bestaat uit:', '', '- het Actieplan dierenwelzijn huisdieren 2027-2030;', '- een jaarlijkse monitor.')],
  ['the title in quotes', p('Het college stelde het "Actieplan dierenwelzijn huisdieren 2027-2030" in september vast.')]
]

describeBattery(titleDrift, defects, clean, 11, front)
