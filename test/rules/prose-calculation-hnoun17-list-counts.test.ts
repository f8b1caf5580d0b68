import { arithmeticSlip, proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// hnoun17, a count of things before a list of as many numbers (`De twee teams behandelden 310 en 285
// casussen`): the count says how many items the list has and is no term of its sum (`2 + 310 + 285`)
// nor a factor of one item (`3 × 285`). Before the fix the right sums below were flagged with those
// readings, and the wrong ones reported with them.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const sums: DefectWording[] = [
  ['two teams, a wrong sum', body('De twee teams behandelden 310 en 285 casussen; samen is dat 605.'), '`310 + 285 = 605`'],
  ['three teams, a wrong sum after samen', body('De drie wijkteams behandelden 310, 285 en 240 casussen, samen 845 casussen.'), '`310 + 285 + 240 = 845`'],
  ['four branches in digits, a wrong total', body('Onze 4 vestigingen ontvingen 1.240, 980, 715 en 460 bezoekers, in totaal 3.495 bezoekers.'), '`1.240 + 980 + 715 + 460 = 3.495`']
]

const clean: CleanWording[] = [
  ['two teams, the right sum', body('De twee teams behandelden 310 en 285 casussen; samen is dat 595.')],
  ['three teams, the right sum', body('De drie wijkteams behandelden 310, 285 en 240 casussen; samen is dat 835.')],
  ['five schools, the right total', body('De vijf scholen meldden 42, 37, 51, 29 en 33 leerlingen aan; in totaal 192 leerlingen.')],
  ['two ferries, the right sum', body('Onze twee pontjes zetten 31.000 en 27.500 fietsers over, samen 58.500.')]
]

describeWordings(proseCalculation, sums, clean)
describeWordings(arithmeticSlip, [], clean)
