import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `table-row-arithmetic` for a calculation in a row's text cell that
// names its year (dated-label-products): `2027: 2 fte × € 68.000`, `vanaf 2028: …`, `… in 2027`.
// A second row without a calculation: a column of one number is no column of amounts.
const plan = (rows: string[]): string =>
  example(['# Financiën', '', 'Alle bedragen in deze paragraaf zijn x € 1.000.', '', '| Onderdeel | 2027 | 2028 | 2029 | Toelichting |', '|---|---|---|---|---|', ...rows, '| Materiaal | 20 | 20 | 20 | |'], 'gemeente: Lindewaarde')
const wrong = (cell: string, row: string, column: string, expression: string): string =>
  `Cel \`${cell}\` (rij \`${row}\`, kolom \`${column}\`) volgt niet de berekening in de rij zelf: \`${expression}\`; herstel de cel of de getallen ervoor`

/** Dated calculations the cells of their year hold, and texts that name more than the product. */
export const datedProductsOk: RuleExample[] = [
  { title: 'Een berekening voor het eerste jaar, daarna geïndexeerd', text: plan(['| Straatcoaches | 136 | 140 | 144 | 2027: 2 fte × € 68.000 |']) },
  { title: 'Een berekening vanaf een later jaar, met een lager eerste jaar', text: plan(['| Inloopspreekuur | 40 | 84 | 86 | vanaf 2028: 4 locaties × € 21.000 |']) },
  { title: 'Een berekening die in duizenden is afgerond', text: plan(['| Reservebatterijen | 10 | - | - | 2027: 30 sets à € 320 |']) },
  { title: 'Een berekening met iets erbij', text: plan(['| Wijkagenten | 150 | 150 | 150 | 2027: 2 fte × € 68.000 plus werkplekken |']) },
  { title: 'Een berekening over een reeks jaren', text: plan(['| Zomerkampen | 60 | 60 | - | 2027-2028: 10 kampen × € 5.000 |']) }
]

/** Dated calculations the cell of their year does not hold. */
export const datedProductsNotOk: RuleExample[] = [
  {
    title: 'Een berekening voor het eerste jaar die de cel van dat jaar niet geeft',
    text: plan(['| Straatcoaches | 150 | 155 | 160 | 2027: 2 fte × € 68.000 |']),
    expected: [wrong('150', 'Straatcoaches', '2027', '2 fte × € 68.000 = 136.000')]
  },
  {
    title: 'Een berekening vanaf een later jaar die de cellen vanaf dat jaar niet geven',
    text: plan(['| Inloopspreekuur | 40 | 95 | 95 | vanaf 2028: 4 locaties × € 21.000 |']),
    expected: [wrong('95', 'Inloopspreekuur', '2028', '4 locaties × € 21.000 = 84.000')]
  },
  {
    title: 'Een berekening met het jaar erachter',
    text: plan(['| Toezichthouder | 52 | 53 | 54 | 0,6 fte × € 80.000 in 2027, later geïndexeerd |']),
    expected: [wrong('52', 'Toezichthouder', '2027', '0,6 fte × € 80.000 = 48.000')]
  }
]
