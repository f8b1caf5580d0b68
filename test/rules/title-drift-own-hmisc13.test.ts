import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the reader: the plan's own title, with its kind word and
// its years, written elsewhere in the plan with other words between — in a besluit point, a table
// cell, a heading, brackets, quotes, a list item, a sentence start. Look-alikes: the title itself
// (also in small letters), a regional plan, the title with the municipality's name, a plan of
// other years, another kind of plan that works this one out.
const front = { titel: 'Actieplan schone lucht en stille straten 2026-2029' }
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['a besluit point', ['# Besluit', '', 'De raad besluit:', '', '1. het Actieplan schone lucht en rustige straten 2026-2029 vast te stellen;', '2. het college op te dragen jaarlijks te rapporteren.'], 'rustige'],
  ['a table cell', p('| Stuk | Stand |', '|---|---|', '| Actieplan schone lucht en stille wegen 2026-2029 | concept |', '| Nota geluid | vastgesteld |'), 'wegen'],
  ['a heading', ['## Leeswijzer bij het Actieplan schone lucht en stille pleinen 2026-2029', '', 'Dit hoofdstuk legt uit hoe het plan is opgebouwd.'], 'pleinen'],
  ['in brackets', p('De maatregelen (zie het Actieplan gezonde lucht en stille straten 2026-2029) gelden voor alle wijken.'), 'gezonde'],
  ['after `Met het`', p('Met het Actieplan schone lucht en minder geluid 2026-2029 zetten we een eerste stap.'), 'minder geluid'],
  ['in quotes', p('Het college legt het ‘Actieplan schone lucht en stille buurten 2026-2029’ voor aan de raad.'), 'buurten'],
  ['a list item with a colon', p('Meer lezen:', '', '- Actieplan frisse lucht en stille straten 2026-2029: hoofdstuk 3;', '- de nota geluid.'), 'frisse'],
  ['a sentence start, words added', p('Actieplan schone lucht en stille straten en pleinen 2026-2029 is het eerste plan van deze soort.'), 'pleinen'],
  ['the second sentence', p('Dit is een concept. Het Actieplan heldere lucht en stille straten 2026-2029 volgt na de inspraak.'), 'heldere'],
  ['a besluit point with a letter', ['# Besluit', '', 'De raad besluit:', '', 'a. het Actieplan schone lucht en stillere straten 2026-2029 vast te stellen;', 'b. de kosten te dekken uit de reserve.'], 'stillere'],
  ['an inverted word order', p('Het Actieplan stille straten en schone lucht 2026-2029 vraagt € 1,2 miljoen.'), 'stille straten en schone lucht'],
  ['a bold name', p('Lees ook het **Actieplan schone lucht en stille wijken 2026-2029** voor de kaarten.'), 'wijken']
]

const clean: CleanWording[] = [
  ['the title in a besluit point', ['# Besluit', '', 'De raad besluit:', '', '1. het Actieplan schone lucht en stille straten 2026-2029 vast te stellen;', '2. het college op te dragen jaarlijks te rapporteren.']],
  ['the title in small letters', p('Het actieplan schone lucht en stille straten 2026-2029 vraagt € 1,2 miljoen.')],
  ['a regional plan', p('Het regionale Actieplan luchtkwaliteit 2026-2029 sluit hierop aan.')],
  ['the title with the municipality', p('Het Actieplan schone lucht en stille straten Veldhoorn 2026-2029 ligt ter inzage.')],
  ['a plan of other years', p('Het Actieplan geluid 2018-2022 liep af.')],
  ['another kind of plan', p('Het Uitvoeringsprogramma schone lucht 2026-2029 werkt dit plan uit.')],
  ['a plan about something else', p('Het Actieplan armoede 2026-2029 loopt gelijk op met dit plan.')],
  ['the title in a table cell', p('| Stuk | Stand |', '|---|---|', '| Actieplan schone lucht en stille straten 2026-2029 | concept |', '| Nota geluid | vastgesteld |')]
]

describeBattery(titleDrift, defects, clean, 11, front)
