import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mendB). Each wording fails on the code before its mend.
const defects: DefectWording[] = [
  // A paragraph without euro amounts between a sum and what is taken off it leaves the sum in reach.
  [
    'a rest after a paragraph without amounts',
    ['# Buurthuizen', '', 'Het fonds voor de buurthuizen bevat € 500.000.', '', 'Het buurthuis is open op vijf dagen. Er werken 3 vrijwilligers. De bar draait op 2 avonden.', '', 'Na een uitgave van € 150.000 resteert € 300.000.'],
    '€ 300.000'
  ]
]

const clean: CleanWording[] = [
  // A paragraph between with an amount in its first sentence (of four) is no paragraph without euros.
  [
    'a rest after a paragraph whose first sentence has an amount',
    ['# Buurthuizen', '', 'Het fonds voor de buurthuizen bevat € 500.000.', '', 'De zaalhuur steeg vorig jaar naar € 2.000 per maand. Het buurthuis is open op vijf dagen. Er werken 3 vrijwilligers. De bar draait op 2 avonden.', '', 'Na een uitgave van € 150.000 resteert € 300.000.']
  ]
]

describeWordings(arithmeticSlip, defects, clean)
