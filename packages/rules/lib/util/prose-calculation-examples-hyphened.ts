import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a mean per thing over a count whose noun is a
// compound with a hyphen (`KDV-vestigingen`, `per vestiging`): its last part names what is counted.
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Means over hyphened counts the rule stays quiet on. */
export const hyphenedOk: RuleExample[] = [
  { title: 'Een gemiddelde in woorden over een samenstelling met streepje dat klopt', text: plan(['De zeven KDV-vestigingen hebben samen 35 groepen, gemiddeld vijf groepen per vestiging.']) },
  { title: 'Een gemiddelde over scholen met streepje dat klopt', text: plan(['De vier IKC-scholen hebben samen 36 klassen, gemiddeld negen klassen per school.']) },
  { title: 'Een gemiddelde over meer dan de genoemde samenstelling', text: plan(['De zeven KDV-vestigingen en twee peuterzalen hebben samen 45 groepen, gemiddeld vijf groepen per vestiging.']) }
]

/** Means over hyphened counts the rule reports. */
export const hyphenedNotOk: RuleExample[] = [
  {
    title: 'Een gemiddelde in woorden over vestigingen met streepje',
    text: plan(['De zeven KDV-vestigingen hebben samen 35 groepen, gemiddeld zes groepen per vestiging.']),
    expected: [fout('35 ÷ 7', '6', '5')]
  },
  {
    title: 'Een gemiddelde in woorden over scholen met streepje',
    text: plan(['De vier IKC-scholen hebben samen 36 klassen, gemiddeld tien klassen per school.']),
    expected: [fout('36 ÷ 4', '10', '9')]
  },
  {
    title: 'Een gemiddelde in woorden over plekken met streepje',
    text: plan(['De zes ZZP-werkplekken trokken samen 84 huurders, gemiddeld zestien huurders per werkplek.']),
    expected: [fout('84 ÷ 6', '16', '14')]
  }
]
