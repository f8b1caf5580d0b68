import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of `finance-sum-mismatch` kept apart from the rule: the plan around one finance table.
export const table = (title: string, rows: string[], before: string[] = [], after: string[] = []): string =>
  example(['# Financiën', '', `## ${title}`, '', ...before, ...(before.length ? [''] : []), ...rows, ...(after.length ? ['', ...after] : [])], 'gemeente: Lindewaarde')

// A margin the text by the table names (`hooguit € 100`) both allows a difference the amounts'
// look would not explain and limits one they would.
export const marginsOk: RuleExample[] = [
  {
    title: 'Bedragen in euro\'s afgerond op honderden, met de marge die de tekst noemt',
    text: table('Kosten', ['| Post | 2027 |', '|---|---|', '| Inhuur | € 12.300 |', '| Materiaal | € 8.400 |', '| Voorlichting | € 5.200 |', '| Totaal | € 26.000 |'], [], ["Bedragen zijn afgerond op honderden euro's; door afronding kan een totaal hooguit € 100 afwijken."])
  },
  {
    title: 'Een marge in euro\'s in de inleiding van het hoofdstuk',
    text: table('Onderhoud', ['| Object | 2028 |', '|---|---|', '| Steigers | € 41.000 |', '| Kades | € 27.000 |', '| Bruggen | € 13.000 |', '| Totaal | € 82.000 |'], ["Alle bedragen zijn afgerond op duizenden euro's; totalen kunnen door afronding tot € 1.000 afwijken."])
  }
]

export const marginsNotOk: RuleExample[] = [
  {
    title: 'Een totaal dat verder afwijkt dan de marge die de tekst noemt',
    text: table('Kosten', ['| Post | 2027 |', '|---|---|', '| Inhuur | € 12.300 |', '| Materiaal | € 8.400 |', '| Voorlichting | € 5.200 |', '| Totaal | € 26.200 |'], [], ["Bedragen zijn afgerond op honderden euro's; door afronding kan een totaal hooguit € 100 afwijken."]),
    expected: ['Totaal `€ 26.200` in kolom `2027` klopt niet: de som van de rijen is `€ 25.900`']
  }
]
