import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hcount16, written before reading the rule: sentences that stop before they are done
// in forms another author would leave (a clause cut after an article or preposition, a dangling
// conjunction, a paragraph ending in a colon with nothing after it, a list item or table cell
// that stops, a heading-like line ending in a comma). Look-alikes: lead-ins before a list or
// table, headings, elliptic list items, `enz.`/`etc.`, quotes, questions, italic titles,
// abbreviations with a dot, a sentence ending on a separable particle.
const p = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines, '', '# Financiën', '', 'De kosten staan in de begroting.']

const defects: BatteryWording[] = [
  ['a sentence stopping on the article', p('Het college stuurt de raad elk jaar een overzicht van de.')],
  ['a dangling en', p('We betrekken inwoners, ondernemers en.')],
  ['a dangling zoals', p('We pakken kleine ergernissen in de buurt aan, zoals.')],
  ['a dangling omdat', p('De proef met de buurtbus stopt in 2029, omdat.')],
  ['a paragraph ending in a colon before a heading', p('De maatregelen voor de komende jaren zijn:')],
  ['a list item stopping at de', p('Wat we doen:', '', '- we verbeteren de;', '- we verlengen de subsidie aan het jongerenwerk.')],
  ['a heading-like line ending in a comma', p('Aanpak in de wijken,', '', 'We starten in Noord en Zuid.')],
  ['a sentence stopping on het', p('Daarnaast zetten we in op het.')],
  ['a paragraph without an end', p('We verwachten dat het aantal aanvragen in 2029 verder', '', 'Daarom houden we een reserve aan.')],
  ['met als doel with nothing after it', p('We openen een inloopspreekuur met als doel.')],
  ['door middel van without its object', p('Wij bereiken jongeren door middel van.')],
  ['zorgen ervoor dat', p('Met de nieuwe regeling zorgen we ervoor dat.')],
  ['a last list item ending in en', p('We bieden:', '', '- een cursus voor mantelzorgers;', '- een training voor vrijwilligers en')],
  ['a table cell cut off', p('| Maatregel | Doel |', '|---|---|', '| Meer groen | minder hittestress in de |', '| Buurtbus | minder eenzaamheid |')],
  ['in plaats van with nothing after it', p('We kiezen voor een vast budget in plaats van.')],
  ['a dangling maar', p('De vraag naar huishoudelijke hulp stijgt, maar.')],
  ['a clause cut after a preposition', p('In 2028 verhuist het loket naar.')],
  ['a list item stopping on an article after its preposition', p('Wat we doen:', '', '- we investeren in het;', '- we verlengen de subsidie aan de bibliotheek.')],
  ['a list item stopping on ervoor dat', p('Wat we doen:', '', '- we zorgen ervoor dat;', '- we verlengen de subsidie aan de bibliotheek.')],
  ['a table cell stopping on naar het', p('| Actie | Toelichting |', '|---|---|', '| Buurtbus | rijdt naar het |', '| Inloop | elke dinsdag |')],
  ['met als and its noun before another sentence', p('We starten een leesproject met als resultaat. Daarna volgt een evaluatie.')],
  ['a colon ending a paragraph before another paragraph', p('We hanteren de volgende uitgangspunten:', '', 'De gemeente blijft eigenaar van de gebouwen.')]
]

const clean: CleanWording[] = [
  ['a lead-in before a list', p('Dit doen we door:', '', '- meer groen;', '- minder verkeer.')],
  ['a lead-in before a table', p('De cijfers per jaar:', '', '| Jaar | Aantal |', '|---|---|', '| 2027 | 40 |')],
  ['a lead-in before a numbered list', p('De stappen zijn:', '', '1. aanmelden;', '2. intake;', '3. begeleiding.')],
  ['enz. at the end', p('We steunen clubs voor sport, cultuur, welzijn enz.')],
  ['etc. at the end', p('Denk aan bankjes, bloembakken, speeltoestellen etc.')],
  ['a quote', p('Het motto is: „Samen houden we de buurt schoon”.')],
  ['a question', p('Wat betekent dit voor inwoners met een laag inkomen?')],
  ['an italic title', p('We bouwen voort op de nota *Meedoen voor iedereen*.')],
  ['abbreviations with a dot', p('Dit geldt voor o.a. scholen, sportclubs e.d.')],
  ['a reference to an article', p('Zie art. 4 lid 2 e.v.')],
  ['a separable particle at the end', p('De resultaten vallen tegen, maar we geven niet op.')],
  ['mee at the end', p('Dat nemen we in het volgende plan mee.')],
  ['short table cells', p('| Doel | Haalbaar |', '|---|---|', '| Meer groen | ja |', '| Buurtbus | nee |')],
  ['a sentence ending on a verb after en', p('Dat is iets wat wij niet kunnen en ook niet willen.')],
  ['zoals inside the sentence', p('Alles blijft zoals het was.')],
  ['elliptic list items', p('Onze speerpunten:', '', '- schulden', '- wonen', '- werk')],
  ['a heading', ['# Uitvoering', '', '## Wat we gaan doen', '', 'We starten in 2027.']],
  ['a key and a value', p('**Looptijd:** 2027 tot en met 2029.')],
  ['a salutation ending in a comma', ['# Aanbieding', '', 'Geachte leden van de raad,', '', 'Hierbij bieden wij u het plan aan.']],
  ['het after a verb at the end', p('Zo houden we het.')],
  ['an item ending on a verb after het', p('Wat we doen:', '', '- we pakken het aan;', '- we houden het vol.')],
  ['a cell with a phrase that closes', p('| Actie | Toelichting |', '|---|---|', '| Buurtbus | rijdt naar het station |')],
  ['an italic title ending on a preposition', p('Zie ook het rapport *Waar we naartoe willen*.')]
]

describeBattery(unfinishedSentence, defects, clean, 21)
