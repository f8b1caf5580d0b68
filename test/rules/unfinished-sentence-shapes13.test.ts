import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 13 battery, written before reading the rule again: a sentence that stops before its end
// without a closing mark, on a noun or an article after an opened bijzin (`of de balie in het
// dorp`, `dat alle kinderen in de wijk`), a preposition, a lead-in word, in a paragraph and in a
// list item. Look-alikes: complete sentences that end on the particle of a separable verb
// (`stootte … uit.`, `nam … deel.`, `voerde … uit.`, `zette … in.`), stranded prepositions of a
// pronominal adverb (`waar we naar kijken.`), and a heading without a closing mark.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']
const items = (...lines: string[]): string[] => ['# Aanpak', '', 'We doen het volgende:', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']

const defects: BatteryWording[] = [
  ['an of-clause stopping after its subject', p('Daarnaast onderzoeken we of het loket in de bibliotheek')],
  ['a dat-clause stopping after its subject', p('We willen dat alle kinderen in de wijk')],
  ['an article at the end', p('De raad heeft gevraagd om een overzicht van de')],
  ['a bare dat', p('Samen met de scholen zorgen we ervoor dat')],
  ['an om-clause stopping at its object', p('Ook kijken we naar de mogelijkheden om het sportpark')],
  ['a preposition at the end', p('In 2027 breiden we het aantal plekken uit naar')],
  ['a preposition after a noun', p('Het college besluit in het voorjaar over de subsidie voor')],
  ['a bare of bij', p('Wie hulp nodig heeft, kan terecht bij het wijkteam of bij')],
  ['a list item stopping in a dat-clause', items('- We zorgen dat de aanvraag binnen vier weken', '- We verlengen het contract met de beheerder.', '- We evalueren in 2028.')],
  ['a modal waiting for its infinitive', p('Omdat de vraag blijft stijgen, willen we de bouw van 400 woningen')],
  ['a dat-clause stopping at a year', p('Het is de bedoeling dat de nieuwe sporthal in 2028')],
  ['an article after over', p('De wethouder gaat met de ondernemers in gesprek over de')]
]

const clean: BatteryWording[] = [
  ['a separable verb uit after a count', p('In 2019 stootte de gemeente 400 kiloton (kton) CO2 uit.')],
  ['a separable verb deel', p('Vorig jaar nam de gemeente deel aan de landelijke pilot. Daarna nam ook de regio deel.')],
  ['a separable verb uit after a year', p('De GGD voerde het onderzoek in 2025 uit.')],
  ['a separable verb in', p('Het college zette vorig jaar extra middelen in.')],
  ['a separable verb uit in the present', p('We nodigen alle inwoners van de wijk uit.')],
  ['a separable verb vast', p('De raad stelt de verordening in december vast.')],
  ['a separable verb aan after a recipient', p('Daarna bieden we de rapportage aan de raad aan.')],
  ['an of-clause complete', p('We onderzoeken of de balie in het dorp open kan blijven.')],
  ['a separable verb in in a list item', items('- Jongeren brengen hun wensen in.', '- We verlengen het contract met de beheerder.', '- We evalueren in 2028.')],
  ['a separable verb uit after an amount', p('De gemeente trekt hiervoor € 40.000 uit.')],
  ['a separable verb af after a year', p('De subsidie loopt in 2027 af.')],
  ['a separable verb door', p('Bewoners geven hun mening over het plan door.')],
  ['a separable verb op', p('Het wijkteam pakt signalen direct op.')],
  ['a stranded preposition', p('Dat is precies waar we naar kijken.')],
  ['a stranded mee', p('Dit is het plan waar we de komende jaren mee werken.')],
  ['an of-clause complete without its stop', p('De gemeente gaat na of de balie in het dorp open kan blijven')],
  ['of between two nouns without a stop', p('Ouders kiezen zelf voor de kinderopvang of de gastouder')],
  ['dat as a determiner without a stop', p('In de commissie bespreken we dat voorstel met de wijkraden')]
]

// Start of wave 13: 6/12; open after it: an om-clause, a modal without its infinitive, a
// bijzin that stops on a year (the last word is no word of letters).
describeBattery(unfinishedSentence, defects, clean, 9)
