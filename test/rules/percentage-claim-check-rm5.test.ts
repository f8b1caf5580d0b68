import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Re-read rm5: a level with a decimal difference from an earlier moment and that earlier level in brackets
// (`2,7 miljoen, 0,9 miljoen meer dan in 2022 (1,8)`): 2,7 − 0,9 is not exactly 1,8 in floating point,
// yet the numbers agree, so the change is read.
const p = (...lines: string[]): string[] => ['# Financiën', '', ...lines]

describeWordings(
  percentageClaimCheck,
  [
    ['decimal difference, more', p('Het budget voor de bibliotheekbus is nu 0,3 miljoen euro, 0,1 miljoen meer dan in 2022 (0,2), een stijging van een vijfde.'), 'een vijfde'],
    ['decimal difference, fewer', p('De dijkpaden meten samen 6,2 km, 1,1 km minder dan in 2019 (7,3), een afname van ruim 40 procent.'), 'ruim 40 procent']
  ],
  [
    ['decimal difference, fitting', p('Het budget voor de bibliotheekbus is nu 0,3 miljoen euro, 0,1 miljoen meer dan in 2022 (0,2), een stijging van de helft.')],
    ['decimal difference, fewer, fitting', p('De dijkpaden meten samen 6,2 km, 1,1 km minder dan in 2019 (7,3), een afname van ruim 15 procent.')]
  ]
)
