import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shares read from a table's cells: the rest of a row beside a column of a state (`vrij` beside `Bezet`), a row of a
// table of years against its total row, a bound with a fraction, and a share pointing back to a count before it.

// Places per car park, and how many are taken.
const parking = ['# Parkeren', '', '| Parkeergarage | Parkeerplaatsen | Bezet |', '|---|---:|---:|', '| Centrum | 400 | 340 |', '| Station | 160 | 160 |', '']

const defects: DefectWording[] = [
  ['the free places, said wrong', [...parking, 'In de garage Centrum is een kwart van de plaatsen vrij.'], 'een kwart'],
  ['the free places in a number, said wrong', [...parking, 'Bij het Centrum staat 25 procent van de plaatsen leeg.'], '25 procent'],
  ['the places not taken, said wrong', [...parking, 'In de garage Centrum is 20% van de plaatsen niet bezet.'], '20%'],
  ['the places taken, said wrong', [...parking, 'In de garage Centrum is 75% van de plaatsen bezet.'], '75%']
]

const clean: CleanWording[] = [
  ['the free places, said right', [...parking, 'In de garage Centrum is 15% van de plaatsen vrij.']],
  ['the empty places in words, said right', [...parking, 'In de garage Centrum staat ruim een zevende van de plaatsen leeg.']],
  ['the places not taken, said right', [...parking, 'In de garage Centrum is 15 procent van de plaatsen onbezet.']],
  ['the places taken, said right', [...parking, 'In de garage Centrum is 85% van de plaatsen bezet.']],
  ['a state the table does not count', [...parking, 'In de garage Centrum is 15% van de plaatsen gereserveerd voor vergunninghouders.']]
]

describeWordings(percentageClaimCheck, defects, clean)
