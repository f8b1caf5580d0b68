import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// `ruim` and `bijna` before a round ten written in digits reach half a step (five points), not a
// whole one: a writer who says "bijna 40 procent" for 31% has slipped. A fraction in words keeps
// its own width ("ruim de helft" for 55%).
const defects: DefectWording[] = [
  ['bijna a round ten, far below it', ['# Budget', '', 'Van de 4.200 uren gaan er 1.300 naar preventie, bijna 40 procent.'], 'bijna 40 procent'],
  ['ruim a round ten, far above it', ['# Bereik', '', 'Van de 250 gezinnen deden er 97 mee, ruim 30%.'], 'ruim 30%'],
  ['bijna a round ten in a list item', ['# Doelgroep', '', '- Van de 900 ouderen wonen er 560 alleen: bijna 70 procent.'], 'bijna 70 procent']
]
const clean: CleanWording[] = [
  ['bijna a round ten, just below it', ['# Budget', '', 'Van de 4.200 uren gaan er 1.600 naar preventie, bijna 40 procent.']],
  ['ruim a round ten, just above it', ['# Bereik', '', 'Van de 250 gezinnen deden er 80 mee, ruim 30%.']],
  ['ruim de helft for well over half', ['# Bereik', '', 'Van de 200 gezinnen deden er 110 mee, ruim de helft.']]
]
describeWordings(percentageClaimCheck, defects, clean)
