import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A yearly number over the years a sentence names, where a year stands right before `jaarlijks` or
// `elk jaar` (it is when, not how much), and over two years joined by `en` that the sentence says
// each have the number (`ieder jaar`, `in beide jaren`). Look-alikes: totals that hold, and two
// years compared without a word that they each have it.
const defects: DefectWording[] = [
  ['a yearly number over a range of years', ['# Aanbod', '', 'In de jaren 2027 tot en met 2030 plaatsen we jaarlijks 35 laadpalen, in totaal 150 laadpalen.'], '150'],
  ['a number each year over two years', ['# Aanbod', '', 'In 2028 en 2029 renoveren we ieder jaar 12 bushokjes, samen 26 bushokjes.'], '26'],
  ['an amount each year over two years', ['# Kosten', '', 'In 2027 en 2030 geven we elk jaar € 18.000 uit aan de peiling, in totaal € 40.000.'], '40.000']
]
const clean: CleanWording[] = [
  ['a yearly number over a range of years that holds', ['# Aanbod', '', 'In de jaren 2027 tot en met 2030 plaatsen we jaarlijks 35 laadpalen, in totaal 140 laadpalen.']],
  ['a number each year over two years that holds', ['# Aanbod', '', 'In 2028 en 2029 renoveren we ieder jaar 12 bushokjes, samen 24 bushokjes.']],
  ['two years compared without each', ['# Aanbod', '', 'In 2022 en 2025 telden we 12 bushokjes, samen met de buurgemeente 26.']]
]

describeWordings(proseCalculation, defects, clean)
