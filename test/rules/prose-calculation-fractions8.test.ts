import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shape: a fraction in words of a whole restated as a count (`De helft van de 46
// verenigingen heeft een wachtlijst: 19 verenigingen`), like a percentage of a whole already was;
// also after a colon. Look-alikes: the counts that hold (a fraction allows one percent of the
// whole), `ruim de helft`, and a count of a part of the share.

const defects: DefectWording[] = [
  ['half of a whole restated after a colon', ['# Sport', '', 'De helft van de 46 sportverenigingen heeft een wachtlijst: 19 verenigingen.'], '`23`'],
  ['a third restated after dat zijn', ['# Scholen', '', 'Een derde van de 90 scholen, dat zijn 25 scholen, heeft een groen plein.'], '`30`'],
  ['two thirds restated in brackets', ['# Wonen', '', 'Twee derde van de 1.150 huishoudens (690) woont in een huurwoning.'], '`766'],
  ['a quarter restated after a colon', ['# Re-integratie', '', 'Een kwart van de 480 deelnemers: 140 mensen, stopte voortijdig.'], '`120`']
]

const clean: CleanWording[] = [
  ['half restated right', ['# Sport', '', 'De helft van de 46 sportverenigingen heeft een wachtlijst: 23 verenigingen.']],
  ['a third restated right', ['# Scholen', '', 'Een derde van de 90 scholen, dat zijn 30 scholen, heeft een groen plein.']],
  ['two thirds within a percent of the whole', ['# Wonen', '', 'Twee derde van de 1.150 huishoudens (770) woont in een huurwoning.']],
  ['a quarter within a percent of the whole', ['# Re-integratie', '', 'Een kwart van de 450 deelnemers: 110 mensen, stopte voortijdig.']],
  ['ruim de helft', ['# Sport', '', 'Ruim de helft van de 46 verenigingen heeft een wachtlijst: 26 verenigingen.']],
  ['a part of the share', ['# Sport', '', 'De helft van de 46 verenigingen heeft een wachtlijst; 12 daarvan al langer dan een jaar.']]
]

describeWordings(proseCalculation, defects, clean)
