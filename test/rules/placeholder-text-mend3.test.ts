import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mend3). A word of how often in the bracket makes it a recurring task, not a gap left open.
const defects: DefectWording[] = [['a bare note still open', ['# Beheer', '', 'De speeltoestellen in het park (staat onderhoud checken) blijven tot 2030 in gebruik.'], 'checken']]

const clean: CleanWording[] = [
  ['a yearly check in brackets', ['# Beheer', '', 'De speeltoestellen in het park (jaarlijks controleren op slijtage) blijven tot 2030 in gebruik.']],
  ['a half-yearly inspection in brackets', ['# Beheer', '', 'De pompen van het gemaal (halfjaarlijks nakijken door de aannemer) vervangen we in 2028.']]
]

describeWordings(placeholderText, defects, clean)
