import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a change told as a number and, a span of time later, the
// next one (`240 leden, drie jaar later 312`).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Changes over a span of time whose percentage holds. */
export const spansOk: RuleExample[] = [
  { title: 'Een groei na een aantal jaren die klopt', text: plan(['Begin 2021 telde de schaakclub 240 leden, drie jaar later 312: een groei van 30%.']) },
  { title: 'Een daling na een aantal maanden die klopt', text: plan(['De wachtlijst telde in maart 260 gezinnen, twee maanden later nog 221, een daling van 15 procent.']) },
  { title: 'Een stijging een jaar later die klopt', text: plan(['In het eerste jaar kwamen er 1.250 bezoekers, een jaar later ruim 1.500, een stijging van 20 procent.']) }
]

/** Changes over a span of time whose percentage does not hold. */
export const spansNotOk: RuleExample[] = [
  {
    title: 'Een groei na een aantal jaren die niet klopt',
    text: plan(['Begin 2021 telde de schaakclub 240 leden, drie jaar later 312: een groei van 40%.']),
    expected: ['Percentage `40%` klopt niet: van 240 naar 312 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een toename na twee jaar die niet klopt',
    text: plan(['Op 1 januari 2023 stonden er 420 woningzoekenden ingeschreven, twee jaar later 546: een toename van 40 procent.']),
    expected: ['Percentage `40 procent` klopt niet: van 420 naar 546 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging een jaar later die niet klopt',
    text: plan(['In het eerste jaar kwamen er 1.250 bezoekers, een jaar later ruim 1.500, een stijging van 10 procent.']),
    expected: ['Percentage `10 procent` klopt niet: van 1.250 naar 1.500 is 20%; pas het percentage of de getallen aan']
  }
]
