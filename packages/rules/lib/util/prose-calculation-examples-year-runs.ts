import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count in a first year, a count per year
// after it and the total over the run, to a year the sentence names or the end of the plan's
// period, 2022-2025 in these examples (year-run-totals).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
// An action of a pillar's list: with its counts in words it is a calculation text by its run of years.
const action = (text: string): string =>
  example(['# Pijlers', '', '## Pijler 1: Veilige buurten {#p1}', '', 'We werken aan veilige buurten.', '', '### Wat doen we daarvoor?', '', `- ${text}`, '- We spreken elk kwartaal met de buurtteams.'], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Runs of years the rule stays quiet on. */
export const yearRunsOk: RuleExample[] = [
  { title: 'Een eerste jaar, daarna een aantal per jaar tot het eind van de planperiode, dat klopt', text: plan(['We houden buurtschouwen: acht in 2022 en daarna vijf per jaar, in totaal 23 schouwen.']) },
  { title: 'Een run tot een genoemd jaar, dat klopt', text: plan(['In 2023 leggen we 12 geveltuinen aan, in de jaren daarna 6 per jaar tot en met 2025; samen zijn dat 24 geveltuinen.']) },
  { title: 'Het eerste jaar en vervolgens jaarlijks, dat klopt', text: plan(['Het eerste jaar geven we 10 trainingen, vervolgens jaarlijks 4, in totaal 22 trainingen.']) },
  { title: 'Een actie met een eerste jaar en daarna een aantal per jaar die klopt', text: action('We houden buurtschouwen: acht in 2022 en daarna vijf per jaar, in totaal 23 schouwen.') },
  { title: 'Een afgerond totaal rekent de regel niet na', text: plan(['We houden buurtschouwen: acht in 2022 en daarna vijf per jaar, in totaal ruim 20 schouwen.']) }
]

/** Runs of years the rule reports. */
export const yearRunsNotOk: RuleExample[] = [
  {
    title: 'Een eerste jaar, daarna een aantal per jaar, en een totaal dat niet klopt',
    text: action('We houden buurtschouwen: acht in 2022 en daarna vijf per jaar, in totaal 20 schouwen.'),
    expected: [fout('acht + 3 × vijf', '20', '23')]
  },
  {
    title: 'Een run tot een genoemd jaar met een totaal dat niet klopt',
    text: action('In 2023 leggen we twaalf geveltuinen aan, in de jaren daarna zes per jaar tot en met 2025; samen zijn dat 30 geveltuinen.'),
    expected: [fout('twaalf + 2 × zes', '30', '24')]
  },
  {
    title: 'Het eerste jaar en vervolgens jaarlijks, met een totaal dat niet klopt',
    text: action('Het eerste jaar geven we tien trainingen, vervolgens jaarlijks vier, in totaal 26 trainingen.'),
    expected: [fout('tien + 3 × vier', '26', '22')]
  }
]
