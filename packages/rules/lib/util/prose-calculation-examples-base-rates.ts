import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a rate per a round number of people or things
// worked out of a count and a population before it (per-base-rates): `ofwel 2,5 per 1.000 inwoners`.
const plan = (lines: string[]): string => example(['# Aanleiding', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Rates per a round base that hold, or that are a norm rather than the sentence's own quotient. */
export const baseRatesOk: RuleExample[] = [
  { title: 'Een aantal per 1.000 inwoners dat klopt', text: plan(['In Veldhoven-Noord staan 14 bankjes voor 5.600 inwoners, ofwel 2,5 per 1.000 inwoners.']) },
  { title: 'Een aantal per 100 leerlingen dat klopt', text: plan(['Op 1.250 leerlingen waren er 30 thuiszitters: 2,4 per 100 leerlingen.']) },
  { title: 'Een afgerond aantal per 1.000 inwoners', text: plan(['Er werken 17 huisartsen voor 5.600 inwoners, ongeveer 3 per 1.000 inwoners.']) },
  { title: 'Een norm per 1.000 inwoners naast de eigen aantallen', text: plan(['De wijk heeft 14 speelplekken voor 5.600 inwoners, tegen een landelijke norm van 3,5 per 1.000 inwoners.']) }
]

/** Rates per a round base that the count and population before them do not give. */
export const baseRatesNotOk: RuleExample[] = [
  {
    title: 'Een aantal per 1.000 inwoners dat niet klopt',
    text: plan(['In Veldhoven-Noord staan 14 bankjes voor 5.600 inwoners, ofwel 3,5 per 1.000 inwoners.']),
    expected: [fout('14 ÷ 5.600 × 1.000', '3,5', '2,5')]
  },
  {
    title: 'Een aantal meldingen per 1.000 inwoners dat niet klopt',
    text: plan(['Met 42 meldingen op 12.000 inwoners komt de wijk uit op 4,5 meldingen per 1.000 inwoners.']),
    expected: [fout('42 ÷ 12.000 × 1.000', '4,5', '3,5')]
  },
  {
    title: 'Een aantal per 100 leerlingen dat niet klopt',
    text: plan(['Op 1.250 leerlingen waren er 30 thuiszitters: 3,4 per 100 leerlingen.']),
    expected: [fout('30 ÷ 1.250 × 100', '3,4', '2,4')]
  }
]
