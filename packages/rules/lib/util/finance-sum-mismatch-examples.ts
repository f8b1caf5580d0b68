import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of `finance-sum-mismatch` kept apart from the rule: the plan around one finance table.
export const table = (title: string, rows: string[], before: string[] = [], after: string[] = []): string =>
  example(['# Financiën', '', `## ${title}`, '', ...before, ...(before.length ? [''] : []), ...rows, ...(after.length ? ['', ...after] : [])], 'gemeente: Lindewaarde')

// A margin the text by the table names (`ten hoogste € 100`) both allows a difference the amounts'
// look would not explain and limits one they would.
export const marginsOk: RuleExample[] = [
  {
    title: 'Bedragen in euro\'s afgerond op honderden, met de marge die de tekst noemt',
    text: table('Kosten', ['| Post | 2027 |', '|---|---|', '| Inhuur | € 12.300 |', '| Materiaal | € 8.400 |', '| Voorlichting | € 5.200 |', '| Totaal | € 26.000 |'], [], ["Door afronding op honderd euro wijkt een totaal ten hoogste € 100 af."])
  },
  {
    title: 'Een marge in euro\'s in de inleiding van het hoofdstuk',
    text: table('Onderhoud', ['| Object | 2028 |', '|---|---|', '| Steigers | € 41.000 |', '| Kades | € 27.000 |', '| Bruggen | € 13.000 |', '| Totaal | € 82.000 |'], ["Door afronding op hele duizenden kan een totaal tot € 1.000 verschillen van de optelling."])
  }
]

export const marginsNotOk: RuleExample[] = [
  {
    title: 'Een totaal dat verder afwijkt dan de marge die de tekst noemt',
    text: table('Kosten', ['| Post | 2027 |', '|---|---|', '| Inhuur | € 12.300 |', '| Materiaal | € 8.400 |', '| Voorlichting | € 5.200 |', '| Totaal | € 26.200 |'], [], ["Door afronding op honderd euro wijkt een totaal ten hoogste € 100 af."]),
    expected: ['Totaal `€ 26.200` in kolom `2027` klopt niet: de som van de rijen is `€ 25.900`']
  }
]
