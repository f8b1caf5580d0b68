import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a part and its whole before a share of a whole named by another
// word, where the clause closes on `voor zijn rekening` after that noun (CLOSES_ON_NOUN).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Correct shares closed by `voor zijn rekening` the rule stays quiet on. */
export const ownAccountOk: RuleExample[] = [
  { title: 'Een deel met zijn eigen geheel en `voor haar rekening`, dat klopt', text: plan(['De buslijn naar het ziekenhuis nam met 45 van de 180 ritten een kwart van het vervoer voor haar rekening.']) },
  { title: 'Een deel met `voor zijn rekening`, dat met `bijna` klopt', text: plan(['Het wijkteam Zuid nam met 72 van de 300 huisbezoeken bijna een kwart van het werk voor zijn rekening.']) },
  { title: 'Een aandeel van iets anders naast het deel (`ook`)', text: plan(['De buslijn naar het ziekenhuis nam met 45 van de 180 ritten ook ruim een derde van de kosten voor haar rekening.']) }
]

/** Shares closed by `voor zijn rekening` the rule reports. */
export const ownAccountNotOk: RuleExample[] = [
  {
    title: 'Een deel met `voor haar rekening` dat niet klopt',
    text: plan(['De buslijn naar het ziekenhuis nam met 45 van de 180 ritten ruim een derde van het vervoer voor haar rekening.']),
    expected: ['Percentage `ruim een derde` klopt niet: 45 van 180 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel met `voor zijn rekening` dat niet klopt',
    text: plan(['Het wijkteam Zuid nam met 72 van de 300 huisbezoeken bijna een derde van het werk voor zijn rekening.']),
    expected: ['Percentage `bijna een derde` klopt niet: 72 van 300 is 24%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel met `voor hun rekening` dat niet klopt',
    text: plan(['De twee grootste dorpen namen met 150 van de 250 aanvragen ruim twee derde van de regeling voor hun rekening.']),
    expected: ['Percentage `ruim twee derde` klopt niet: 150 van 250 is 60%; pas het percentage of de getallen aan']
  }
]
