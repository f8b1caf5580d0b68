import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc22 battery, written before reading any miss or changing the rule: a statement stale against
// the document date (15 February 2027). Forms, as authors vary them:
//  1. a season with its year fronted, present as future (`In het najaar van 2026 stelt de raad … vast`);
//  2. `voor de zomer van 2026` with a separable verb (`leggen we … voor`);
//  3. a passive future with `wordt … opgeleverd` and a past year;
//  4. the elections of a past month as future (`Na de verkiezingen van maart 2026 maakt …`);
//  5. `dit jaar` glossed with an old year (`dit jaar (2026)`);
//  6. a quarter in a passive (`wordt in het vierde kwartaal van 2026 … voorgelegd`);
//  7. `zullen` with `eind 2026`;
//  8. `verwachten` with a past month;
//  9. `medio 2026` with `gaat … in`;
// 10. `zal … in de loop van 2026 …` in a subordinate position;
// 11. `De planning is om … in juli 2026 vast te stellen`;
// 12. `nog vast te stellen` for a document the text says was adopted.
// Look-alikes: the past tense, the perfect, a later date, `sinds`, `dit jaar (2027)`, `nog vast te
// stellen` for a document without an adoption, an old date as a source (`de monitor van najaar
// 2026`), `tot eind 2026 gold`, a past decision about a future year.
// Before the fix 10/14 (the month-dated election and the three adopted-yet-pending forms missed); after
// 13/14: `na de verkiezingen van maart 2026` stays open, since `Na de raadsverkiezingen van 18 maart 2026
// werken we …` (shapes13) tells a state since then.
const front = { titel: 'Woonprogramma 2027-2030', soort: 'programmaplan', periode: '2027-2030', datum: '2027-02-15' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a fronted season as future', p('In het najaar van 2026 stelt de raad de nieuwe woonvisie vast.'), '2026'],
  ['voor de zomer with a separable verb', p('Voor de zomer van 2026 leggen we de huisvestingsverordening aan de raad voor.'), '2026'],
  ['a passive future with a past year', p('Het nieuwe gezondheidscentrum wordt in 2026 opgeleverd.'), '2026'],
  ['the elections of a past month', p('Na de gemeenteraadsverkiezingen van maart 2026 maakt het nieuwe college een woonakkoord.'), '2026'],
  ['dit jaar with an old year', p('Dit jaar (2026) starten we met de bouw van veertig sociale huurwoningen.'), '2026'],
  ['a quarter in a passive', p('Het woningbehoefteonderzoek wordt in het vierde kwartaal van 2026 aan de raad voorgelegd.'), '2026'],
  ['zullen with eind', p('Eind 2026 zullen we de evaluatie van de starterslening afronden.'), '2026'],
  ['verwachten with a past month', p('We verwachten in december 2026 de uitkomsten van het onderzoek naar woningdelen.'), '2026'],
  ['medio with gaat in', p('Medio 2026 gaat de nieuwe doelgroepenverordening in.'), '2026'],
  ['zal in de loop van', p('Het college zal de motie over tiny houses in de loop van 2026 beantwoorden.'), '2026'],
  ['de planning is om', p('De planning is om de woonzorgvisie in juli 2026 vast te stellen.'), '2026'],
  ['nog niet vastgesteld after an adoption in the text', p('De Woonzorgvisie is op 3 oktober 2026 door de raad vastgesteld.', '', 'De Woonzorgvisie is nog niet vastgesteld; tot die tijd werken we met de oude visie.'), 'nog niet vastgesteld'],
  ['a bracket nog vast te stellen after an adoption', p('De Omgevingsvisie werd in september 2026 vastgesteld.', '', 'Dit programma volgt de Omgevingsvisie (nog vast te stellen) op drie punten.'), 'nog vast te stellen'],
  ['nog vast te stellen after an adoption in the text', p('De raad stelde de Woonvisie op 10 november 2026 vast.', '', 'Dit programma werkt de nog vast te stellen Woonvisie uit.'), 'nog vast te stellen']
]

const clean: CleanWording[] = [
  ['the past tense', p('In het najaar van 2026 stelde de raad de nieuwe woonvisie vast.')],
  ['the perfect', p('Het nieuwe gezondheidscentrum is in 2026 opgeleverd.')],
  ['a later date', p('In het najaar van 2027 stelt de raad de nieuwe woonvisie vast.')],
  ['sinds', p('Sinds 2026 werken we met een starterslening.')],
  ['dit jaar with the document year', p('Dit jaar (2027) starten we met de bouw van veertig sociale huurwoningen.')],
  ['nog vast te stellen without an adoption', p('Dit programma werkt de nog vast te stellen Woonzorgvisie uit.')],
  ['an old date as a source', p('Uit de woonmonitor van het najaar van 2026 blijkt dat de wachttijd oploopt.')],
  ['tot eind gold', p('Tot eind 2026 gold de oude huisvestingsverordening.')],
  ['a past decision about a future year', p('In 2026 besloot het rijk dat de regeling in 2028 stopt.')],
  ['verwachten with a later month', p('We verwachten in december 2027 de uitkomsten van het onderzoek naar woningdelen.')],
  ['another plan pending beside an adopted visie', p('De raad stelde de Woonvisie op 10 november 2026 vast.', '', 'Het uitvoeringsplan bij de Woonvisie moet nog worden vastgesteld.')],
  ['an adoption still to come', p('Zodra de raad de Woonvisie heeft vastgesteld, passen we dit programma aan.', '', 'Dit programma werkt de nog vast te stellen Woonvisie uit.')],
  ['an adoption expected in the present', p('De raad stelt de Woonvisie naar verwachting in maart 2027 vast.', '', 'Dit programma werkt de nog vast te stellen Woonvisie uit.')],
  ['the plan about the adopted visie', p('De raad stelde de Woonvisie op 10 november 2026 vast.', '', 'Dit programma werkt de Woonvisie uit.')]
]

describeBattery(staleStatement, defects, clean, 13, front)
