import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count per year with a longer noun phrase
// (`extra of vernieuwde …`, `huurders en kopers`) or with its total named before the years
// (`samen 72 zitbanken in vier jaar`): per-year-means and yearly-totals.
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Yearly counts and totals the rule stays quiet on. */
export const yearlyCountsOk: RuleExample[] = [
  { title: 'Een aantal per jaar met twee bijvoeglijke woorden en een totaal dat klopt', text: plan(['We mikken op 35 extra of vernieuwde speelplekken per jaar, samen 140 in de vier jaar van dit plan.']) },
  { title: 'Een totaal met zijn zelfstandig naamwoord vóór de jaren dat klopt', text: plan(['We vervangen 18 zitbanken per jaar, samen 72 zitbanken in vier jaar.']) },
  { title: 'Een eenmalig aantal erbij', text: plan(['We vervangen 18 zitbanken per jaar en eenmalig 10 extra, samen 82 zitbanken in vier jaar.']) }
]

/** Yearly counts and totals the rule reports. */
export const yearlyCountsNotOk: RuleExample[] = [
  {
    title: 'Een aantal per jaar met twee bijvoeglijke woorden en een totaal over de jaren',
    text: plan(['We mikken op 35 extra of vernieuwde speelplekken per jaar, samen 160 in de vier jaar van dit plan.']),
    expected: [fout('35 × 4', '160', '140')]
  },
  {
    title: 'Een totaal met zijn zelfstandig naamwoord vóór de jaren',
    text: plan(['We vervangen 18 zitbanken per jaar, samen 80 zitbanken in vier jaar.']),
    expected: [fout('18 × 4', '80', '72')]
  },
  {
    title: 'Een aantal per jaar van twee soorten mensen',
    text: plan(['Het loket helpt 45 huurders en kopers per jaar, dus 200 in vier jaar.']),
    expected: [fout('45 × 4', '200', '180')]
  }
]
