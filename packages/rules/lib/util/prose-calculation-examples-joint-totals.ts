import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for joint totals: amounts each given for a list of
// years and their total (year-list-amounts), each amount once for every year it is given for; and
// changes `van A naar B` with their joint size (summed-changes), the sum of the changes.
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Amounts for lists of years the rule stays quiet on. */
export const yearListsOk: RuleExample[] = [
  { title: 'Twee bedragen voor elk twee jaren en hun totaal, dat klopt', text: plan(['Het muziekfonds krijgt € 40.000 in 2026 en 2027 en € 30.000 in 2028 en 2029; samen € 140.000 over de planperiode.']) },
  { title: 'De jaren vóór het bedrag, met `elk`, dat klopt', text: plan(['In 2026 en 2027 gaat er elk € 25.000 naar de speeltuinen en in 2028 € 30.000, in totaal € 80.000.']) },
  { title: 'Het totaal in de zin erna, dat klopt', text: plan(['De dorpsraden krijgen € 12.000 in 2027 en 2028 en € 15.000 in 2029. Over de drie jaren samen is dat € 39.000.']) },
  { title: 'Een bedrag voor een reeks jaren, dat klopt', text: plan(['Voor het groenonderhoud is € 60.000 in 2026 tot en met 2028 beschikbaar en € 45.000 in 2029, samen € 225.000.']) }
]

/** Amounts for lists of years whose total does not hold. */
export const yearListsNotOk: RuleExample[] = [
  {
    title: 'Twee bedragen voor elk twee jaren en een totaal dat niet klopt',
    text: plan(['Het muziekfonds krijgt € 40.000 in 2026 en 2027 en € 30.000 in 2028 en 2029; samen € 150.000 over de planperiode.']),
    expected: [fout('40.000 × 2 + 30.000 × 2', '150.000', '140.000')]
  },
  {
    title: 'De jaren vóór het bedrag en een totaal dat niet klopt',
    text: plan(['In 2026 en 2027 gaat er elk € 25.000 naar de speeltuinen en in 2028 € 30.000, in totaal € 85.000.']),
    expected: [fout('25.000 × 2 + 30.000', '85.000', '80.000')]
  },
  {
    title: 'Het totaal in de zin erna dat niet klopt',
    text: plan(['De dorpsraden krijgen € 12.000 in 2027 en 2028 en € 15.000 in 2029. Over de drie jaren samen is dat € 42.000.']),
    expected: [fout('12.000 × 2 + 15.000', '42.000', '39.000')]
  },
  {
    title: 'Een bedrag voor een reeks jaren en een totaal dat niet klopt',
    text: plan(['Voor het groenonderhoud is € 60.000 in 2026 tot en met 2028 beschikbaar en € 45.000 in 2029, samen € 235.000.']),
    expected: [fout('60.000 × 3 + 45.000', '235.000', '225.000')]
  }
]

/** Changes with their joint size the rule stays quiet on. */
export const summedChangesOk: RuleExample[] = [
  { title: 'Twee stijgingen en wat er samen bijkomt, dat klopt', text: plan(['De leeszaal gaat van 20 naar 26 werkplekken en het studiecentrum van 14 naar 18; samen komen er 10 werkplekken bij.']) },
  { title: 'Twee stijgingen in euro’s en het totaal meer, dat klopt', text: plan(['De bijdragen aan de wijkraden stijgen van € 32.000 naar € 36.000 en van € 18.000 naar € 21.000, in totaal € 7.000 meer.']) },
  { title: 'Twee dalingen en hun samen genoemde daling, dat klopt', text: plan(['Het aantal bedden in de kortdurende opvang daalt van 28 naar 22 en in de crisisopvang van 15 naar 12, samen een daling van 9 bedden.']) },
  { title: 'Een stijging en een daling: geen som van één kant', text: plan(['Het aantal bankjes gaat van 12 naar 20 en het aantal afvalbakken van 30 naar 26; samen komen er 12 bij.']) }
]

/** Changes whose joint size is not their sum. */
export const summedChangesNotOk: RuleExample[] = [
  {
    title: 'Twee stijgingen en wat er samen bijkomt, dat niet klopt',
    text: plan(['De leeszaal gaat van 20 naar 26 werkplekken en het studiecentrum van 14 naar 18; samen komen er 12 werkplekken bij.']),
    expected: [fout('(26 − 20) + (18 − 14)', '12', '10')]
  },
  {
    title: 'Twee kleine stijgingen en een totaal dat één te veel telt',
    text: plan(['Het zwembad gaat van 6 naar 8 banen en het instructiebad van 2 naar 3; samen komen er 4 banen bij.']),
    expected: [fout('(8 − 6) + (3 − 2)', '4', '3')]
  },
  {
    title: 'Twee stijgingen van vestigingen en een totaal dat niet klopt',
    text: plan(['De bibliotheek gaat van 3 naar 5 vestigingen en de jeugdbibliotheek van 1 naar 2; samen komen er 4 vestigingen bij.']),
    expected: [fout('(5 − 3) + (2 − 1)', '4', '3')]
  },
  {
    title: 'Twee dalingen en een samen genoemde daling die niet klopt',
    text: plan(['Het aantal bedden in de kortdurende opvang daalt van 28 naar 22 en in de crisisopvang van 15 naar 12, samen een daling van 11 bedden.']),
    expected: [fout('(28 − 22) + (15 − 12)', '11', '9')]
  }
]
