import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a change sized before its levels by a verb without direction
// and an adverb that gives it (`gaat met 8 procent omlaag, van … naar …`, `komt er een vijfde bij`).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Wispelmoer')

/** Changes sized by a direction adverb whose percentage holds. */
export const directionsOk: RuleExample[] = [
  { title: 'Een stap omhoog die klopt', text: plan(['Het tarief voor een bewonersvergunning gaat met 15 procent omhoog, van € 80 naar € 92.']) },
  { title: 'Een stap omlaag die klopt', text: plan(['De entree van het openluchtbad gaat met 8% omlaag, van € 6,25 naar € 5,75.']) },
  { title: 'Een aanwas erbij die klopt', text: plan(['Bij de muziekschool komt er 12 procent bij: van 275 naar 308 leerlingen.']) },
  { title: 'Een terugloop die klopt', text: plan(['Het aantal zwerfafvalmeldingen loopt met 25 procent terug, van 640 naar 480.']) }
]

/** Changes sized by a direction adverb whose percentage does not hold. */
export const directionsNotOk: RuleExample[] = [
  {
    title: 'Een stap omhoog die niet klopt',
    text: plan(['Het tarief voor een bewonersvergunning gaat met 20 procent omhoog, van € 80 naar € 92.']),
    expected: ['Percentage `20 procent` klopt niet: van 80 naar 92 is 15%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stap omlaag die niet klopt',
    text: plan(['De entree van het openluchtbad gaat met 12% omlaag, van € 6,25 naar € 5,75.']),
    expected: ['Percentage `12%` klopt niet: van 6,25 naar 5,75 is 8%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een aanwas erbij die niet klopt',
    text: plan(['Bij de muziekschool komt er 18 procent bij: van 275 naar 308 leerlingen.']),
    expected: ['Percentage `18 procent` klopt niet: van 275 naar 308 is 12%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een terugloop die niet klopt',
    text: plan(['Het aantal zwerfafvalmeldingen loopt met 30 procent terug, van 640 naar 480.']),
    expected: ['Percentage `30 procent` klopt niet: van 640 naar 480 is 25%; pas het percentage of de getallen aan']
  }
]
