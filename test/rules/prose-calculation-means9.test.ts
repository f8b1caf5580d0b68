import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: the mean of a list stated per period, with the number of periods beside it (`In de
// eerste drie jaar … 140, 165 en 190 huishoudens, gemiddeld 175 per jaar`): the count of periods
// counts the items, it is none of them. Look-alikes: the same means right.

const body = (line: string): string[] => ['# Bereik', '', line]

const defects: DefectWording[] = [
  ['a mean per year beside the number of years', body('In de eerste drie jaar ontvingen 140, 165 en 190 huishoudens de toeslag, gemiddeld 175 per jaar.'), '175'],
  ['a mean per year with the years in digits', body('In 4 jaar kwamen 40, 60, 80 en 100 deelnemers, gemiddeld 80 per jaar.'), '80'],
  ['a mean per month over three months', body('In de drie zomermaanden telden we 210, 260 en 240 bezoekers, gemiddeld 260 per maand.'), '260']
]

const clean: CleanWording[] = [
  ['the mean per year right', body('In de eerste drie jaar ontvingen 140, 165 en 190 huishoudens de toeslag, gemiddeld 165 per jaar.')],
  ['the mean per year with the years in digits right', body('In 4 jaar kwamen 40, 60, 80 en 100 deelnemers, gemiddeld 70 per jaar.')],
  ['the mean per month right', body('In de drie zomermaanden telden we 210, 260 en 240 bezoekers, gemiddeld 237 per maand.')]
]

describeWordings(proseCalculation, defects, clean)
