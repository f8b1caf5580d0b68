import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a price per month or week of one thing and a
// total per year of a count of those things (priced-counts), and a reading brought to the period of
// its total (prose-equations).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Prices per period with totals per year the rule stays quiet on. */
export const periodsOk: RuleExample[] = [
  { title: 'Een prijs per maand en een totaal per jaar dat klopt', text: plan(['Een ligplaats in de jachthaven kost € 30 per maand. De 25 ligplaatsen leveren samen € 9.000 per jaar op.']) },
  { title: 'Een aantal tegen een prijs per maand in één zin met een totaal per jaar dat klopt', text: plan(['De 40 volkstuinen van € 25 per maand brengen samen € 12.000 per jaar op.']) },
  { title: 'Een totaal per jaar met iets erbij', text: plan(['Een ligplaats in de jachthaven kost € 30 per maand. De 25 ligplaatsen leveren plus de winterstalling samen € 11.000 per jaar op.']) }
]

/** Prices per period with totals per year the rule reports. */
export const periodsNotOk: RuleExample[] = [
  {
    title: 'Een huur per maand en een opbrengst na jaarlijks',
    text: plan(['Een volkstuin wordt verhuurd voor € 25 per maand. De 40 tuinen brengen jaarlijks € 14.000 op.']),
    expected: [fout('40 × 25 × 12', '14.000', '12.000')]
  },
  {
    title: 'Een prijs per maand en een opbrengst per jaar',
    text: plan(['Een ligplaats in de jachthaven kost € 30 per maand. De 25 ligplaatsen leveren samen € 8.000 per jaar op.']),
    expected: [fout('25 × 30 × 12', '8.000', '9.000')]
  },
  {
    title: 'Een bedrag per week en een totaal per jaar',
    text: plan(['Een standhouder op de weekmarkt betaalt € 40 per week. De 15 standhouders betalen samen € 33.000 per jaar.']),
    expected: [fout('15 × 40 × 52', '33.000', '31.200')]
  }
]
