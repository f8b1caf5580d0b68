import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for an amount per participant (`per deelnemer`)
// of an activity whose people the sentence counts by another noun (`32 ouderen`, `16 ondernemers`).
const plan = (lines: string[]): string => example(['# Activiteiten', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Amounts per participant that hold, and one whose sentence counts only those who lead it. */
export const participantsOk: RuleExample[] = [
  { title: 'Een bedrag per deelnemer van een groep ouderen dat klopt', text: plan(['De excursie met 32 ouderen kost € 960, dat is € 30 per deelnemer.']) },
  { title: 'Een bedrag per deelnemer van een groep ondernemers dat klopt', text: plan(['De workshop voor 16 ondernemers kost € 1.200, ofwel € 75 per deelnemer.']) },
  { title: 'Een bedrag per deelnemer naast alleen het aantal begeleiders', text: plan(['Vier trainers begeleiden de cursus, die € 2.400 kost; dat is € 80 per deelnemer.']) }
]

/** Amounts per participant that the total and the count of people do not give. */
export const participantsNotOk: RuleExample[] = [
  {
    title: 'Een bedrag per deelnemer van een groep ouderen dat niet klopt',
    text: plan(['De excursie met 32 ouderen kost € 960, dat is € 35 per deelnemer.']),
    expected: [fout('€ 960 ÷ 32', '35', '30')]
  },
  {
    title: 'Een bedrag per deelnemer van een groep ondernemers dat niet klopt',
    text: plan(['De workshop voor 16 ondernemers kost € 1.200, ofwel € 85 per deelnemer.']),
    expected: [fout('€ 1.200 ÷ 16', '85', '75')]
  },
  {
    title: 'Een bedrag per deelnemer van een groep kinderen dat niet klopt',
    text: plan(['Een zwemles voor 14 kinderen kost € 252, ofwel € 20 per deelnemer.']),
    expected: [fout('€ 252 ÷ 14', '20', '18')]
  }
]
