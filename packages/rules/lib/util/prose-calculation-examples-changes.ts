import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a change between two levels whose size is told by what joined
// or left (`erbij`, `eraf`, `er kwamen … bij`), also with the new level of today (`… nu`), and
// for a change whose size the next sentence gives, also in a paragraph of its own, and a change
// whose size is a comparative of the measure (`3 meter breder`, `8 centimeter dikker`).
const plan = (lines: string[]): string => example(['# Voorzieningen', '', ...lines], 'gemeente: Lindewaarde')

/** Changes whose size holds. */
export const changesOk: RuleExample[] = [
  { title: 'Een groei met wat erbij kwam die klopt', text: plan(['Sinds 1 maart 2023 is het aantal standplaatsen gegroeid van 126 naar 171 plekken: 45 plekken erbij.']) },
  { title: 'Een groei tot nu met er kwam bij die klopt', text: plan(['Het bosareaal nam toe van 860 hectare in 2018 naar 1.020 hectare nu: er kwam 160 hectare bij, vooral door nieuwe aanplant.']) },
  { title: 'Een daling met wat eraf ging die klopt', text: plan(['Sinds de herindeling daalde het aantal bushaltes van 94 naar 81, 13 haltes eraf.']) },
  { title: 'Een daling met haar grootte in de volgende alinea die klopt', text: plan(['Sinds 2020 daalde het aantal uitleningen van 9.400 naar 8.650.', '', 'Ten opzichte van 2020 zijn dat er 750 minder.']) },
  { title: 'Een groei met haar grootte in de volgende zin die klopt', text: plan(['Het aantal inschrijvingen voor de zwemles steeg in drie seizoenen van 318 naar 402, een groei van ruim een kwart.', '', 'Vergeleken met drie seizoenen eerder zijn dat 84 inschrijvingen meer.']) },
  { title: 'Een groei en in de volgende zin een verschil met een ander jaar', text: plan(['Het aantal parkeerboetes steeg van 1.210 in 2023 naar 1.485 in 2025.', '', 'Ten opzichte van 2019 zijn dat er 400 meer.']) },
  { title: 'Een daling en in de volgende zin een vergelijking met iets anders', text: plan(['Het aantal bezoekers daalde van 8.200 naar 7.600.', '', 'Dat zijn er 900 meer dan in het buurdorp.']) },
  { title: 'Een groei en in de volgende zin een aantal van iets anders', text: plan(['Het aantal leden steeg van 520 naar 570.', '', 'Daarmee telt de vereniging nu 30 vrijwilligers meer.']) },
  { title: 'Een verandering met delen erna die niet het verschil zijn', text: plan(['Het aantal leden ging van 410 naar 455, 30 bij de jeugd en 15 bij de senioren.']) },
  { title: 'Een verbreding met haar grootte als vergrotende trap die klopt', text: plan(['Het fietspad gaat van 4 naar 7 meter, zodat het 3 meter breder wordt.']) },
  { title: 'Een uitdieping met haar grootte als vergrotende trap die klopt', text: plan(['De vijver gaat van 80 naar 150 centimeter diepte, zodat hij 70 centimeter dieper wordt.']) },
  { title: 'Een vergrotende trap met `dan` tegen iets anders is geen verandering', text: plan(['In de binnenstad is het op een zomeravond tot 5 graden warmer dan in de parken, en in 12 straten bleef het \'s nachts boven 20 graden.']) },
  { title: 'Een verandering met `een plus van`, dat klopt', text: plan(['Het budget voor de bibliotheek stijgt van € 80.000 naar € 95.000, een plus van € 15.000.']) },
  { title: 'Een aantal met `een plus van`, dat klopt', text: plan(['Het aantal leden van de harmonie gaat van 410 naar 455, een plus van 45.']) },
  { title: 'Een verandering tussen jaren met `een plus van`, dat klopt', text: plan(['De subsidie voor het dorpshuis gaat van € 14.000 in 2026 naar € 17.500 in 2027, een plus van € 3.500.']) }
]

/** Changes whose size does not hold. */
export const changesNotOk: RuleExample[] = [
  {
    title: 'Een groei met wat erbij kwam die niet klopt',
    text: plan(['Sinds 1 maart 2023 is het aantal standplaatsen gegroeid van 126 naar 171 plekken: 35 plekken erbij.']),
    expected: ['Berekening `171 − 126 = 35` klopt niet: de uitkomst is `45`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een groei tot nu met er kwam bij die niet klopt',
    text: plan(['Het bosareaal nam toe van 860 hectare in 2018 naar 1.020 hectare nu: er kwam 140 hectare bij, vooral door nieuwe aanplant.']),
    expected: ['Berekening `1.020 − 860 = 140` klopt niet: de uitkomst is `160`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling met wat eraf ging die niet klopt',
    text: plan(['Sinds de herindeling daalde het aantal bushaltes van 94 naar 81, 23 haltes eraf.']),
    expected: ['Berekening `94 − 81 = 23` klopt niet: de uitkomst is `13`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling met haar grootte in de volgende alinea die niet klopt',
    text: plan(['Sinds 2020 daalde het aantal uitleningen van 9.400 naar 8.650.', '', 'Ten opzichte van 2020 zijn dat er 950 minder.']),
    expected: ['Berekening `9.400 − 8.650 = 950` klopt niet: de uitkomst is `750`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een groei met haar grootte in de volgende zin die niet klopt',
    text: plan(['Het aantal inschrijvingen voor de zwemles steeg in drie seizoenen van 318 naar 402, een groei van ruim een kwart.', '', 'Vergeleken met drie seizoenen eerder zijn dat 94 inschrijvingen meer.']),
    expected: ['Berekening `402 − 318 = 94` klopt niet: de uitkomst is `84`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een daling in tonnen met haar grootte in de volgende alinea die niet klopt',
    text: plan(['Sinds 2019 daalde de hoeveelheid restafval van 4.120 naar 3.640 ton.', '', 'Ten opzichte van 2019 halen we nu 580 ton minder op.']),
    expected: ['Berekening `4.120 − 3.640 = 580` klopt niet: de uitkomst is `480`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verbreding met een verkeerde grootte als vergrotende trap',
    text: plan(['Het fietspad gaat van 4 naar 7 meter, zodat het 4 meter breder wordt.']),
    expected: ['Berekening `7 − 4 = 4` klopt niet: de uitkomst is `3`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een uitdieping met een verkeerde grootte als vergrotende trap',
    text: plan(['De vijver gaat van 80 naar 150 centimeter diepte, zodat hij 60 centimeter dieper wordt.']),
    expected: ['Berekening `150 − 80 = 60` klopt niet: de uitkomst is `70`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een dikkere laag met een verkeerde grootte na een komma',
    text: plan(['Het wegdek gaat van 20 naar 28 centimeter, 6 centimeter dikker.']),
    expected: ['Berekening `28 − 20 = 6` klopt niet: de uitkomst is `8`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verandering met `een plus van` die niet klopt',
    text: plan(['Het budget voor de bibliotheek stijgt van € 80.000 naar € 95.000, een plus van € 20.000.']),
    expected: ['Berekening `95.000 − 80.000 = 20.000` klopt niet: de uitkomst is `15.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een aantal met `een plus van` dat niet klopt',
    text: plan(['Het aantal leden van de harmonie gaat van 410 naar 455, een plus van 55.']),
    expected: ['Berekening `455 − 410 = 55` klopt niet: de uitkomst is `45`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verandering tussen jaren met `een plus van` die niet klopt',
    text: plan(['De subsidie voor het dorpshuis gaat van € 14.000 in 2026 naar € 17.500 in 2027, een plus van € 3.000.']),
    expected: ['Berekening `17.500 − 14.000 = 3.000` klopt niet: de uitkomst is `3.500`; herstel de berekening of de uitkomst']
  }
]
