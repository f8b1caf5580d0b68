import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count of things of one measure with a
// total in that measure (measured-counts), a count and the price of one after `met een … van €`
// (single-price-products), and for the calculations of counts in an action list whose counts
// stand in words (calculation-texts).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
// An action list under a pillar: its items are read as actions, not as running text.
const acties = (items: string[]): string => example(['# Sporen', '', '## Spoor 1: Dorpen {#s1}', '', '### Wat doen we daarvoor?', '', ...items.map((i) => `- ${i}`)], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Measured counts and word counts in actions the rule stays quiet on. */
export const measuredOk: RuleExample[] = [
  { title: 'Avonden van een duur met een totaal dat klopt', text: plan(['We geven acht cursusavonden van 2,5 uur voor mantelzorgers, verspreid over het najaar, samen 20 uur.']) },
  { title: 'Twee soorten avonden met één totaal', text: plan(['We geven tien trainingen van 2 uur en twee van 4 uur, samen 28 uur.']) },
  { title: 'Avonden met een duur tussen twee grenzen', text: plan(['We houden twaalf avonden van 2 tot 3 uur, samen 30 uur.']) },
  { title: 'Uren per week en een totaal per jaar', text: plan(['De drie coaches van 24 uur per week werken samen 3.400 uur per jaar.']) },
  { title: 'Een totaal in een ander jaar', text: plan(['In 2025 waren er zes bijeenkomsten van 2 uur; dit jaar komt het op 20 uur.']) },
  { title: 'Een aantal en de prijs van één met een uitkomst die klopt', text: plan(['We rekenen op 80 leerlingen per jaar; met een leskaart van € 65 komt dat op € 5.200.']) },
  { title: 'Een maximale vergoeding is geen prijs van één', text: plan(['We verwachten 300 aanvragen; met een maximale vergoeding van € 40 kost dat € 10.000.']) },
  { title: 'Een prijs van één met nog iets erbij', text: plan(['We verwachten 300 aanvragen; met een vergoeding van € 40 en een starterspakket kost dat € 15.500.']) },
  { title: 'Een prijs van één per maand', text: plan(['We verwachten 300 aanvragen in vier wijken; met een vergoeding van € 40 per maand kost dat € 15.000.']) },
  { title: 'Een actie met aantallen in woorden die klopt', text: acties(['De handhavers van drie dorpen lopen elk zeven extra rondes per jaar; dat zijn 21 rondes.']) },
  { title: 'Een actie met een gemiddelde per ploeg dat klopt', text: acties(['Vorig jaar maaiden vier ploegen samen 1.000 bermen, gemiddeld 250 per ploeg.']) }
]

/** Measured counts and word counts in actions whose result does not hold. */
export const measuredNotOk: RuleExample[] = [
  {
    title: 'Avonden van een duur met een totaal dat niet klopt',
    text: plan(['We geven acht cursusavonden van 2,5 uur voor mantelzorgers, verspreid over het najaar, samen 24 uur.']),
    expected: [fout('8 × 2,5', '24', '20')]
  },
  {
    title: 'Medewerkers van elk een aantal uren per week, met `komt er … bij`',
    text: plan(['Met twee jongerenwerkers van elk 28 uur per week komt er 60 uur per week aan jongerenwerk bij.']),
    expected: [fout('2 × 28', '60', '56')]
  },
  {
    title: 'Wadi’s à een oppervlakte met een totaal in m²',
    text: plan(['De gemeente legt zes wadi’s à 45 m² aan, goed voor 290 m² waterberging.']),
    expected: [fout('6 × 45', '290', '270')]
  },
  {
    title: 'Een aantal en de prijs van één na `met een … van`',
    text: plan(['We rekenen op 80 leerlingen per jaar; met een leskaart van € 65 komt dat op € 5.700.']),
    expected: [fout('80 × 65', '5.700', '5.200')]
  },
  {
    title: 'Een aantal en een gemiddelde vergoeding van één',
    text: plan(['We verwachten 300 aanvragen; met een gemiddelde vergoeding van € 40 kost dat € 13.000.']),
    expected: [fout('300 × 40', '13.000', '12.000')]
  },
  {
    title: 'Een aantal in woorden en de prijs van één na `bij een`',
    text: plan(['Er doen negentig scholieren mee; bij een dagkaart van € 12 is dat samen € 1.250.']),
    expected: [fout('90 × 12', '1.250', '1.080')]
  },
  {
    title: 'Een actie met aantallen in woorden die niet klopt',
    text: acties(['De handhavers van drie dorpen lopen elk zeven extra rondes per jaar; dat zijn 24 rondes.']),
    expected: [fout('3 × 7', '24', '21')]
  },
  {
    title: 'Een actie met een gemiddelde per ploeg dat niet klopt',
    text: acties(['Vorig jaar maaiden vier ploegen samen 1.000 bermen, gemiddeld 280 per ploeg.']),
    expected: [fout('1.000 ÷ 4', '280', '250')]
  }
]
