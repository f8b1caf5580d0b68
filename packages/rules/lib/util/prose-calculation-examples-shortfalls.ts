import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a needed count, an available count and the
// shortfall named after them (`tekort`, `te weinig`, `ontbreken`, `onder blijven`; count-shortfalls).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Shortfalls the rule stays quiet on. */
export const shortfallsOk: RuleExample[] = [
  { title: 'Een tekort dat het verschil is', text: plan(['Voor de overblijf zijn 16 begeleiders nodig en er zijn er 11: een tekort van 5.']) },
  { title: 'Wat nog ontbreekt, dat klopt', text: plan(['We moeten 35 laadpalen plaatsen en hebben er 22 vergund; er ontbreken er nog 13.']) },
  { title: 'Onder een afspraak blijven, dat klopt', text: plan(['De afspraak is 18 stageplekken. Met 12 plekken blijven we daar 6 plekken onder.']) },
  { title: 'Meer dan twee aantallen: het tekort gaat over een ervan', text: plan(['In 2025 waren er 45 vrijwilligers, in 2026 38. Voor de 12 routes komen we 4 vrijwilligers tekort.']) }
]

/** Shortfalls the rule reports. */
export const shortfallsNotOk: RuleExample[] = [
  {
    title: 'Een tekort dat niet het verschil is',
    text: plan(['Voor de overblijf zijn 16 begeleiders nodig en er zijn er 11: een tekort van 6.']),
    expected: [fout('16 − 11', '6', '5')]
  },
  {
    title: 'Wat nog ontbreekt, dat niet klopt',
    text: plan(['We moeten 35 laadpalen plaatsen en hebben er 22 vergund; er ontbreken er nog 15.']),
    expected: [fout('35 − 22', '15', '13')]
  },
  {
    title: 'Onder een afspraak uit de zin ervoor blijven, dat niet klopt',
    text: plan(['De afspraak is 18 stageplekken. Met 12 plekken blijven we daar 5 plekken onder.']),
    expected: [fout('18 − 12', '5', '6')]
  }
]
