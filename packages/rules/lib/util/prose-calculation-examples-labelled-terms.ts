import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a result with its named terms after it, joined by
// `min`, `minus` or `plus` (labelled-term-results), and for a remainder after `na aftrek van` named by
// `netto` (deductions).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Results with named terms and net remainders the rule stays quiet on. */
export const labelledTermsOk: RuleExample[] = [
  { title: 'Een uitkomst met twee genoemde termen en `min` erna, dat klopt', text: plan(['Het wijkcentrum krijgt € 42.000: de exploitatiekosten (€ 55.000) min de huurinkomsten van € 13.000.']) },
  { title: 'Een uitkomst met `ofwel` en `minus`, dat klopt', text: plan(['De eigen bijdrage komt op € 6.250, ofwel de totale kosten van € 9.000 minus de subsidie van € 2.750.']) },
  { title: 'Een saldo met zijn termen na een komma, dat klopt', text: plan(['Per saldo houden we € 12.000 over, de opbrengst van € 40.000 min de kosten van € 28.000.']) },
  { title: 'Drie termen met `plus` na `dat is`, dat klopt', text: plan(['De jaarlasten zijn € 64.000; dat is de huur (€ 48.000) plus de energie (€ 9.000) plus de schoonmaak (€ 7.000).']) },
  { title: 'Delen na een dubbele punt met `en` zijn geen termen met een rekenwoord', text: plan(['Het fonds heeft € 90.000: de bijdrage van het Rijk van € 60.000 en de bijdrage van de provincie van € 30.000.']) },
  { title: 'Een zin met een eigen werkwoord na de komma is geen uitleg van het bedrag ervoor', text: plan(['Het budget is € 90.000, de uitgaven zijn € 70.000 min een korting van € 5.000.']) },
  { title: 'Een miljoen bij alleen de laatste term geldt voor alle termen', text: plan(['De nieuwe sporthal kost € 6,3 miljoen, gespreid over drie jaar (€ 1,5 + € 3,1 + € 1,7 miljoen).']) },
  { title: 'Een term zonder bedrag laat de berekening open', text: plan(['Er is € 15.000 nodig, de helft van het tekort van € 30.000 min wat de club zelf betaalt.']) },
  { title: 'Een netto bedrag na aftrek, dat klopt', text: plan(['De fietsenstalling levert € 24.000 op, na aftrek van € 3.000 schoonmaak netto € 21.000.']) },
  { title: 'Een netto bedrag per jaar na aftrek, dat klopt', text: plan(['Het zonnedak levert € 9.600 op, na aftrek van € 1.400 onderhoud netto € 8.200 per jaar.']) },
  { title: 'Een netto bedrag vóór de aftrek is geen rest erna', text: plan(['De netto opbrengst van € 8.200 komt na aftrek van € 1.400 onderhoud op de bruto opbrengst van € 9.600.']) }
]

/** Results with named terms and net remainders that do not hold. */
export const labelledTermsNotOk: RuleExample[] = [
  {
    title: 'Een uitkomst met twee genoemde termen en `min` erna die niet klopt',
    text: plan(['Het wijkcentrum krijgt € 45.000: de exploitatiekosten (€ 55.000) min de huurinkomsten van € 13.000.']),
    expected: [fout('55.000 − 13.000', '45.000', '42.000')]
  },
  {
    title: 'Drie termen met `plus` na `dat is` die niet kloppen',
    text: plan(['De jaarlasten zijn € 66.000; dat is de huur (€ 48.000) plus de energie (€ 9.000) plus de schoonmaak (€ 7.000).']),
    expected: [fout('48.000 + 9.000 + 7.000', '66.000', '64.000')]
  },
  {
    title: 'Een saldo met zijn termen na een komma dat niet klopt',
    text: plan(['Per saldo houden we € 14.000 over, de opbrengst van € 40.000 min de kosten van € 28.000.']),
    expected: [fout('40.000 − 28.000', '14.000', '12.000')]
  },
  {
    title: 'Een netto bedrag na aftrek dat niet klopt',
    text: plan(['De fietsenstalling levert € 24.000 op, na aftrek van € 3.000 schoonmaak netto € 22.000.']),
    expected: [fout('24.000 − 3.000', '22.000', '21.000')]
  },
  {
    title: 'Een netto bedrag per jaar na aftrek dat niet klopt',
    text: plan(['Het zonnedak levert € 9.600 op, na aftrek van € 1.400 onderhoud netto € 7.900 per jaar.']),
    expected: [fout('9.600 − 1.400', '7.900', '8.200')]
  },
  {
    title: 'Een netto bedrag na kosten tussen haakjes dat niet klopt',
    text: plan(['De parkeeropbrengst is € 310.000, na aftrek van de inningskosten (€ 40.000) netto € 280.000 per jaar.']),
    expected: [fout('310.000 − 40.000', '280.000', '270.000')]
  }
]
