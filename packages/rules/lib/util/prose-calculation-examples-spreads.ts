import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a mean per week or day of an amount per season or year that a
// count of those weeks or days spreads (`… per seizoen. … 14 weken open, gemiddeld … per week`).
const plan = (lines: string[]): string => example(['# Kosten', '', ...lines], 'gemeente: Lindewaarde')

/** Means per week or day of a seasonal or yearly amount that hold, and look-alikes without a count of weeks. */
export const spreadsOk: RuleExample[] = [
  { title: 'Een seizoensbedrag over de weken dat klopt', text: plan(['De pont kost € 98.000 per seizoen. Hij vaart 14 weken, gemiddeld € 7.000 per week.']) },
  { title: 'Een jaarbedrag over de openingsdagen dat klopt', text: plan(['De ijsbaan kost € 63.000 per jaar. Ze is 90 dagen open, gemiddeld € 700 per dag.']) },
  { title: 'Een jaarbedrag en een weekbedrag zonder aantal weken', text: plan(['De huur is € 31.000 per jaar. Voor de kantine betalen we daarnaast gemiddeld € 300 per week.']) }
]

/** Means per week or day of a seasonal or yearly amount that do not hold. */
export const spreadsNotOk: RuleExample[] = [
  {
    title: 'Een seizoensbedrag over de weken dat niet klopt',
    text: plan(['De pont kost € 98.000 per seizoen. Hij vaart 14 weken, gemiddeld € 8.000 per week.']),
    expected: ['Berekening `98.000 ÷ 14 = 8.000` klopt niet: de uitkomst is `7.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een jaarbedrag over de openingsdagen dat niet klopt',
    text: plan(['De ijsbaan kost € 63.000 per jaar. Ze is 90 dagen open, gemiddeld € 800 per dag.']),
    expected: ['Berekening `63.000 ÷ 90 = 800` klopt niet: de uitkomst is `700`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een seizoensbedrag en het aantal weken in één zin',
    text: plan(['De zwembadbewaking kost € 156.000 per seizoen van 12 weken, gemiddeld € 14.000 per week.']),
    expected: ['Berekening `156.000 ÷ 12 = 14.000` klopt niet: de uitkomst is `13.000`; herstel de berekening of de uitkomst']
  }
]
