import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a share of a table's total said of a part the table holds in another form: an amount
// in full euros beside a table in thousands (or said in millions), or the sum of one row over its years.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Costs of an evening course per year, in thousands of euros, without a total column.
const course = ['Bedragen x € 1.000.', '', '| Onderdeel | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Lesmateriaal | 12 | 12 | 12 |', '| Docenten | 60 | 64 | 68 |', '| Zaalhuur | 18 | 20 | 22 |', '| Totaal | 90 | 96 | 102 |', '']
// Who pays for the rebuilding of a sports hall, in thousands of euros.
const rebuild = ['| Bron | Bedrag (x € 1.000) |', '|---|---|', '| Provincie | 1.500 |', '| Eigen middelen | 2.100 |', '| Fonds | 400 |', '| Totaal | 4.000 |', '']

/** Shares of a part in full euros or of a row's sum that hold, or that the table cannot decide. */
export const tableSumsOk: RuleExample[] = [
  { title: 'Een rij opgeteld over de jaren, in hele euro’s, die klopt', text: plan([...course, 'Het lesmateriaal kost in drie jaar € 36.000, 12,5 procent van het totaal.']) },
  { title: 'Een rij opgeteld zonder euroteken die klopt', text: plan([...course, 'De docenten vragen in drie jaar samen 192, twee derde van de totale kosten.']) },
  { title: 'Een bedrag van één jaar, van de kosten van dat jaar', text: plan([...course, 'Het lesmateriaal kost in 2027 € 12.000, ruim 13 procent van de kosten.']) },
  { title: 'Een bedrag in hele euro’s naast een tabel in duizenden dat klopt', text: plan([...rebuild, 'Het fonds draagt met € 400.000 een tiende van de investering.']) },
  { title: 'Een bedrag in miljoenen dat klopt', text: plan([...rebuild, 'De provincie draagt € 1,5 miljoen bij, ruim een derde van de investering.']) },
  { title: 'Een geheel dat na zijn naam smaller wordt gemaakt dan het totaal van de tabel', text: plan([...course, 'Het lesmateriaal kost in drie jaar € 36.000, bijna de helft van de kosten voor drukwerk.']) },
  { title: 'Een bedrag dat niet in de tabel staat', text: plan([...course, 'Een sponsor geeft € 50.000, ruim een derde van het totaal.']) }
]

/** Shares of a part in full euros or of a row's sum that do not hold. */
export const tableSumsNotOk: RuleExample[] = [
  {
    title: 'Een rij opgeteld over de jaren, in hele euro’s naast een tabel in duizenden',
    text: plan([...course, 'Het lesmateriaal kost in drie jaar € 36.000, ruim een kwart van het totaal.']),
    expected: ['Percentage `ruim een kwart` klopt niet: € 36.000 van € 288.000 is 12,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een rij opgeteld over de jaren, tegen de totaalrij over dezelfde jaren',
    text: plan([...course, 'De docenten vragen in drie jaar samen 192, ruim driekwart van de totale kosten.']),
    expected: ['Percentage `ruim driekwart` klopt niet: 192 van 90 + 96 + 102 is 66,7%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bedrag in hele euro’s naast een tabel in duizenden',
    text: plan([...rebuild, 'Het fonds draagt met € 400.000 bijna een vijfde van de investering.']),
    expected: ['Percentage `bijna een vijfde` klopt niet: € 400.000 van € 4.000.000 is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bedrag in miljoenen naast een tabel in duizenden',
    text: plan([...rebuild, 'De provincie draagt € 1,5 miljoen bij, ruim de helft van de investering.']),
    expected: ['Percentage `ruim de helft` klopt niet: € 1,5 miljoen van € 4.000.000 is 37,5%; pas het percentage of de getallen aan']
  }
]
