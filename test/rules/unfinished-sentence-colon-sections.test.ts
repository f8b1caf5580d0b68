import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A lead-in that ends in a colon may announce the subsections under it (`drie lijnen:` above
// `## 1. …`, `## 2. …`). count-claim-mismatch reads those subsections as its items; the colon
// was still reported as a list that never came.
const clean: CleanWording[] = [
  ['numbered subsections after the colon', ['# Aanpak', '', 'Onze aanpak rust op twee lijnen:', '', '## 1. Vroeg erbij', '', 'We signaleren eerder.', '', '## 2. Samen verder', '', 'We werken samen.']],
  ['subsections without numbers', ['# Ambities', '', 'Voor de komende jaren hebben we deze ambities:', '', '## Een gezonde wijk', '', 'Meer groen.', '', '## Een veilige wijk', '', 'Minder overlast.']],
  ['third-level sections under a second-level lead-in', ['# Uitvoering', '', '## Sporen', '', 'We werken langs de volgende sporen:', '', '### Spoor A', '', 'Tekst.', '', '### Spoor B', '', 'Tekst.']]
]

const defects: DefectWording[] = [
  ['a colon before a section of the same level', ['# Aanpak', '', 'Onze aanpak rust op twee lijnen:', '', '# Financiën', '', 'Het budget is € 40.000.'], 'dubbele punt'],
  ['a colon before a higher section', ['# Uitvoering', '', '## Sporen', '', 'We werken langs de volgende sporen:', '', '# Financiën', '', 'Het budget is € 40.000.'], 'dubbele punt'],
  ['a colon at the end of the last section', ['# Aanpak', '', 'Dit zijn de partners:'], 'dubbele punt']
]

describeWordings(unfinishedSentence, defects, clean)
