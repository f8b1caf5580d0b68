import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 probe (hmisc), written before reading the rule again: `PM` in running text as the budget
// notation it is, told by where it points (`PM in de kostentabel`, `als PM in de begroting`) or by a
// cost that is not yet estimated (`nog niet geraamd (PM)`), beside `PM` and other markers left
// where text or an amount belongs.
const p = (...lines: string[]): string[] => ['# Financiën', '', ...lines]

const defects: BatteryWording[] = [
  ['a PM where the amount belongs', p('De bijdrage van de provincie bedraagt PM per jaar.'), 'PM'],
  ['a PM left in a sentence', p('Voor de buurtkamer reserveren we PM uit de algemene middelen.'), 'PM'],
  ['a TBD in a sentence', p('De startdatum van de pilot is TBD.'), 'TBD'],
  ['a PM for a name', p('Het project wordt getrokken door PM, in overleg met de wijkraad.'), 'PM'],
  ['a bracketed fill-in note', p('De huur van het pand kost [invullen] per maand.'), 'invullen'],
  ['a PM for a count of places', p('In 2028 komen er PM extra plekken in de opvang.'), 'PM'],
  ['XXX for an amount', p('Het Rijk draagt € XXX bij aan de aanpak.'), 'XXX'],
  ['a PM for a date', p('De evaluatie staat gepland op PM.'), 'PM']
]

const clean: CleanWording[] = [
  ['PM pointing at a table in brackets', p('Voor de nazorg is na 2029 geen bedrag opgenomen: die kosten zijn nog niet becijferd (PM in de kostentabel).')],
  ['PM pointing at the table after a cost not yet estimated', p('De kosten van de tweede fase zijn nog niet geraamd; zie PM in tabel 7 hieronder.')],
  ['PM in the begroting', p('De bijdrage aan de regio staat als PM in de begroting 2028.')],
  ['a cost not yet estimated, PM in brackets', p('De uitbreiding van het loket is nog niet begroot (PM).')],
  ['PM in the meerjarenraming', p('De inzet na 2028 nemen we voorlopig PM op in de meerjarenraming.')],
  ['PM explained', p('Bij de post jeugdhulp staat PM (pro memorie).')],
  ['PM with its reason', p('De bijdrage blijft PM, omdat de verdeling nog niet bekend is.')],
  ['PM in the overview of costs', p('De extra inzet voor kinderen staat na 2029 op PM in het kostenoverzicht.')]
]

describeBattery(placeholderText, defects, clean, 7)
