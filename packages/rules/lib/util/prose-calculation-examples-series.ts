import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a mean of listed values dated by years around them, for a
// change of all rows of a table whose year columns name one noun, and for a whole whose parts the
// next sentence places (`Die liggen in Noord (22), …`), and for what a target still asks beside the
// level of now a sentence up.
const plan = (lines: string[]): string => example(['# Stand van zaken', '', ...lines], 'gemeente: Lindewaarde')
// A table of kinds whose year columns name the noun the sentence counts, with a total row.
const kinds = (sentence: string): string => plan(['| Soort | Meldingen 2024 | Meldingen 2025 |', '|---|---:|---:|', '| Zwerfafval | 340 | 362 |', '| Losliggende tegels | 215 | 248 |', '| Verlichting | 118 | 131 |', '| Totaal | 673 | 741 |', '', sentence])

/** Means of listed values and changes of all rows that hold. */
export const seriesOk: RuleExample[] = [
  { title: 'Waarden met hun jaar erachter en een gemiddelde dat klopt', text: plan(['Het aantal schoolverlaters wisselt: 36 in 2022, 41 in 2023 en 49 in 2024, gemiddeld 42 per jaar.']) },
  { title: 'Waarden in één jaar met een gemiddelde dat klopt', text: plan(['De vier edities van de braderie in 2026 trokken 3.400, 2.900, 3.100 en 2.600 bezoekers, gemiddeld 3.000 per keer.']) },
  { title: 'Een verandering van de meldingen samen die klopt', text: kinds('Van 2024 naar 2025 kwamen er 68 meldingen bij.') },
  { title: 'Een verandering van één genoemde soort die klopt', text: kinds('Van 2024 naar 2025 kwamen er 33 meldingen over losliggende tegels bij.') },
  { title: 'Een verandering van iets anders dan de kolommen tellen', text: kinds('Van 2024 naar 2025 kwamen er 4 inspecteurs bij.') },
  { title: 'Een geheel met zijn delen tussen haakjes in de zin erna die kloppen', text: plan(['Er staan 120 bankjes in het park. Die staan aan de vijver (40), op het grasveld (35) en langs de paden (45).']) },
  { title: 'Delen tussen haakjes na `vooral`: niet het hele geheel', text: plan(['De gemeente beheert 64 speeltuinen. Deze liggen vooral in Noord (22), Oost (19) en Zuid (21).']) },
  { title: 'Een doel met wat er nog nodig is dat klopt', text: plan(['Nu staan er 120 laadpalen in de gemeente. De doelstelling is 300 laadpalen in 2030; er zijn nog 180 laadpalen extra nodig.']) },
  { title: 'Een doel met een stand van een eerder jaar, niet van nu', text: plan(['In 2020 stonden er 140 laadpalen in de gemeente. De doelstelling is 300 laadpalen in 2030; er zijn nog 210 laadpalen extra nodig.']) },
  { title: 'Een doel met een afgeronde stand van nu', text: plan(['Nu zijn er naar schatting ruim 120 laadpalen. De doelstelling is 300 laadpalen; er zijn nog 165 laadpalen extra nodig.']) }
]

/** Means of listed values and changes of all rows that do not hold. */
export const seriesNotOk: RuleExample[] = [
  {
    title: 'Waarden met hun jaar erachter en een gemiddelde dat niet klopt',
    text: plan(['Het aantal schoolverlaters wisselt: 36 in 2022, 41 in 2023 en 49 in 2024, gemiddeld 45 per jaar.']),
    expected: ['Berekening `(36 + 41 + 49) ÷ 3 = 45` klopt niet: de uitkomst is `42`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Waarden in één jaar met een gemiddelde dat niet klopt',
    text: plan(['De vier edities van de braderie in 2026 trokken 3.400, 2.900, 3.100 en 2.600 bezoekers, gemiddeld 3.200 per keer.']),
    expected: ['Berekening `(3.400 + 2.900 + 3.100 + 2.600) ÷ 4 = 3.200` klopt niet: de uitkomst is `3.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verandering van de meldingen samen die niet klopt',
    text: kinds('Van 2024 naar 2025 kwamen er 86 meldingen bij.'),
    expected: ['Berekening `741 − 673 = 86` klopt niet: de uitkomst is `68`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een toename van het aantal meldingen tussen twee jaren die niet klopt',
    text: kinds('Tussen 2024 en 2025 nam het aantal meldingen toe met 78.'),
    expected: ['Berekening `741 − 673 = 78` klopt niet: de uitkomst is `68`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een geheel met zijn delen tussen haakjes in de zin erna die niet optellen',
    text: plan(['De gemeente beheert 64 speeltuinen. Deze liggen in Noord (22), Oost (19) en Zuid (21).']),
    expected: ['Berekening `22 + 19 + 21 = 64` klopt niet: de uitkomst is `62`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een geheel verdeeld over soorten in de zin erna',
    text: plan(['Het fonds steunde 36 verenigingen. Die zijn verdeeld over sport (20), cultuur (9) en welzijn (5).']),
    expected: ['Berekening `20 + 9 + 5 = 36` klopt niet: de uitkomst is `34`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een doel met wat er nog nodig is dat niet het verschil met nu is',
    text: plan(['Nu staan er 120 laadpalen in de gemeente. De doelstelling is 300 laadpalen in 2030; er zijn nog 210 laadpalen extra nodig.']),
    expected: ['Berekening `300 − 120 = 210` klopt niet: de uitkomst is `180`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een doelstelling en wat er nog bij moet, zonder eenheid',
    text: plan(['Momenteel wonen 85 statushouders in tijdelijke woningen. De doelstelling is 140 statushouders; er moeten er nog 65 bij.']),
    expected: ['Berekening `140 − 85 = 65` klopt niet: de uitkomst is `55`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een doel en de clubs die er nog nodig zijn',
    text: plan(['Op dit moment werken 9 sportclubs mee aan het programma. Het doel is 25 sportclubs in 2028; er zijn nog 14 clubs extra nodig.']),
    expected: ['Berekening `25 − 9 = 14` klopt niet: de uitkomst is `16`; herstel de berekening of de uitkomst']
  }
]
