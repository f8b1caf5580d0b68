import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a count's share in brackets, a whole named by its
// relative clause or an adjective, decimals said of rounded counts, and a table whose count column is headed `Aantal`.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Correct shares of counts the rule stays quiet on. */
export const countsOk: RuleExample[] = [
  { title: 'Een deel dat terugwijst naar twee aantallen, met een aandeel dat bij één ervan past', text: plan(['In de 312 gezinnen wonen 214 kinderen. 61 van hen zijn inmiddels 18 jaar of ouder, bijna een vijfde.']) },
  { title: 'Een verandering van een aantal per week tussen twee jaren', text: plan(['Het aantal bezoekers steeg van 8.000 per week in 2022 naar 10.000 per week in 2025, een groei van 25%.']) },
  { title: 'Een deel dat terugwijst naar het eerste deel van een zin met een puntkomma', text: plan(['In 2025 stopten 45 vrijwilligers; bij 300 vrijwilligers is dat 15 procent.', '', 'Negen van hen verhuisden, een vijfde van alle stoppers.']) },
  { title: 'Een deel in woorden dat terugwijst naar het geheel ervoor', text: plan(['In 2025 deden 40 gezinnen mee. Dertig van hen maakten het traject af, driekwart van de groep.']) },
  { title: 'Een deel van een geheel zonder eigen zelfstandig naamwoord, genoemd door het aandeel', text: plan(['Het project Buurtsport neemt met 45 van de 300 zo\'n 15 procent van de deelnemers voor zijn rekening.']) },
  { title: 'Een aandeel tussen haakjes van het eerder getelde aantal', text: plan(['Het loket ontving dit jaar 64 klachten. Bij 16 klachten (25%) was een herstelbesluit nodig.']) },
  { title: 'Twee aantallen tussen haakjes die samen het geheel zijn', text: plan(['Er kwamen 150 aanmeldingen per post (37,5%) en 250 aanmeldingen digitaal (62,5%) binnen.']) },
  { title: 'Een percentage met decimalen bij afgeronde aantallen', text: plan(['Er werden ruim 48 duizend huishoudens aangeschreven. Ruim 17 duizend stuurden de vragenlijst terug; een respons van 35,5%.']) },
  { title: 'Een geheel dat een bijzin noemt', text: plan(['Van de 60 die de gemeente moest huisvesten, zijn er 51 geplaatst (85 procent).']) },
  { title: 'Een deel na `van hen` van het geheel ervoor, met kleinere aantallen ertussen', text: plan(['De vereniging telt 500 leden, onder wie 120 jeugdleden en 41 senioren. Van hen deden er 100 mee aan de enquête, een vijfde.']) },
  { title: 'Een tabel met alleen `Aantal` boven de getallen', text: plan(['| Sportverenigingen per kern | Aantal |', '| --- | --- |', '| Oosterend | 14 |', '| Westerhoek | 17 |', '| Brugzijde | 9 |', '| Totaal | 40 |', '', 'Ruim een derde van de sportverenigingen zit in Oosterend.']) }
]

/** Shares of counts that do not hold. */
export const countsNotOk: RuleExample[] = [
  {
    title: 'Een deel dat terugwijst naar twee aantallen, met een aandeel dat bij geen van beide past',
    text: plan(['In de 312 gezinnen wonen 214 kinderen. 61 van hen zijn inmiddels 18 jaar of ouder, ruim een derde.']),
    expected: ['Percentage `ruim een derde` klopt niet: 61 van 214 is 28,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een verandering van een aantal per week tussen twee jaren die niet klopt',
    text: plan(['Het aantal bezoekers steeg van 8.000 per week in 2022 naar 10.000 per week in 2025, een groei van 35%.']),
    expected: ['Percentage `35%` klopt niet: van 8.000 naar 10.000 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel in woorden dat terugwijst naar het geheel ervoor, met een aandeel dat niet klopt',
    text: plan(['In 2025 deden 40 gezinnen mee. Twintig van hen maakten het traject af, ruim twee derde van de groep.']),
    expected: ['Percentage `ruim twee derde` klopt niet: 20 van 40 is 50%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van een geheel zonder eigen zelfstandig naamwoord, met een aandeel dat niet klopt',
    text: plan(['Het project Buurtsport neemt met 45 van de 300 ruim een kwart van de deelnemers voor zijn rekening.']),
    expected: ['Percentage `ruim een kwart` klopt niet: 45 van 300 is 15%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel na `van hen`: het aantal van de zin is het deel, niet een van de kleinere aantallen ervoor',
    text: plan(['De vereniging telt 500 leden, onder wie 120 jeugdleden en 41 senioren. Van hen deden er 100 mee aan de enquête, ruim een derde.']),
    expected: ['Percentage `ruim een derde` klopt niet: 100 van 500 is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een aandeel tussen haakjes dat niet past bij het eerder getelde aantal',
    text: plan(['Het loket ontving dit jaar 64 klachten. Bij 26 klachten (25%) was een herstelbesluit nodig.']),
    expected: ['Percentage `25%` klopt niet: 26 van 64 is 40,6%; pas het percentage of de getallen aan']
  },
  {
    title: 'Twee aantallen tussen haakjes waarvan één aandeel niet klopt',
    text: plan(['Er kwamen 150 aanmeldingen per post (47,5%) en 250 aanmeldingen digitaal (62,5%) binnen.']),
    expected: ['Percentage `47,5%` klopt niet: 150 van 400 (150 + 250) is 37,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een geheel met een bijvoeglijk naamwoord ervoor',
    text: plan(['Van de huidige 180 leden deden er 72 mee (30 procent).']),
    expected: ['Percentage `30 procent` klopt niet: 72 van 180 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een geheel dat een bijzin noemt, met een deel dat niet past',
    text: plan(['Van de 60 die de gemeente moest huisvesten, zijn er 41 geplaatst (85 procent).']),
    expected: ['Percentage `85 procent` klopt niet: 41 van 60 is 68,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een tabel met alleen `Aantal` boven de getallen, en een aandeel dat niet klopt',
    text: plan(['| Sportverenigingen per kern | Aantal |', '| --- | --- |', '| Oosterend | 14 |', '| Westerhoek | 17 |', '| Brugzijde | 9 |', '| Totaal | 40 |', '', 'Bijna de helft van de sportverenigingen zit in Oosterend.']),
    expected: ['Percentage `Bijna de helft` klopt niet: 14 van 40 is 35%; pas het percentage of de getallen aan']
  }
]
