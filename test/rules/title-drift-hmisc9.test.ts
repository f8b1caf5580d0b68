import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc9 battery, written before reading the rule: a part the plan names in a heading (a thema, a
// pijler, a paragraph about an area, a numbered programme) is named again in running text without
// quotes or brackets, as a capitalised name in mid-sentence (`De acties onder Veilig lopen naar
// school ...`, `Voor het gebied Dorpskernen en lanen ...`), after its kind and number
// (`programma 4 Wonen en stedelijke ordening`), or as one item of an enumeration of all parts
// (`de drie thema's: A, B en C`), with one or two words changed. Look-alikes: the right name, a
// short form (words left out only), a lower-case paraphrase, a sentence that merely starts with
// similar words, a former name, another body's proper name.
const themas = [
  '# 2. Thema\'s', '',
  '## Thema 1: Schone lucht in de binnenstad {#t1}', '', 'Tekst.', '',
  '## Thema 2: Veilig fietsen naar school {#t2}', '', 'Tekst.', '',
  '## Thema 3: Groen dichtbij elke woning {#t3}', '', 'Tekst.', '',
  '# 3. Uitvoering', ''
]
const withThemas = (...lines: string[]): string[] => [...themas, ...lines]
const gebieden = [
  '# 4. Gebieden', '',
  '## 4.1 Dorpskernen en linten', '', 'Tekst.', '',
  '## 4.2 Parkeerterreinen bij winkelcentra', '', 'Tekst.', '',
  '## 4.3 Sportparken en volkstuinen', '', 'Tekst.', '',
  '# 5. Regels', ''
]
const withGebieden = (...lines: string[]): string[] => [...gebieden, ...lines]
const programma = ['# Programma 4 Wonen en ruimtelijke ordening', '', 'Tekst over wonen.', '', '## 4.1 Wat mag het kosten?', '']

const defects: BatteryWording[] = [
  ['a capitalised thema name after a preposition, one word swapped', withThemas('De acties onder Veilig lopen naar school betalen we uit het mobiliteitsfonds.'), 'Veilig lopen naar school'],
  ['a thema name after its kind noun, last word swapped', withThemas('Voor het thema Groen dichtbij elke school trekken we op met de corporaties.'), 'Groen dichtbij elke school'],
  ['an area after `het gebied`, one word swapped', withGebieden('Voor het gebied Dorpskernen en lanen geldt een lagere hoogte voor borden.'), 'Dorpskernen en lanen'],
  ['an area in a list item', withGebieden('- In het gebied Sportparken en speeltuinen mogen 2 vlaggen per terrein staan.'), 'Sportparken en speeltuinen'],
  ['an area in a second sentence', withGebieden('De regels gelden voor alle gebieden. Alleen voor Parkeerterreinen bij kantoren geldt een uitzondering.'), 'Parkeerterreinen bij kantoren'],
  ['a programme named by number, one word swapped', [...programma, 'Hier staan de lasten van programma 4 Wonen en stedelijke ordening voor de jaren 2027 tot en met 2030.'], 'Wonen en stedelijke ordening'],
  ['a programme named by number, words turned around and one swapped', [...programma, 'Deze tabel toont de baten van programma 4 Ruimtelijke ordening en bouwen in vier jaren.'], 'Ruimtelijke ordening en bouwen'],
  ['an enumeration of all themas, the third changed', withThemas('In dit hoofdstuk komen de drie thema\'s terug: Schone lucht in de binnenstad, Veilig fietsen naar school en Meer groen dichtbij elke woning.'), 'Meer groen dichtbij elke woning'],
  ['an enumeration of all themas, the first changed', withThemas('We werken aan 3 thema\'s: Gezonde lucht in de binnenstad, Veilig fietsen naar school en Groen dichtbij elke woning.'), 'Gezonde lucht in de binnenstad'],
  ['a thema in brackets-free apposition after its number', withThemas('Bij thema 2, Veilig fietsen naar kantoor, horen zes acties.'), 'Veilig fietsen naar kantoor'],
  ['an area in a table cell sentence', withGebieden('| Gebied | Borden |', '|---|---|', '| Voor Dorpskernen en buurtschappen geldt de kleine maat | 1 |'), 'Dorpskernen en buurtschappen'],
  ['a thema name after `binnen`, a word added and one swapped', withThemas('Binnen Schone lucht in het oude centrum meten we op acht plekken.'), 'Schone lucht in het oude centrum']
]

const clean: CleanWording[] = [
  ['the right thema name in mid-sentence', withThemas('De acties onder Veilig fietsen naar school betalen we uit het mobiliteitsfonds.')],
  ['a short form with words left out', withThemas('Onder Fietsen naar school vallen vijf acties.')],
  ['a lower-case paraphrase', withThemas('Ook veilig lopen naar school vinden we belangrijk.')],
  ['a sentence that starts with similar words', withThemas('Veilig fietsen naar kantoor is voor werkgevers een eigen zorg.')],
  ['a former name of the thema', withThemas('In het vorige programma heette thema 2 nog Veilig lopen naar school.')],
  ['another body’s proper name', withThemas('Met Veilig Verkeer Nederland geven we fietslessen op 12 scholen.')],
  ['the right enumeration', withThemas('In dit hoofdstuk komen de drie thema\'s terug: Schone lucht in de binnenstad, Veilig fietsen naar school en Groen dichtbij elke woning.')],
  ['an enumeration of short forms', withThemas('De drie thema\'s zijn kort gezegd: schone lucht, veilig fietsen en groen.')],
  ['the right area after `het gebied`', withGebieden('Voor het gebied Dorpskernen en linten geldt een lagere hoogte voor borden.')],
  ['a short area name', withGebieden('Voor Dorpskernen geldt een lagere hoogte.')],
  ['the right programme name by number', [...programma, 'Hier staan de lasten van programma 4 Wonen en ruimtelijke ordening voor de jaren 2027 tot en met 2030.']],
  ['another programme by another number', [...programma, 'De dekking komt uit programma 7 Algemene middelen en belastingen.']],
  ['a caption after a table number', withGebieden('Tabel 5.1 Sportparken en zwembaden (aantal borden per terrein)')],
  ['another pair after `en`', withGebieden('Voor Dorpskernen en bedrijventerreinen samen is er één loket.')],
  ['a place that shares a word with an area', withGebieden('Op het Sportpark De Linten staan nu 4 borden.')]
]

describeBattery(titleDrift, defects, clean, 9)
