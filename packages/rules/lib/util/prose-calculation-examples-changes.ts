import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a change between two levels whose size is told by what joined
// or left (`erbij`, `eraf`, `er kwamen … bij`), also with the new level of today (`… nu`).
const plan = (lines: string[]): string => example(['# Voorzieningen', '', ...lines], 'gemeente: Lindewaarde')

/** Changes whose size holds. */
export const changesOk: RuleExample[] = [
  { title: 'Een groei met wat erbij kwam die klopt', text: plan(['Sinds 1 maart 2023 is het aantal standplaatsen gegroeid van 126 naar 171 plekken: 45 plekken erbij.']) },
  { title: 'Een groei tot nu met er kwam bij die klopt', text: plan(['Het bosareaal nam toe van 860 hectare in 2018 naar 1.020 hectare nu: er kwam 160 hectare bij, vooral door nieuwe aanplant.']) },
  { title: 'Een daling met wat eraf ging die klopt', text: plan(['Sinds de herindeling daalde het aantal bushaltes van 94 naar 81, 13 haltes eraf.']) },
  { title: 'Een verandering met delen erna die niet het verschil zijn', text: plan(['Het aantal leden ging van 410 naar 455, 30 bij de jeugd en 15 bij de senioren.']) }
]

/** Changes whose size does not hold. */
export const changesNotOk: RuleExample[] = [
  {
    title: 'Een groei met wat erbij kwam die niet klopt',
    text: plan(['Sinds 1 maart 2023 is het aantal standplaatsen gegroeid van 126 naar 171 plekken: 35 plekken erbij.']),
    expected: ['Berekening `171 − 126 = 35` klopt niet: de uitkomst is `45`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een groei tot nu met er kwam bij die niet klopt',
    text: plan(['Het bosareaal nam toe van 860 hectare in 2018 naar 1.020 hectare nu: er kwam 140 hectare bij, vooral door nieuwe aanplant.']),
    expected: ['Berekening `1.020 − 860 = 140` klopt niet: de uitkomst is `160`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling met wat eraf ging die niet klopt',
    text: plan(['Sinds de herindeling daalde het aantal bushaltes van 94 naar 81, 23 haltes eraf.']),
    expected: ['Berekening `94 − 81 = 23` klopt niet: de uitkomst is `13`; herstel de berekening of de uitkomst']
  }
]
