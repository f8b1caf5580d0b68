import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 12, the readers that took a percentage but not a fraction in words: each shape a
// percentage is judged in, with a fraction instead (a change in the sentence before, two years
// over two sentences, a comparison with an earlier number, the whole after the share in
// parentheses). Written before changing those readers (1 of 4 caught; 4 of 4 after); look-alikes are the same fractions right.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['a change in the sentence before', body('Het aantal klachten daalde van 80 naar 60. Dat is een afname van bijna de helft.'), 'bijna de helft'],
  ['two years over two sentences', body('In 2023 waren er 400 meldingen. In 2024 waren dat er nog 300, een daling van een derde.'), 'een derde'],
  ['a comparison with an earlier number', body('In 2025 kwamen 540 bezoekers, een derde meer dan de 450 van toen.'), 'een derde'],
  ['the whole after the share in parentheses', body('Het gaat om 120 huishoudens (een kwart van de 800 huishoudens).'), 'een kwart']
]

const clean: CleanWording[] = [
  ['a change in the sentence before, right', body('Het aantal klachten daalde van 80 naar 60. Dat is een afname van een kwart.')],
  ['two years over two sentences, right', body('In 2023 waren er 400 meldingen. In 2024 waren dat er nog 300, een daling van een kwart.')],
  ['a comparison, right', body('In 2025 kwamen 540 bezoekers, een vijfde meer dan de 450 van toen.')],
  ['the whole after the share, right', body('Het gaat om 200 huishoudens (een kwart van de 800 huishoudens).')],
  ['a fraction of another whole after a change', body('Het aantal klachten daalde van 80 naar 60. De helft van de klachten ging over afval.')]
]

describeBattery(percentageClaimCheck, defects, clean, 4)
