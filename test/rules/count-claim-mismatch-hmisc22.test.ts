import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc22 battery, written before reading any miss or changing the rule: a stated number of items
// that does not match what it announces. Forms, as authors vary them:
//  1. a count in words before a colon and bullets (`We zetten in op vier speerpunten:`);
//  2. a count in digits before a numbered list (`De volgende 3 acties …:` with 1. 2. 3. 4.);
//  3. a count announcing sub-headings (`Dit hoofdstuk beschrijft vijf doelen.` over four `###`);
//  4. a count announcing table rows (`De tabel hieronder toont de zes projecten.`);
//  5. names in the sentence (`de drie kernen A, B, C en D`);
//  6. inversion, the count fronted (`Vier maatregelen nemen we op:`);
//  7. a heading with the count (`## De drie pijlers`) over four sub-headings;
//  8. passive with `Er zijn … uitgewerkt:`;
//  9. `een tweetal` / `een drietal` (`via een tweetal routes:` with three bullets);
// 10. a count after the colon (`Het plan kent de volgende sporen (vier):`) — a bracketed count;
// 11. a count in a relative frame (`de twee partners met wie we samenwerken: A, B en C`).
// Look-alikes: `onder meer`, `waaronder`, `bijvoorbeeld`, a part (`twee van de vier`), nested
// bullets under the right count, a count of something else (`elk twee acties`), `minimaal`,
// `drie keer per jaar`, the right count in every form.
// Before the fix 7/11 (sub-headings after `Dit hoofdstuk beschrijft`, `een tweetal`, the bracketed count,
// `met wie` missed; `onder meer … in op` and `elk twee` flagged); after 10/11, the bracketed count still open.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const bullets = (lead: string, items: string[]): string[] => p(lead, '', ...items.map((i) => `- ${i}`))
const numbered = (lead: string, items: string[]): string[] => p(lead, '', ...items.map((i, k) => `${k + 1}. ${i}`))
const subs = (lead: string, heads: string[]): string[] => ['# Doelen', '', lead, '', ...heads.flatMap((h) => [`## ${h}`, '', 'Tekst.', ''])]
const three = ['meer groen in de straat;', 'minder verharding;', 'regenwater vasthouden.']
const four = ['buurtkamers openen;', 'vrijwilligers opleiden;', 'huisbezoeken bij 75-plussers;', 'een telefooncirkel starten.']

const defects: BatteryWording[] = [
  ['a count in words before bullets', bullets('We zetten in op vier speerpunten:', three), 'vier'],
  ['a count in digits before a numbered list', numbered('De volgende 3 acties staan centraal:', four), '3'],
  ['a count announcing sub-headings', subs('Dit hoofdstuk beschrijft vijf doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten']), 'vijf'],
  ['a count announcing table rows', p('De tabel hieronder toont de zes projecten.', '', '| Project | Budget |', '|---|---|', '| Speeltuin Noord | 40 |', '| Plein Oost | 60 |', '| Park Zuid | 90 |', '| Laan West | 20 |', '| Dijk | 15 |'), 'zes'],
  ['names in the sentence', p('In de drie kernen Oosterwijk, Hallum, Bredevoort en Lindeloo komt een buurtkamer.'), 'drie'],
  ['the count fronted', bullets('Vier maatregelen nemen we op in dit plan:', three), 'Vier'],
  ['a heading with the count', ['# De drie pijlers', '', '## Wonen', '', 'Tekst.', '', '## Werken', '', 'Tekst.', '', '## Leren', '', 'Tekst.', '', '## Ontmoeten', '', 'Tekst.', ''], 'drie'],
  ['passive with Er zijn', bullets('Er zijn zeven maatregelen uitgewerkt:', four), 'zeven'],
  ['een tweetal', bullets('Dit doen we via een tweetal routes:', three), 'tweetal'],
  ['a bracketed count after the noun', bullets('Het plan kent de volgende sporen (vijf in totaal):', four), 'vijf'],
  ['a count before a relative clause and an inline list', p('De twee partners met wie we samenwerken zijn de GGD, de bibliotheek en de woningcorporatie.'), 'twee']
]

const clean: CleanWording[] = [
  ['onder meer', bullets('We zetten onder meer in op vier speerpunten:', three)],
  ['waaronder', p('We werken met zes partners, waaronder de GGD, de bibliotheek en de woningcorporatie.')],
  ['bijvoorbeeld', bullets('Vijf maatregelen zijn mogelijk, bijvoorbeeld:', three)],
  ['a part of a larger number', bullets('Twee van de vier speerpunten vragen extra geld:', ['meer groen;', 'minder verharding.'])],
  ['nested bullets under the right count', p('We zetten in op twee speerpunten:', '', '- meer groen:', '  - bomen;', '  - geveltuinen;', '- minder verharding.')],
  ['a count of something else', bullets('De vier wijken krijgen elk twee acties:', four)],
  ['minimaal', p('We openen minimaal drie buurtkamers: in Oosterwijk, Hallum, Bredevoort en Lindeloo.')],
  ['drie keer per jaar', bullets('Drie keer per jaar komen we bij elkaar over:', four)],
  ['the right count in words', bullets('We zetten in op drie speerpunten:', three)],
  ['the right count of sub-headings', subs('Dit hoofdstuk beschrijft vier doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten'])],
  ['the right names in the sentence', p('In de vier kernen Oosterwijk, Hallum, Bredevoort en Lindeloo komt een buurtkamer.')],
  ['a section that holds more than its sub-headings', subs('Dit hoofdstuk beschrijft vijf doelen en de acties die daarbij horen.', ['Doelen', 'Acties'])],
  ['a section that holds the right count', subs('In dit hoofdstuk beschrijven we vier doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten'])],
  ['een drietal right', bullets('Dit doen we via een drietal routes:', three)]
]

describeBattery(countClaimMismatch, defects, clean, 10)
