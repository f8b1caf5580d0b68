import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shape: a term or run until an earlier moment, in the present, without `nog`
// (`Inwoners kunnen tot 1 maart 2025 reageren`, `Tot de zomer van 2025 loopt er een pilot`).
// Look-alikes: the same in the past tense, a moment after the document, a range that runs on,
// and `tot` before an age.
const dated = 'Vastgesteld door de gemeenteraad op 9 oktober 2025.'

const defects: DefectWording[] = [
  ['a modal with a deadline that passed', [dated, '', '# Inspraak', '', 'Inwoners kunnen tot 1 maart 2025 reageren op het concept.'], '`1 maart 2025`'],
  ['a pilot running until a past season', [dated, '', '# Pilot', '', 'Tot de zomer van 2025 loopt er een pilot in de wijk Noord.'], '`de zomer van 2025`'],
  ['a scheme open until a past month', [dated, '', '# Regelingen', '', 'Verenigingen mogen tot en met juni 2025 een aanvraag indienen.'], '`juni 2025`']
]

const clean: CleanWording[] = [
  ['a deadline after the document', [dated, '', '# Inspraak', '', 'Inwoners kunnen tot 1 maart 2026 reageren op het concept.']],
  ['the past tense', [dated, '', '# Inspraak', '', 'Inwoners konden tot 1 maart 2025 reageren op het concept.']],
  ['a pilot that ran, in the past tense', [dated, '', '# Pilot', '', 'Tot de zomer van 2025 liep er een pilot in de wijk Noord.']],
  ['a range that runs on after the document', [dated, '', '# Pilot', '', 'De pilot loopt van 2024 tot en met 2027.']],
  ['tot before an age', [dated, '', '# Jeugd', '', 'Kinderen tot 12 jaar kunnen gratis meedoen.']]
]

describeWordings(staleStatement, defects, clean)
