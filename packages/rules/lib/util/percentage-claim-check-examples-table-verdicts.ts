import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a share of the whole the sentence names (`van het budget`, `van het totaal`),
// said of a part a table of its section holds beside a total row: the table decides it, over another amount of the
// paragraph that a looser reading would take for the whole.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// The costs of renovating a library, in thousands of euros.
const library = ['Bedragen x € 1.000.', '', '| Onderdeel | Bedrag |', '|---|---|', '| Verbouwing | 640 |', '| Inrichting | 210 |', '| Digitale voorzieningen | 150 |', '| Totaal | 1.000 |', '']
// Investments in a playground per year, in thousands of euros, without a total column.
const playground = ['| Investering | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Nieuwe speeltoestellen | 80 | 60 | - |', '| Valdempende ondergrond | 14 | 14 | - |', '| Hekwerk | - | 26 | 40 |', '| Totaal | 94 | 100 | 40 |', '']

/** Shares of a table's total that hold, also where another amount of the paragraph would make them wrong. */
export const tableVerdictsOk: RuleExample[] = [
  { title: 'Een deel van het totaal dat bij de tabel klopt, niet bij het bedrag van de zin ervoor', text: plan([...library, 'De verbouwing kost € 640.000. De digitale voorzieningen zijn met € 150.000 goed voor 15 procent van het totaal.']) },
  { title: 'Een deel van de totale kosten na een restbedrag in de zin ervoor, dat bij de tabel klopt', text: plan([...library, 'Na de verbouwing blijft € 360.000 over. De digitale voorzieningen nemen met € 150.000 ruim een zevende van de totale kosten voor hun rekening.']) },
  { title: 'Een rij opgeteld over de jaren die bij de totaalrij klopt', text: plan([...playground, 'De toestellen vragen in 2027 80 van de 94. De ondergrond vraagt samen 28, ongeveer 12 procent van het totaal.']) },
  { title: 'Een bedrag dat de tabel niet heeft, van het bedrag ervoor', text: plan([...library, 'Voor de inrichting is € 210.000 begroot. Het meubilair vraagt daarvan € 70.000, een derde.']) }
]

/** Shares of a table's total that do not hold, though another amount of the paragraph would make them fit. */
export const tableVerdictsNotOk: RuleExample[] = [
  {
    title: 'Een deel van het budget na een restbedrag in de zin ervoor',
    text: plan([...library, 'Na de verbouwing blijft € 360.000 over. De inrichting vraagt met € 210.000 ruim de helft van het budget.']),
    expected: ['Percentage `ruim de helft` klopt niet: € 210.000 van € 1.000.000 is 21%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van het totaal na het bedrag van een andere rij in de zin ervoor',
    text: plan([...library, 'De verbouwing kost € 640.000. De digitale voorzieningen zijn met € 150.000 goed voor bijna een kwart van het totaal.']),
    expected: ['Percentage `bijna een kwart` klopt niet: € 150.000 van € 1.000.000 is 15%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een rij opgeteld over de jaren, na een paar van één jaar in de zin ervoor',
    text: plan([...playground, 'De toestellen vragen in 2027 80 van de 94. De ondergrond vraagt samen 28, ongeveer 30 procent van het totaal.']),
    expected: ['Percentage `ongeveer 30 procent` klopt niet: 28 van 94 + 100 + 40 is 12%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een rij opgeteld over de jaren, na het totaal van één jaar in de zin ervoor',
    text: plan([...playground, 'In 2027 gaat het om € 94.000. De valdempende ondergrond vraagt samen 28, zo’n 30 procent van het totaal.']),
    expected: ['Percentage `zo’n 30 procent` klopt niet: 28 van 94 + 100 + 40 is 12%; pas het percentage of de getallen aan']
  }
]
