import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (rmA). Each defect wording fails on the code before its mend.
const defects: DefectWording[] = [
  // A next sentence with a word that merely ends in -tig (`krachtig`) names no further part.
  [
    'a split followed by an adjective in -tig',
    ['# Jongerenwerk', '', 'Het jongerenwerk kost € 260.000: € 70.000 voor de inloop, € 60.000 voor straatwerk en € 40.000 voor coaching. Daarnaast is een krachtig netwerk van partners onmisbaar.'],
    '€ 260.000'
  ],
  // A thousands dot before the amount is no sentence end: the verb before it still says the amount changes.
  [
    'a percentage change whose verb stands before a number with a thousands dot',
    ['# Sportverenigingen', '', 'We verhogen voor de 14.300 leden van de clubs de jaarlijkse bijdrage, nu € 52.000, met 5 procent tot € 58.500.'],
    '52.000 + 5% = 58.500'
  ]
]

const clean: CleanWording[] = [
  // The same split with a next sentence that does name more parts.
  ['a split followed by more parts', ['# Jongerenwerk', '', 'Het jongerenwerk kost € 260.000: € 70.000 voor de inloop, € 60.000 voor straatwerk en € 40.000 voor coaching. Daarnaast gaat € 90.000 naar de sportbuurtcoaches.']],
  ['a percentage change that holds after a number with a thousands dot', ['# Sportverenigingen', '', 'We verhogen voor de 14.300 leden van de clubs de jaarlijkse bijdrage, nu € 52.000, met 5 procent tot € 54.600.']]
]

describeWordings(proseCalculation, defects, clean)
