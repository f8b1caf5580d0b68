import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc7 battery, written before reading the rule: a date, number or reference written as a
// template whose unknown parts are dots, x's or underscores (`..-..-2027`, `xx maart`, `__-__-2026`,
// `nr. 2026/..`). Look-alikes: an ellipsis in prose or a quote (`…`, `[...]`), a row of numbers with
// dots between them, dates and amounts filled in, times with a dot, words with a double x, Roman
// numerals and the `,-` of a round amount.
const p = (...lines: string[]): string[] => ['# Besluitvorming', '', ...lines]

const defects: BatteryWording[] = [
  ['a date with dots for day and month', p('De verordening geldt vanaf de vaststelling door de raad op ..-..-2027.')],
  ['a date with x for day and month', p('Het college stemde in met het voorstel op xx-xx-2026 en stuurt het naar de raad.')],
  ['a date with underscores', p('De subsidieregeling is gepubliceerd in het Gemeenteblad van __-__-2028.')],
  ['a day of dots before a month', p('De inloopavond voor bewoners vindt plaats op .. maart 2027 in het dorpshuis.')],
  ['a day of x before a month', p('We sturen de evaluatie uiterlijk xx juni 2029 naar de commissie.')],
  ['a slash date with dots', p('Het besluit (..\/..\/2026) staat in bijlage 3.')],
  ['a reference number left open', p('Zie het raadsvoorstel met kenmerk 2026/.. voor de financiële onderbouwing.')],
  ['a month and year left open in a list item', p('Wat nog moet:', '', '- de raad stelt de nota vast op xx-xx-xxxx;', '- de nota wordt gepubliceerd.')],
  ['a time left open', p('De hoorzitting begint om ..:.. uur in de raadzaal.')],
  ['a date in a table cell with dots', ['# Planning', '', '| Stap | Datum |', '|---|---|', '| Besluit college | ..-..-2027 |', '| Besluit raad | 14-12-2027 |']],
  ['an article number left open', p('De regels staan in artikel xx van de Algemene plaatselijke verordening.')],
  ['a date with a year of x', p('De nota treedt in werking op 1 januari 20xx.')]
]

const clean: CleanWording[] = [
  // (An ellipsis between two words of one sentence stands for a value by design: the look-alike is the enumeration.)
  ['an ellipsis ending an enumeration', p('We denken aan buurtbarbecues, spelmiddagen, een wandelclub, ... en nog veel meer.')],
  ['an omission in a quote', p('Een bewoner zei: "Ik voel me [...] eindelijk gehoord."')],
  ['a filled date with dashes', p('De raad stelde de nota vast op 12-03-2026.')],
  ['a time with a dot', p('Het spreekuur begint om 19.30 uur in het buurthuis.')],
  ['a round amount with a dash', p('De leges voor een evenement zijn € 85,- per aanvraag.')],
  ['a word with a double x', p('De taxxi-regeling voor ouderen blijft bestaan, net als de maxxi-pas.')],
  ['a Roman numeral', p('De wet dateert uit de XIXe eeuw en is in 2024 herzien.')],
  ['a numbered range', p('De stappen 1 t/m 4 staan in bijlage 2.')],
  ['an abbreviation with dots', p('We passen de regels t.z.t. aan, na overleg m.b.t. de tarieven.')],
  ['a version number', p('We werken met versie 2.1.3 van het registratiesysteem.')],
  ['a clothing size', p('De hesjes voor verkeersbrigadiers zijn er in maat XL en XXL.')],
  ['an ellipsis character after a list lead-in', p('Zo helpen we bijvoorbeeld met vervoer, boodschappen en klusjes…')]
]

describeBattery(placeholderText, defects, clean, 12)
