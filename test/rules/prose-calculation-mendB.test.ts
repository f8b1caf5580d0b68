import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mendB). Each wording fails on the code before its mend.
const defects: DefectWording[] = [
  // The measure of one thing holds into the next paragraph when no heading stands between.
  [
    'a count over the measure of one thing set in the paragraph before',
    ['# Energie', '', 'Een huishouden gebruikt 2.900 kWh.', '', 'De zonneweide levert 5.800 MWh, genoeg voor ruim 3.000 huishoudens.'],
    '3.000'
  ],
  // A measure per a number of units (`per 10 m²`) is read, its count dividing the scale.
  [
    'length × width × gram per 10 m² in kg',
    ['# Beheer', '', 'Langs de 3 km fietspad van gemiddeld 2 m breed zaaien we 50 gram per 10 m² in; dat is in totaal ongeveer 45 kg zaad.'],
    '45'
  ],
  // A year after the count (`in 2030`) does not hide the count the rate gives.
  [
    'a count from a total over a rate, with a year after it',
    ['# Energie', '', 'De zonnedaken op de sporthal wekken 640 MWh op. Met 3.200 kWh per woning is dat genoeg voor 300 woningen in 2030.'],
    '300'
  ]
]

const clean: CleanWording[] = [
  // A heading that opens the count's own paragraph ends what the measure holds for.
  ['a count after a heading that opens its paragraph', ['# Energie', '', 'Een huishouden gebruikt 2.900 kWh.', '', '### Zonneweide', 'De zonneweide levert 5.800 MWh, genoeg voor ruim 3.000 huishoudens.']],
  ['length × width × gram per 10 m² in kg, rightly', ['# Beheer', '', 'Langs de 3 km fietspad van gemiddeld 2 m breed zaaien we 50 gram per 10 m² in; dat is in totaal ongeveer 30 kg zaad.']],
  ['a count from a total over a rate, with a year after it, rightly', ['# Energie', '', 'De zonnedaken op de sporthal wekken 640 MWh op. Met 3.200 kWh per woning is dat genoeg voor 200 woningen in 2030.']]
]

describeWordings(proseCalculation, defects, clean)
