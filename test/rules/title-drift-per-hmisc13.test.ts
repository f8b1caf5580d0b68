import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the reader: a chapter titled `X per Y` (`Doelen per
// doelgroep`, `Maatregelen per wijk`) has a sub-heading for each Y; running text later names one
// of them by that noun (`de doelgroep …`, `in de wijk …`) with a title that is not the sub-
// heading's: a word swapped, words turned around, a word added. Look-alikes: the right title, its
// first words, a lower-case phrase after the noun, a noun the chapter title does not name, a name
// of another body, a Y that is a unit or time (`per jaar`), the noun with a number only.
const doelgroepen = [
  '# 4. Doelen per doelgroep', '',
  '## 4.1 Jonge gezinnen met weinig geld', '', 'Tekst.', '',
  '## 4.2 Oudere inwoners die alleen wonen', '', 'Tekst.', '',
  '## 4.3 Jongeren zonder startkwalificatie', '', 'Tekst.', '',
  '# 5. Middelen', ''
]
const withGroepen = (...lines: string[]): string[] => [...doelgroepen, ...lines]
const wijken = [
  '# 3. Maatregelen per wijk', '',
  '## 3.1 Oude Haven', '', 'Tekst.', '',
  '## 3.2 Molenkamp en Dijkzicht', '', 'Tekst.', '',
  '## 3.3 Westerbroek', '', 'Tekst.', '',
  '# 4. Geld', ''
]
const withWijken = (...lines: string[]): string[] => [...wijken, ...lines]
const kosten = ['# 2. Kosten per jaar', '', '## 2.1 Eerste jaar', '', 'Tekst.', '', '## 2.2 Latere jaren', '', 'Tekst.', '', '# 3. Slot', '']

const defects: BatteryWording[] = [
  ['the noun + title with one word swapped', withGroepen('Voor de doelgroep Jonge gezinnen met een laag inkomen reserveren we € 80.000.'), 'Jonge gezinnen met een laag inkomen'],
  ['the noun + title with a word swapped, another verb', withGroepen('Binnen de doelgroep Oudere inwoners die alleen leven werken we met vrijwilligers.'), 'Oudere inwoners die alleen leven'],
  ['the noun + title with the head swapped', withGroepen('De doelgroep Jongeren zonder diploma krijgt een eigen coach.'), 'Jongeren zonder diploma'],
  ['in a list item', withGroepen('We meten elk jaar:', '', '- de doelgroep Jonge gezinnen met weinig inkomen;', '- het bereik van de spreekuren.'), 'Jonge gezinnen met weinig inkomen'],
  ['in brackets', withGroepen('De huisbezoeken (doelgroep Oudere bewoners die alleen wonen) starten in maart.'), 'Oudere bewoners die alleen wonen'],
  ['in a second sentence', withGroepen('De spreekuren lopen goed. Bij de doelgroep Jongeren zonder startdiploma blijft het bereik achter.'), 'Jongeren zonder startdiploma'],
  ['`voor de doelgroep`, words added', withGroepen('Voor de doelgroep Jonge en kwetsbare gezinnen met weinig geld is de wachttijd te lang.'), 'Jonge en kwetsbare gezinnen met weinig geld'],
  ['`in de wijk`, a word swapped', withWijken('In de wijk Oude Kade vervangen we de riolering.'), 'Oude Kade'],
  ['`de wijk`, words turned around', withWijken('De wijk Dijkzicht en Molenkamp krijgt twee nieuwe speelplekken.'), 'Dijkzicht en Molenkamp'],
  ['`de wijk`, a compound changed', withWijken('Voor de wijk Westerveld trekken we € 120.000 uit.'), 'Westerveld'],
  ['`binnen de doelgroep` at the start', withGroepen('Binnen de doelgroep Oudere inwoners die alleen thuis wonen zijn 340 mensen bekend.'), 'Oudere inwoners die alleen thuis wonen'],
  ['`de doelgroep` after `bij`, a word swapped', withGroepen('Bij de doelgroep Jongeren zonder werkervaring werken we samen met het mbo.'), 'Jongeren zonder werkervaring']
]

const clean: CleanWording[] = [
  ['the right title', withGroepen('Voor de doelgroep Jonge gezinnen met weinig geld reserveren we € 80.000.')],
  ['the first words of the title', withGroepen('De doelgroep Oudere inwoners krijgt huisbezoeken.')],
  ['a lower-case phrase after the noun', withGroepen('De doelgroep die we het slechtst bereiken, krijgt extra aandacht.')],
  ['a noun the chapter does not name', withGroepen('De stichting Jonge Gezinnen Samen helpt bij de aanmelding.')],
  ['the right wijk', withWijken('In de wijk Oude Haven vervangen we de riolering.')],
  ['a wijk of another municipality', withWijken('De wijk Oosterpark in de buurgemeente doet mee aan de proef.')],
  ['a time after `per`', [...kosten, 'Het jaar Eerste jaar is geen naam.']],
  ['the noun with a number', withWijken('In wijk 3 plaatsen we vier bankjes.')],
  ['a plain description after the noun', withGroepen('Binnen de doelgroep jongeren zijn de verschillen groot.')],
  ['the title of another chapter part', withGroepen('Voor de doelgroep Jongeren zonder startkwalificatie zoeken we stageplekken.')],
  ['a name after the noun in a former sentence', withWijken('De wijk heette vroeger Oude Kade.')]
]

describeBattery(titleDrift, defects, clean, 10)
