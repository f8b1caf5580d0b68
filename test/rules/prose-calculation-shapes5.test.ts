import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// The size of a change written in words (`een afname van elf`), checked against the values it
// changes between. Look-alikes: the right size in words, a size that counts something else
// (`een toename van twee procentpunt`), and an article that is no number (`een afname van het aantal`).
const defects: DefectWording[] = [
  ['a fall in words', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van twee hallen.'], '14 − 11 = 2`'],
  ['a rise in words', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van vijf.'], '15 − 9 = 5`'],
  ['a larger number in words', ['# Zorg', '', 'Het aantal casemanagers ging van 31 naar 47, een stijging van achttien casemanagers.'], '47 − 31 = 18`']
]

const clean: CleanWording[] = [
  ['a fall in words that holds', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van drie hallen.']],
  ['a rise in words that holds', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van zes.']],
  ['a size in percentage points', ['# Cijfers', '', 'Het aandeel ging van 41 naar 43, een stijging van twee procentpunt ten opzichte van 2022.']],
  ['an article, no number', ['# Cijfers', '', 'Het aantal wachtenden ging van 120 naar 95, een afname van het aantal die we vasthouden.']]
]

describeWordings(proseCalculation, defects, clean)
