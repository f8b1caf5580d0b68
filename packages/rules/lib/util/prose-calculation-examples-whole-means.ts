import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a mean that is itself a whole number, written
// as the next whole (roundedToWhole): rounded, cut off or rounded up, a whole lies less than one
// whole from its mean.
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Means written as a whole within a whole of the quotient. */
export const wholeMeansOk: RuleExample[] = [
  { title: 'Een gemiddelde dat precies klopt', text: plan(['De 8 buurtteams legden samen 96 huisbezoeken af, gemiddeld 12 huisbezoeken per buurtteam.']) },
  { title: 'Een gemiddelde dat naar beneden is afgekapt', text: plan(['De 6 vestigingen hielden samen 95 lezingen, gemiddeld 15 lezingen per vestiging.']) },
  { title: 'Een gemiddelde dat naar boven is afgerond', text: plan(['De 8 buurtteams legden samen 100 huisbezoeken af, gemiddeld 13 huisbezoeken per buurtteam.']) }
]

/** Means whose quotient is a whole, written as another whole. */
export const wholeMeansNotOk: RuleExample[] = [
  {
    title: 'Een gemiddelde dat één hoger staat dan de deling',
    text: plan(['De 8 buurtteams legden samen 96 huisbezoeken af, gemiddeld 13 huisbezoeken per buurtteam.']),
    expected: [fout('96 ÷ 8', '13', '12')]
  },
  {
    title: 'Een gemiddeld aantal lezingen dat één hoger staat',
    text: plan(['De 6 vestigingen hielden samen 90 lezingen, gemiddeld 16 lezingen per vestiging.']),
    expected: [fout('90 ÷ 6', '16', '15')]
  },
  {
    title: 'Een gemiddelde dat één lager staat dan de deling',
    text: plan(['Over de 7 weekmarkten stonden samen 210 kramen, gemiddeld 29 kramen per markt.']),
    expected: [fout('210 ÷ 7', '29', '30')]
  }
]
