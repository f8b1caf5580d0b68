import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a part and a whole in number words with a whole pointed at
// or owned (`Vijf van die twintig routes`, `drie van onze twaalf teams`), read as digits by share-words.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
const wrong = (said: string, basis: string): string[] => [`Percentage \`${said}\` klopt niet: ${basis}; pas het percentage of de getallen aan`]

/** Correct shares of a pointed or owned whole the rule stays quiet on. */
export const pointedPairsOk: RuleExample[] = [
  { title: 'Een deel van `deze` geheel in woorden, met een aandeel dat klopt', text: plan(['Vijf van deze twintig routes zijn een kwart van het netwerk.']) },
  { title: 'Een deel van `onze` geheel in woorden, met een aandeel dat klopt', text: plan(['Drie van onze twaalf wijkteams werken al met het nieuwe systeem, een kwart.']) },
  { title: 'Een deel van `die` geheel, met een verhouding die klopt', text: plan(['Zeven van die 28 bruggen zijn aan onderhoud toe, een op de vier.']) }
]

/** Shares of a pointed or owned whole that do not hold. */
export const pointedPairsNotOk: RuleExample[] = [
  {
    title: 'Een deel van `onze` geheel in woorden dat geen helft is',
    text: plan(['Drie van onze twaalf wijkteams werken al met het nieuwe systeem, bijna de helft.']),
    expected: wrong('bijna de helft', '3 van 12 is 25%')
  },
  {
    title: 'Een deel van `die` geheel in woorden dat geen derde is',
    text: plan(['Vijf van die twintig routes zijn bewegwijzerd, ruim een derde.']),
    expected: wrong('ruim een derde', '5 van 20 is 25%')
  },
  {
    title: 'Een deel in woorden van `deze` geheel in cijfers dat geen derde is',
    text: plan(['Zeven van deze 28 bruggen zijn aan onderhoud toe, bijna een derde.']),
    expected: wrong('bijna een derde', '7 van 28 is 25%')
  }
]
