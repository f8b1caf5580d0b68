import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a balance after costs set against an income
// with `daar/hier staan … tegenover` (offset-balances).
const plan = (lines: string[]): string => example(['# Exploitatie', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Balances the rule stays quiet on. */
export const balancesOk: RuleExample[] = [
  { title: 'Wat overblijft na de kosten die tegenover de opbrengst staan, dat klopt', text: plan(['De zwembadkaarten brachten vorig jaar € 320.000 op. Daar stonden personeelskosten (€ 150.000) en energie (€ 90.000) tegenover, zodat het bad € 80.000 overhield.']) },
  { title: 'Een saldo in de zin na de kosten, dat klopt', text: plan(['De kaartverkoop leverde € 84.000 op. Hier staan de gages van € 46.000 en de techniek van € 21.000 tegenover. Per saldo houdt het festival € 17.000 over.']) },
  { title: 'Een netto bedrag dat resteert, dat klopt', text: plan(['De parkeergarage brengt € 1,2 miljoen op. Daar staan € 650.000 aan exploitatie en € 380.000 aan kapitaallasten tegenover, zodat netto € 170.000 resteert.']) }
]

/** Balances the rule reports. */
export const balancesNotOk: RuleExample[] = [
  {
    title: 'Wat overblijft na twee kosten tussen haakjes die tegenover de opbrengst staan',
    text: plan(['De zwembadkaarten brachten vorig jaar € 320.000 op. Daar stonden personeelskosten (€ 150.000) en energie (€ 90.000) tegenover, zodat het bad € 90.000 overhield.']),
    expected: [fout('€ 320.000 − € 150.000 − € 90.000', '90.000', '80.000')]
  },
  {
    title: 'Een netto bedrag dat resteert na kosten die tegenover de opbrengst staan',
    text: plan(['De parkeergarage brengt € 1,2 miljoen op. Daar staan € 650.000 aan exploitatie en € 380.000 aan kapitaallasten tegenover, zodat netto € 190.000 resteert.']),
    expected: [fout('€ 1,2 miljoen − € 650.000 − € 380.000', '190.000', '170.000')]
  },
  {
    title: 'Een saldo in de zin na de kosten',
    text: plan(['De markt leverde in 2025 € 62.000 aan staangeld op. Hier stonden de schoonmaak (€ 18.500) en het toezicht (€ 24.000) tegenover. Per saldo bleef er € 21.500 over.']),
    expected: [fout('€ 62.000 − € 18.500 − € 24.000', '21.500', '19.500')]
  }
]
