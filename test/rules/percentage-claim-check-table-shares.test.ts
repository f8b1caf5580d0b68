import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shares read from a table's cells: the rest of a row beside a column of a state (`vrij` beside `Bezet`), a row of a
// table of years against its total row, a bound with a fraction, and a share pointing back to a count before it.

// Places per car park, and how many are taken.
const parking = ['# Parkeren', '', '| Parkeergarage | Parkeerplaatsen | Bezet |', '|---|---:|---:|', '| Centrum | 400 | 340 |', '| Station | 160 | 160 |', '']

// Complaints per kind and year, with a total row.
const complaints = ['# Klachten', '', '| Soort klacht | 2024 | 2025 |', '|---|---:|---:|', '| Parkeren | 60 | 66 |', '| Afval | 140 | 154 |', '| Totaal | 200 | 220 |', '']
// Answers to one survey question, with the table's own shares.
const answers = ['# Enquête', '', '| Antwoord | Aantal | Aandeel |', '|---|---:|---:|', '| Tevreden | 300 | 30% |', '| Neutraal | 450 | 45% |', '| Ontevreden | 250 | 25% |', '| Totaal | 1.000 | 100% |', '']

const defects: DefectWording[] = [
  ['the free places, said wrong', [...parking, 'In de garage Centrum is een kwart van de plaatsen vrij.'], 'een kwart'],
  ['the free places in a number, said wrong', [...parking, 'Bij het Centrum staat 25 procent van de plaatsen leeg.'], '25 procent'],
  ['the places not taken, said wrong', [...parking, 'In de garage Centrum is 20% van de plaatsen niet bezet.'], '20%'],
  ['the places taken, said wrong', [...parking, 'In de garage Centrum is 75% van de plaatsen bezet.'], '75%'],
  ['a row named by a compound of its label against the total row of a year', [...complaints, 'Afvalklachten maken in 2025 bijna driekwart uit van alle klachten.'], 'bijna driekwart'],
  ['a row named by its label against the total row of a year', [...complaints, 'Parkeren vormde in 2024 ruim een derde van het totaal.'], 'ruim een derde'],
  ['a bound with a fraction the row exceeds', [...answers, 'Het deel dat zich tevreden noemt, blijft onder een kwart van alle ondervraagden.'], 'onder een kwart'],
  ['a bound above that the row does not reach', [...answers, 'Het deel dat zich ontevreden noemt, ligt ruim boven een derde van alle ondervraagden.'], 'ruim boven een derde'],
  ['a bound in a percentage with kleiner dan', [...answers, 'Het deel dat zich neutraal noemt, is kleiner dan 40 procent van alle ondervraagden.'], 'kleiner dan 40 procent'],
  ['a share pointing back with hiermee', ['Van de 120 winkelpanden stonden er in juni 15 leeg. Hiermee is de leegstand bijna 15 procent.'], 'bijna 15 procent'],
  ['a count in a word after er and a time', ['Van de 120 winkelpanden stonden er in juni vijftien leeg. Daarmee is de leegstand bijna 15 procent.'], 'bijna 15 procent'],
  ['both together', ['Van de 120 winkelpanden stonden er op 1 juni vijftien leeg. Hiermee is de leegstand ruim een zesde.'], 'ruim een zesde']
]

const clean: CleanWording[] = [
  ['the free places, said right', [...parking, 'In de garage Centrum is 15% van de plaatsen vrij.']],
  ['the empty places in words, said right', [...parking, 'In de garage Centrum staat ruim een zevende van de plaatsen leeg.']],
  ['the places not taken, said right', [...parking, 'In de garage Centrum is 15 procent van de plaatsen onbezet.']],
  ['the places taken, said right', [...parking, 'In de garage Centrum is 85% van de plaatsen bezet.']],
  ['a state the table does not count', [...parking, 'In de garage Centrum is 15% van de plaatsen gereserveerd voor vergunninghouders.']],
  ['a row named by a compound, said right', [...complaints, 'Afvalklachten maken in 2025 ruim twee derde uit van alle klachten.']],
  ['a row named by its label, said right', [...complaints, 'Parkeren vormde in 2024 ruim een kwart van het totaal.']],
  ['a bound the row stays under', [...answers, 'Het deel dat zich tevreden noemt, blijft onder een derde van alle ondervraagden.']],
  ['a bound the row stays above', [...answers, 'Het deel dat zich ontevreden noemt, ligt ruim boven een vijfde van alle ondervraagden.']],
  ['a threshold with an article, no bound of the row', [...answers, 'Wie een cijfer onder de 40 procent geeft, krijgt een vervolgvraag.']],
  ['a share pointing back with hiermee, said right', ['Van de 120 winkelpanden stonden er in juni 15 leeg. Hiermee is de leegstand 12,5 procent.']],
  ['a count in a word after er and a time, said right', ['Van de 120 winkelpanden stonden er in juni vijftien leeg. Hiermee is de leegstand een achtste.']],
  ['a count in a word after er in another place than its time', ['Van de 120 winkelpanden stonden er in negen straten enkele leeg. Hiermee is de leegstand bijna 15 procent.']]
]

describeWordings(percentageClaimCheck, defects, clean)
