import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (rmA). Each defect wording fails on the code before its mend.
const defects: DefectWording[] = [
  // A next sentence with a word that merely ends in -tig (`krachtig`) names no further part.
  [
    'a split followed by an adjective in -tig',
    ['# Jongerenwerk', '', 'Het jongerenwerk kost € 260.000: € 70.000 voor de inloop, € 60.000 voor straatwerk en € 40.000 voor coaching. Daarnaast is een krachtig netwerk van partners onmisbaar.'],
    '€ 260.000'
  ]
]

const clean: CleanWording[] = [
  // The same split with a next sentence that does name more parts.
  ['a split followed by more parts', ['# Jongerenwerk', '', 'Het jongerenwerk kost € 260.000: € 70.000 voor de inloop, € 60.000 voor straatwerk en € 40.000 voor coaching. Daarnaast gaat € 90.000 naar de sportbuurtcoaches.']]
]

describeWordings(proseCalculation, defects, clean)
