import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A change of one table row between two year columns: the row is the one whose label the
// sentence names best. Two rows that share a word (`Sporthal Noord`, `Sporthal Zuid`) are told
// apart by the rest of the label, and a word that names nothing (`voor`) names no row.
const table = ['# Bezoek', '', '| Locatie | Bezoek 2023 | Bezoek 2025 |', '|---|---:|---:|', '| Sporthal Noord | 48.000 | 43.200 |', '| Sporthal Zuid | 36.000 | 36.900 |', '| Zorg voor elkaar | 1.200 | 1.500 |', '| Jeugdhonk | 2.000 | 2.300 |', '']

const defects: DefectWording[] = [
  ['one of two rows that share a word', [...table, 'Sporthal Noord verloor tussen 2023 en 2025 bijna een kwart van zijn bezoeken.'], 'bijna een kwart'],
  ['the other of the two', [...table, 'Het bezoek aan Sporthal Zuid steeg van 2023 tot 2025 met ruim 10 procent.'], 'ruim 10 procent'],
  ['a row beside one named only by a function word', [...table, 'Het bezoek aan het jeugdhonk, bedoeld voor jongeren, groeide van 2023 tot 2025 met ruim 40 procent.'], 'ruim 40 procent']
]

const clean: CleanWording[] = [
  ['the right change of one of two rows', [...table, 'Sporthal Noord verloor tussen 2023 en 2025 een tiende van zijn bezoeken.']],
  ['the right change of the other', [...table, 'Het bezoek aan Sporthal Zuid steeg van 2023 tot 2025 met 2,5 procent.']],
  ['the right change beside a function word', [...table, 'Het bezoek aan het jeugdhonk, bedoeld voor jongeren, groeide van 2023 tot 2025 met 15 procent.']],
  ['a change of a row the sentence does not name', [...table, 'Het aantal leden van de sportclubs groeide tussen 2023 en 2025 met ruim 40 procent.']]
]

describeWordings(percentageClaimCheck, defects, clean)
