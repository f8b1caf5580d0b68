import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a gap, change or sum said under a table of one row (or, in a
// table of years, one column) the sentence names, without the calculation written out: read against every
// difference, cell and sum of that row's cells (table-series-gaps).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Litter bins per district at the start and the end of the year.
const bins = ['| Wijk | Begin | Eind |', '|---|---|---|', '| Oost | 260 | 215 |', '| West | 180 | 204 |', '| Totaal | 440 | 419 |', '']
// Applications and grants per year (the years down the first column).
const grants = ['| Jaar | Aanvragen | Toekenningen |', '|---|---|---|', '| 2022 | 310 | 240 |', '| 2023 | 355 | 262 |', '| 2024 | 398 | 301 |', '']
// Road maintenance in thousands of euros.
const roads = ['Bedragen x € 1.000.', '', '| Post | Raming | Realisatie |', '|---|---|---|', '| Onderhoud bruggen | 415 | 468 |', '| Gladheidsbestrijding | 220 | 205 |', '']
// Complaints by kind over two years, with a total row.
const complaints = ['| Soort klacht | 2024 | 2025 |', '|---|---|---|', '| Geluid | 130 | 112 |', '| Stank | 70 | 61 |', '| Totaal | 200 | 173 |', '']
// Members per club over three years.
const clubs = ['| Club | Leden 2023 | Leden 2024 | Leden 2025 |', '|---|---|---|---|', '| Tafeltennisclub | 96 | 88 | 77 |', '| Schaakclub | 54 | 61 | 70 |', '']
// Markets with their dates, one of them twice, for a difference with the same market a year earlier.
const markets = ['| Activiteit | Datum | Deelnemers |', '|---|---|---:|', '| Voorjaarsmarkt | 13 april 2024 | 1.150 |', '| Najaarsmarkt | 12 oktober 2024 | 1.380 |', '| Voorjaarsmarkt | 12 april 2025 | 1.260 |', '']
// Cycle routes built and planned.
// Costs per line of work with a total row named by what it adds up (`Totaal lasten`).
const costs = ['Bedragen x € 1.000.', '', '| Onderdeel | 2026 | 2027 |', '|---|---|---|', '| Speelplekken | 140 | 120 |', '| Beweegcoach | 95 | 98 |', '| Totaal lasten | 235 | 218 |', '']
// The same costs in a finance chapter, where the model keeps the sentences under a table apart from it.
const inFinance = (sentence: string): string => example(['# Financiën', '', '## Lasten', '', ...costs, sentence], 'gemeente: Lindewaarde')
const routes = ['| Route | Aangelegd | Gepland |', '|---|---|---|', '| Dijkpad | 2,6 km | 1,2 km |', '| Veenroute | 3,9 km | 0,8 km |', '| Stationslus | 1,7 km | 2,1 km |', '']

/** Gaps and sums of a named row the rule stays quiet on. */
// Boa's and reports per area: a mean per boa of one area is read in its own row.
const boas = ['| Gebied | Boa’s | Meldingen 2024 | Meldingen 2025 |', '|---|---|---|---|', '| Markt | 12 | 250 | 216 |', '| Haven | 5 | 90 | 84 |', '| Totaal | 17 | 340 | 300 |', '']
export const seriesGapsOk: RuleExample[] = [
  { title: 'Een gemiddelde per eenheid van één rij die klopt', text: plan([...boas, 'Op de Markt kwamen er in 2025 gemiddeld 18 meldingen per boa binnen.']) },
  { title: 'Een verschil met dezelfde markt een jaar eerder', text: plan([...markets, 'Op de voorjaarsmarkt van 2025 kwamen 1.260 deelnemers, 110 meer dan een jaar eerder.']) },
  { title: 'Twee rijen met dezelfde naam en geen jaar dat ze onderscheidt', text: plan([...markets, 'Op de voorjaarsmarkt kwamen 150 meer deelnemers dan een jaar eerder.']) },
  { title: 'Een daling van de totaalrij onder een tabel in het hoofdstuk financiën', text: inFinance('De lasten dalen van 2026 naar 2027 met € 17.000.') },
  { title: 'Een daling van de totaalrij, genoemd met haar eigen woord', text: plan([...costs, 'De lasten dalen van 2026 naar 2027 met € 17.000.']) },
  { title: 'Een toename binnen de rij die de zin noemt', text: plan([...bins, 'In West kwamen er 24 afvalbakken bij.']) },
  { title: 'Een verschil met iets buiten de tabel', text: plan([...bins, 'In Oost staan 56 afvalbakken minder dan in de binnenstad van de buurgemeente.']) },
  { title: 'Een stijging over de hele kolom van een tabel van jaren', text: plan([...grants, 'Het aantal toekenningen steeg met 61.']) },
  { title: 'Een stijging in euro’s bij een tabel in duizenden', text: plan([...roads, 'De uitgaven voor onderhoud bruggen stegen met € 53.000.']) },
  { title: 'Een getal van de zin zelf, geen cel van de tabel', text: plan([...bins, 'Na het weghalen van 12 bakken bij de scholen daalde het aantal in Oost met 33.']) },
  { title: 'Een verschil over de hele rij zonder de jaren te noemen', text: plan([...clubs, 'Het verschil bij de schaakclub is 16.']) },
  { title: 'Een afname van wat de hele tabel telt', text: plan([...complaints, 'In 2025 kwamen er 27 klachten minder binnen dan in 2024.']) },
  { title: 'Een afname van het totaal', text: plan([...complaints, 'Het totale aantal daalde met 27.']) },
  { title: 'Twee genoemde rijen samen', text: plan([...routes, 'De Veenroute en de Stationslus zijn samen 5,6 km lang.']) }
]

/** Gaps and sums of a named row that fit no reading of its cells. */
export const seriesGapsNotOk: RuleExample[] = [
  {
    title: 'Een gemiddelde per eenheid van één rij dat niet klopt',
    text: plan([...boas, 'In de Haven waren er in 2025 gemiddeld 21 meldingen per boa.']),
    expected: ['Berekening `84 ÷ 5 = 21` klopt niet: de uitkomst is `16,8`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verschil met dezelfde markt een jaar eerder dat de tabel niet geeft',
    text: plan([...markets, 'Op de voorjaarsmarkt van 2025 kwamen 1.260 deelnemers, 150 meer dan een jaar eerder.']),
    expected: ['Berekening `1.260 − 1.150 = 150` klopt niet: de uitkomst is `110`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling van de totaalrij onder een tabel in het hoofdstuk financiën die niet klopt',
    text: inFinance('De lasten dalen van 2026 naar 2027 met € 27.000.'),
    expected: ['Berekening `tabel: 235 (Totaal lasten, 2026) − 218 (Totaal lasten, 2027) (x € 1.000) = 27.000` klopt niet: de uitkomst is `17.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling van de totaalrij die niet klopt, genoemd met haar eigen woord',
    text: plan([...costs, 'De lasten dalen van 2026 naar 2027 met € 27.000.']),
    expected: ['Berekening `tabel: 235 (Totaal lasten, 2026) − 218 (Totaal lasten, 2027) (x € 1.000) = 27.000` klopt niet: de uitkomst is `17.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een afname van wat de hele tabel telt, zonder een rij te noemen',
    text: plan([...complaints, 'Er kwamen 37 klachten minder binnen.']),
    expected: ['Berekening `tabel: 200 (Totaal, 2024) − 173 (Totaal, 2025) = 37` klopt niet: de uitkomst is `27`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een afname die geen verschil van de rij is',
    text: plan([...bins, 'In Oost nam het aantal afvalbakken af met 55.']),
    expected: ['Berekening `tabel: 260 (Oost, Begin) − 215 (Oost, Eind) = 55` klopt niet: de uitkomst is `45`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een stijging die geen verschil in de kolom van een tabel van jaren is',
    text: plan([...grants, 'Het aantal toekenningen steeg met 71.']),
    expected: ['Berekening `tabel: 301 (Toekenningen, 2024) − 240 (Toekenningen, 2022) = 71` klopt niet: de uitkomst is `61`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een stijging in euro’s die de tabel in duizenden niet geeft',
    text: plan([...roads, 'De uitgaven voor onderhoud bruggen stegen met € 62.000.']),
    expected: ['Berekening `tabel: 468 (Onderhoud bruggen, Realisatie) − 415 (Onderhoud bruggen, Raming) (x € 1.000) = 62.000` klopt niet: de uitkomst is `53.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verlies van leden dat geen verschil van de rij is',
    text: plan([...clubs, 'In de loop van twee jaar verloor de tafeltennisclub 29 leden.']),
    expected: ['Berekening `tabel: 96 (Tafeltennisclub, Leden 2023) − 77 (Tafeltennisclub, Leden 2025) = 29` klopt niet: de uitkomst is `19`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Twee genoemde rijen samen die de tabel niet geeft',
    text: plan([...routes, 'Het Dijkpad en de Veenroute zijn samen 7,4 km lang.']),
    expected: ['Berekening `tabel: 2,6 km + 3,9 km = 7,4` klopt niet: de uitkomst is `6,5`; herstel de berekening of de uitkomst']
  }
]
