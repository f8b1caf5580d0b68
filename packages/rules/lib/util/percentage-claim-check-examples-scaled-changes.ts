import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a change between two numbers with a magnitude and a unit or noun after the
// first (`van 2,4 miljoen kWh in 2022 naar 2,1 miljoen kWh`): the numbers rounded to the magnitude leave a margin.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Changes of numbers in millions with a unit that hold, within the rounding of the numbers. */
export const scaledChangesOk: RuleExample[] = [
  { title: 'Een groei in miljoenen bezoekers die klopt', text: plan(['Het museum groeide van 1,6 miljoen bezoekers in 2022 naar 2,0 miljoen in 2025, een groei van 25 procent.']) },
  { title: 'Een daling in miljoenen kWh die klopt', text: plan(['Het stroomgebruik daalde van 4,5 miljoen kWh naar 4,2 miljoen kWh, een daling van 7 procent.']) },
  { title: 'Een kleine stijging die binnen de afronding van de miljoenen klopt', text: plan(['Het aantal reizigers op de buslijn steeg van 2,5 miljoen reizigers in 2023 naar 2,6 miljoen reizigers in 2025, een stijging van 4%.']) }
]

/** Changes of numbers in millions with a unit that do not hold. */
export const scaledChangesNotOk: RuleExample[] = [
  {
    title: 'Een daling in miljoenen kWh met een jaar bij elk getal die niet klopt',
    text: plan(['Het stroomgebruik van de sporthallen daalde van 2,4 miljoen kWh in 2022 naar 2,1 miljoen kWh in 2025, een daling van 20 procent.']),
    expected: ['Percentage `20 procent` klopt niet: van 2,4 miljoen naar 2,1 miljoen is 12,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei in miljoenen bezoekers die niet klopt',
    text: plan(['Het museum groeide van 1,6 miljoen bezoekers naar 1,8 miljoen, een groei van 25 procent.']),
    expected: ['Percentage `25 procent` klopt niet: van 1,6 miljoen naar 1,8 miljoen is 12,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stijging in miljoenen reizigers die ook met de afronding niet klopt',
    text: plan(['Het aantal reizigers op de buslijn steeg van 2,5 miljoen reizigers in 2023 naar 2,6 miljoen reizigers in 2025, een stijging van 10%.']),
    expected: ['Percentage `10%` klopt niet: van 2,5 miljoen naar 2,6 miljoen is 4%; pas het percentage of de getallen aan']
  }
]
