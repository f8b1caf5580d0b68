import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule again: `PM` in prose. A value left open is a
// placeholder; a sentence that says a post stands, is put or is kept on PM (the budget notation
// of a table), with a long noun phrase between the verb and `op`, or with a dependency as its
// reason (`hangt af van`, `afhankelijk van`), is not.
const p = (...lines: string[]): string[] => ['# Financiën', '', ...lines]

const defects: BatteryWording[] = [
  ['a count left open', p('In 2028 openen we PM nieuwe ontmoetingsplekken in de dorpen.'), 'PM'],
  ['an amount left open', p('De jaarlijkse bijdrage aan de voedselbank bedraagt PM.'), 'PM'],
  ['a number of participants left open', p('We verwachten dat PM jongeren meedoen aan de zomerschool.'), 'PM'],
  ['a growth left open', p('Het aantal vrijwilligers groeide vorig jaar naar PM.'), 'PM'],
  ['a percentage left open', p('Het bereik van de campagne steeg met PM procent.'), 'PM'],
  ['a list item left open', p('Wat het kost:', '', '- inhuur van twee buurtcoaches: PM;', '- drukwerk: € 4.000.'), 'PM']
]

const clean: CleanWording[] = [
  ['a post stands on PM with a long noun phrase', p('Voor de buurtkamers staat het bedrag voor het laatste jaar op PM.')],
  ['we put a contribution on PM', p('Daarom zetten we de bijdrage van de provincie voor 2029 voorlopig op PM.')],
  ['a post kept on PM', p('We houden de kosten van de nieuwe fietsenstalling bij het station op PM.')],
  ['PM with a dependency as reason', p('De bijdrage voor het laatste jaar is PM: die hangt af van de uitkomst van de proef.')],
  ['PM with afhankelijk van', p('De huur voor 2030 staat als PM, afhankelijk van de keuze voor een locatie.')],
  ['posts stand on PM in plural', p('In de tabel staan de lasten van de drie wijkteams voor 2030 op PM.')]
]

describeBattery(placeholderText, defects, clean, 6)
