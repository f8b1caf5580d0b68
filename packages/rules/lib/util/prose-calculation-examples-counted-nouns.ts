import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a mean per thing whose count names the thing
// in another form (countsNoun): one count of two nouns joined by `en` (`20 gymzalen en sporthallen`,
// `per hal`), or the last part of the compound after `per` (`400 plekken`, `per fietsplek`).
const plan = (lines: string[]): string => example(['# Voorzieningen', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Means per thing the rule stays quiet on. */
export const countedNounsOk: RuleExample[] = [
  { title: 'Een bedrag per ding van een telling van twee zelfstandige naamwoorden dat klopt', text: plan(['Voor de 15 wijkparken en buurttuinen die een nieuwe bank krijgen, trekken we € 13.500 uit, € 900 per tuin.']) },
  { title: 'Een bedrag per samenstelling waarvan de telling het laatste deel noemt, dat klopt', text: plan(['De stichting beheert 30 huizen. Het onderhoud kost € 450.000, € 15.000 per woonhuis.']) },
  { title: 'Een bedrag per ding dat een deel van het geheel telt', text: plan(['Er komen 400 woningen, waarvan 120 huurwoningen. De gemeente draagt € 600.000 bij, € 5.000 per huurwoning.']) }
]

/** Means per thing the rule reports. */
export const countedNounsNotOk: RuleExample[] = [
  {
    title: 'Een bedrag per ding van een telling van twee zelfstandige naamwoorden',
    text: plan(['Voor de 15 wijkparken en buurttuinen die een nieuwe bank krijgen, trekken we € 13.500 uit, € 1.000 per tuin.']),
    expected: [fout('€ 13.500 ÷ 15', '1.000', '900')]
  },
  {
    title: 'Een bedrag per samenstelling waarvan de telling het laatste deel noemt',
    text: plan(['De nieuwe stalling bij het station krijgt 400 plekken. Zij kost € 1,8 miljoen, € 5.000 per fietsplek.']),
    expected: [fout('€ 1,8 miljoen ÷ 400', '5.000', '4.500')]
  },
  {
    title: 'Een bedrag per samenstelling op -s waarvan de telling het laatste deel noemt',
    text: plan(['De stichting beheert 30 huizen. Het onderhoud kost € 450.000, € 16.000 per woonhuis.']),
    expected: [fout('€ 450.000 ÷ 30', '16.000', '15.000')]
  },
  {
    title: 'Een bedrag per ding na twee naamwoorden met een meervoud op -len',
    text: plan(['Voor de 20 gymzalen en sporthallen met nieuwe verlichting trekken we € 90.000 uit, € 4.000 per hal.']),
    expected: [fout('€ 90.000 ÷ 20', '4.000', '4.500')]
  }
]
