import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a whole per year or month split after a colon
// into parts without a period of their own (whole-splits): the parts are per that period too.
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Wholes per period and their parts the rule stays quiet on. */
export const periodWholesOk: RuleExample[] = [
  { title: 'Een bedrag per jaar en zijn delen na een dubbele punt, dat klopt', text: plan(['De kosten van de wijkbus zijn € 12.800 per jaar: brandstof € 6.100, onderhoud € 3.900 en verzekering € 2.800.']) },
  { title: 'Een bedrag per maand en zijn delen, dat klopt', text: plan(['Het depot kost € 2.200 per maand: huur € 1.400, energie € 450 en beveiliging € 350.']) },
  { title: 'Delen die voorbeelden zijn (`onder andere`)', text: plan(['De kosten van de wijkbus zijn € 14.600 per jaar, onder andere brandstof € 6.100, onderhoud € 3.900 en verzekering € 2.800.']) },
  { title: 'Delen per maand onder een bedrag per jaar', text: plan(['Het depot kost € 26.400 per jaar: huur € 1.400 per maand, energie € 450 per maand en beveiliging € 350 per maand.']) }
]

/** Wholes per period and their parts the rule reports. */
export const periodWholesNotOk: RuleExample[] = [
  {
    title: 'Een bedrag per jaar dat de delen na de dubbele punt niet geven',
    text: plan(['De kosten van de wijkbus zijn € 14.600 per jaar: brandstof € 6.100, onderhoud € 3.900 en verzekering € 2.800.']),
    expected: [fout('6.100 + 3.900 + 2.800', '€ 14.600', '12.800')]
  },
  {
    title: 'Een afgerond bedrag per jaar dat de delen niet geven',
    text: plan(['De ledenpas kost ongeveer € 95 per jaar: contributie € 60, verzekering € 18 en bondsbijdrage € 12.']),
    expected: [fout('60 + 18 + 12', '€ 95', '90')]
  },
  {
    title: 'Een bedrag per maand dat de delen niet geven',
    text: plan(['Het depot kost € 2.300 per maand: huur € 1.400, energie € 450 en beveiliging € 350.']),
    expected: [fout('1.400 + 450 + 350', '€ 2.300', '2.200')]
  }
]
