import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A sentence that itself says a numbered part is gone (`… is vervallen`, `het vroegere thema 4`)
// does not send the reader looking for it: not a missing target. A reference whose clause says
// something else is gone (`omdat de regeling vervalt`) is still one. Fresh wordings.
const themes = ['# Thema’s', '', '## Thema 1. Wonen', '', 'Tekst.', '', '## Thema 2. Zorg', '', 'Tekst.', '', '## Thema 3. Werk', '', 'Tekst.']
const principles = ['# Leidende principes', '', '## 1. Dichtbij', '', 'Tekst.', '', '## 2. Samen', '', 'Tekst.', '', '## 3. Eenvoudig', '', 'Tekst.']

const defects: DefectWording[] = [
  ['a theme that does not exist', ['# Inleiding', '', 'De aanpak van eenzaamheid staat in thema 4.', '', ...themes], 'thema 4'],
  ['a removal word about something else', ['# Inleiding', '', 'Thema 5 is nodig omdat de oude subsidieregeling vervalt.', '', ...themes], 'Thema 5'],
  ['a principle beyond the list, the next clause retiring a rule', ['# Inleiding', '', 'We volgen principe 4, en de oude beleidsregel is ingetrokken.', '', ...principles], 'principe 4'],
  ['a principle that a later sentence calls gone, not this one', ['# Inleiding', '', 'Zie principe 6 voor de toets. De proef met buurtbudgetten is vervallen.', '', ...principles], 'principe 6']
]

const clean: CleanWording[] = [
  ['a principle said to have lapsed', ['# Inleiding', '', 'Principe 4 over de regionale inkoop is na de evaluatie vervallen; de inhoud staat nu in principe 2.', '', ...principles]],
  ['a former theme', ['# Inleiding', '', 'Het vroegere thema 4 (duurzaamheid) is in alle drie de thema’s verwerkt.', '', ...themes]],
  ['a theme merged into another', ['# Inleiding', '', 'Thema 4 uit de conceptversie is samengevoegd met thema 2.', '', ...themes]],
  ['a principle that no longer exists', ['# Inleiding', '', 'Ook het oude principe 5 bestaat niet meer: het ging op in principe 1.', '', ...principles]],
  ['a struck principle in a parenthesis', ['# Inleiding', '', 'De toets kent drie principes (principe 4 is geschrapt na de inspraak).', '', ...principles]]
]

describeWordings(xrefMissingTarget, defects, clean)
