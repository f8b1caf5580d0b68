import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes, with look-alikes that look back or lie after the document:
// 1. a term still open until an earlier moment, in the present (`kunnen nog tot 1 maart 2025`,
//    `loopt nog tot en met`, `kan nog t/m`): `nog` says it has not closed yet;
// 2. `gaat … aan de slag` / `aan het werk` at an earlier moment: work announced as starting.
const dated = 'Vastgesteld door de gemeenteraad op 9 oktober 2025.'

const defects: DefectWording[] = [
  // 1. a term still open
  ['nog tot with a modal', [dated, '', '# Regelingen', '', 'Inwoners kunnen nog tot 1 maart 2025 een aanvraag doen voor de energiebon; daarna stopt de regeling.'], '`1 maart 2025`'],
  ['nog tot en met with loopt', [dated, '', '# Regelingen', '', 'De subsidieregeling voor groene daken loopt nog tot en met 30 juni 2025.'], '`30 juni 2025`'],
  ['nog t/m in an item', [dated, '', '# Aanmelden', '', '- Aanmelden kan nog t/m 15 september 2025 via de website.', '- De loting volgt daarna.'], '`15 september 2025`'],
  // 2. aan de slag
  ['gaat aan de slag with the moment inside', [dated, '', '# Bomen', '', 'Het bureau dat de bomen telt, gaat in het voorjaar van 2025 aan de slag.'], '`het voorjaar van 2025`'],
  ['a fronted moment and gaat aan de slag', [dated, '', '# Wijken', '', 'In juni 2025 gaat de projectgroep in de drie wijken aan de slag.'], '`juni 2025`'],
  ['gaat aan het werk per a day', [dated, '', '# Team', '', 'De nieuwe coördinator gaat per 1 maart 2025 aan het werk.'], '`1 maart 2025`']
]

const clean: CleanWording[] = [
  ['nog tot a later moment', [dated, '', '# Regelingen', '', 'Inwoners kunnen nog tot 1 maart 2026 een aanvraag doen voor de energiebon.']],
  ['a term that was open', [dated, '', '# Regelingen', '', 'Inwoners konden nog tot 1 maart 2025 een aanvraag doen.']],
  ['a term that ran, without nog', [dated, '', '# Regelingen', '', 'De regeling liep tot 1 maart 2025 en is daarna gestopt.']],
  ['work that started', [dated, '', '# Bomen', '', 'Het bureau ging in het voorjaar van 2025 aan de slag.']],
  ['work that starts later', [dated, '', '# Bomen', '', 'Het bureau gaat in het voorjaar van 2026 aan de slag.']],
  ['a routine since an earlier moment', [dated, '', '# Wijken', '', 'Sinds maart 2025 gaat het team elke week aan de slag in de wijk.']]
]

describeWordings(staleStatement, defects, clean)
