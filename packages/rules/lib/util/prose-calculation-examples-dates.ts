import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a mean of a pooled total in a sentence that
// opens with a date: the days of the date (`van 8 tot en met 12 juli`) are no numbers another
// reading of the mean may multiply or add (other-readings).
const plan = (lines: string[]): string => example(['# Activiteiten', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Means beside a date the rule stays quiet on. */
export const datesOk: RuleExample[] = [
  { title: 'Een gemiddelde na twee dagen van een datum dat klopt', text: plan(['Op zaterdag 4 en zondag 5 oktober openden zeven ateliers hun deuren, met samen 161 bezoekers, gemiddeld 23 per atelier.']) },
  { title: 'Een gemiddelde na een reeks dagen dat klopt', text: plan(['Van 8 tot en met 12 juli liepen vijf zomerkampen, met samen 140 kinderen, gemiddeld 28 per zomerkamp.']) },
  { title: 'Een gemiddelde na dagen met hun weekdag dat klopt', text: plan(['Van woensdag 5 tot en met zondag 9 juni speelden zeven voorstellingen in de parken, met samen 301 bezoekers, gemiddeld 43 per voorstelling.']) }
]

/** Means beside a date the rule reports, though two days of the date give the stated mean. */
export const datesNotOk: RuleExample[] = [
  {
    title: 'Een gemiddelde dat het product van twee dagen is',
    text: plan(['Op zaterdag 4 en zondag 5 oktober openden zeven ateliers hun deuren, met samen 161 bezoekers, gemiddeld 20 per atelier.']),
    expected: [fout('161 ÷ 7', '20', '23')]
  },
  {
    title: 'Een gemiddelde dat de som van de eerste en de laatste dag is',
    text: plan(['Van 8 tot en met 12 juli liepen vijf zomerkampen, met samen 140 kinderen, gemiddeld 20 per zomerkamp.']),
    expected: [fout('140 ÷ 5', '20', '28')]
  },
  {
    title: 'Een gemiddelde na dagen met hun weekdag',
    text: plan(['Van woensdag 5 tot en met zondag 9 juni speelden zeven voorstellingen in de parken, met samen 301 bezoekers, gemiddeld 45 per voorstelling.']),
    expected: [fout('301 ÷ 7', '45', '43')]
  }
]
