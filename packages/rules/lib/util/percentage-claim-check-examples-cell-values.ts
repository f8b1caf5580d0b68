import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a share of the total said of a part the sentence gives by its number alone,
// the row named by a label number or another word than the table's, or the table a section up.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Costs of work packages for the upkeep of public space, per year and in total (x € 1.000).
const packages = ['| Werkpakket | 2027 | 2028 | Totaal |', '|---|---|---|---|', '| Speelplekken | 120 | 140 | 260 |', '| Bankjes en afvalbakken | 70 | 80 | 150 |', '| Boomspiegels | 90 | 100 | 190 |', '| Totaal | 280 | 320 | 600 |', '']
// Rented and owned homes per neighbourhood, in a section before the sentence.
const homes = ['| Buurt | Huurwoningen | Koopwoningen | Totaal |', '|---|---|---|---|', '| Hoogkamp | 420 | 130 | 550 |', '| Esveld | 310 | 80 | 390 |', '| Vinkenbos | 270 | 90 | 360 |', '| Totaal | 1.000 | 300 | 1.300 |', '', '## Koers', '', 'De woningvoorraad is eenzijdig.']
// Requests about trees by kind, in a section before the sentence.
const trees = ['| Soort verzoek | Aantal |', '|---|---|', '| Snoeien | 84 |', '| Kappen | 42 |', '| Planten | 74 |', '| Totaal | 200 |', '', '## Aanpak', '', 'We werken de verzoeken op volgorde af.']

/** Shares of a part given by its number that hold, or that the table cannot decide. */
export const cellValuesOk: RuleExample[] = [
  { title: 'Een deel met een volgnummer in de zin en een aandeel van het totaal dat klopt', text: plan([...packages, 'Pakket 2 vraagt 150, een kwart van het totaal.']) },
  { title: 'Een cel die bij het totaal van haar eigen rij klopt', text: plan([...packages, 'In 2027 vraagt pakket 3 90, bijna de helft van het totaal.']) },
  { title: 'Twee getallen in de zin: welk het deel is, zegt de tabel niet', text: plan([...packages, 'Pakket 2 vraagt 150 in twee termijnen van 75, ruim een derde van het totaal.']) },
  { title: 'Een cel van de totaalrij van een tabel een paragraaf eerder die klopt', text: plan([...homes, 'Met 300 woningen vormen de koopwoningen bijna een kwart van het totaal.']) },
  { title: 'Een deel met een ander woord dan de rij van een tabel een paragraaf eerder dat klopt', text: plan([...trees, 'Het rooien van bomen is met 42 verzoeken goed voor ruim een vijfde van alle verzoeken.']) }
]

/** Shares of a part given by its number that do not hold. */
export const cellValuesNotOk: RuleExample[] = [
  {
    title: 'Een deel met een volgnummer in de zin en een aandeel van het totaal dat niet klopt',
    text: plan([...packages, 'Pakket 2 vraagt 150, ruim een derde van het totaal.']),
    expected: ['Percentage `ruim een derde` klopt niet: 150 van 600 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een cel van de totaalrij van een tabel een paragraaf eerder, tegen de totaalkolom',
    text: plan([...homes, 'Met 300 woningen vormen de koopwoningen ongeveer een derde van het totaal.']),
    expected: ['Percentage `ongeveer een derde` klopt niet: 300 van 1.300 is 23,1%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel met een ander woord dan de rij van een tabel een paragraaf eerder',
    text: plan([...trees, 'Het rooien van bomen is met 42 verzoeken goed voor bijna een derde van alle verzoeken.']),
    expected: ['Percentage `bijna een derde` klopt niet: 42 van 200 is 21%; pas het percentage of de getallen aan']
  }
]
