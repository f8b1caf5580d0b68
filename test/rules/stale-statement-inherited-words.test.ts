import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// The verb readers looked words up in plain objects: `constructor` or `toString` in a clause found
// an inherited member and built an invalid pattern, and the rule stopped with an internal error.
const t = (lines: string[]): string[] => ['# Planning', '', ...lines]

const defects: DefectWording[] = [
  ['a start told with constructor in the clause', t(['De bouw door de constructor begint in maart 2025.']), '`maart 2025`'],
  ['a decision with toString in the clause', t(['Het college maakt in april 2025 de keuze voor toString bekend.']), '`april 2025`'],
  ['a rule that takes effect with valueOf in the clause', t(['De regeling valueOf gaat per 1 januari 2025 in.']), '`1 januari 2025`']
]

const clean: CleanWording[] = [
  ['constructor in a clause about the future', t(['De bouw door de constructor begint in maart 2028.'])],
  ['toString in a past clause', t(['Het college maakte in april 2025 de keuze voor toString bekend.'])],
  ['hasOwnProperty without a date', t(['De regeling hasOwnProperty gaat binnenkort in.'])]
]

describeWordings(staleStatement, defects, clean, { datum: '2026-10-01' })
