import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 causes of missed table cells, each in other nouns, numbers and places:
// (1) a running total: a column that adds each row's number to the one above (from zero, from a
//     starting stand, or counting down) was no relation between columns of one row;
// (2) a product or quotient in a row's label or text cell (`3 fte × € 72.000`, `€ 180.000 / 4
//     jaar`) was not judged against the amounts of the row, in the table's unit;
// (4) a row of means (`Gemiddeld`) that is not the mean of the rows above it in one column;
// (3) a difference in percentage points written as bare signed numbers (`+3`, `-2`) beside two
//     percentage columns was read as a plain number, not as points.
const t = (heading: string, rows: string[], before: string[] = []): string[] => [`# ${heading}`, '', ...before, ...(before.length ? [''] : []), ...rows]

const laadpalen = (third: string): string[] => ['| Jaar | Nieuwe laadpalen | Totaal geplaatst |', '|---|---|---|', '| 2026 | 120 | 120 |', '| 2027 | 150 | 270 |', `| 2028 | 180 | ${third} |`, '| 2029 | 160 | 610 |', '| 2030 | 140 | 750 |']
const stand = (third: string): string[] => ['| Jaar | Erbij | Stand eind van het jaar |', '|---|---|---|', '| 2026 | 45 | 1.245 |', '| 2027 | 60 | 1.305 |', `| 2028 | 50 | ${third} |`, '| 2029 | 70 | 1.425 |']
const schuld = (third: string): string[] => ['| Jaar | Aflossing | Restschuld |', '|---|---|---|', '| 2026 | € 250.000 | € 3.750.000 |', '| 2027 | € 250.000 | € 3.500.000 |', `| 2028 | € 300.000 | ${third} |`, '| 2029 | € 300.000 | € 2.900.000 |']
const coaches = (first: string): string[] => ['| Onderdeel | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|', `| Buurtcoaches (3 fte × € 72.000) | ${first} | 216 | 216 | 216 |`, '| Vrijwilligersacademie | 40 | 45 | 45 | 30 |', '| Communicatie | 15 | 15 | 10 | 10 |']
const punten = (fourth: string): string[] => ['| Wijk | Inwoners | Aandeel 2021 | Aandeel 2025 | Verschil (procentpunt) |', '|---|---|---|---|---|', '| Centrum | 4.200 | 38 % | 41 % | +3 |', '| Noord | 3.100 | 45 % | 43 % | -2 |', '| Oost | 5.600 | 29 % | 35 % | +6 |', `| Zuid | 2.800 | 33 % | 34 % | ${fourth} |`, '| West | 3.900 | 40 % | 40 % | 0 |']

const deelnemers = (third: string): string[] => ['| Stap | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Nieuwe deelnemers | 40 | 55 | 60 | 45 |', `| Deelnemers sinds de start | 40 | 95 | ${third} | 200 |`]
const besparing = (third: string): string[] => ['## Opbouw besparing (x € 1.000)', '', '| Maatregel | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Besparing per jaar | 120 | 80 | 60 | 40 |', `| Besparing cumulatief | 120 | 200 | ${third} | 300 |`]

const defects: DefectWording[] = [
  ['(1) a running total along a row', t('Participatie', deelnemers('165')), '= 155`'],
  ['(1) a running total along a row of a finance table in thousands', t('Financiën', besparing('250')), '= 260`'],
  ['(1) a running total from zero, one row off', t('Laadinfrastructuur', laadpalen('460')), '= 450`'],
  ['(1) a running total from a starting stand', t('Wonen', stand('1.365')), '= 1.355`'],
  [
    '(1) a running total that carries its slip on',
    t('Zorg', ['| Jaar | Gestarte trajecten | Trajecten sinds start |', '|---|---|---|', '| 2026 | 12 | 12 |', '| 2027 | 15 | 27 |', '| 2028 | 9 | 38 |', '| 2029 | 14 | 52 |', '| 2030 | 11 | 63 |']),
    '= 36`'
  ],
  ['(1) a debt that counts down in the finance chapter', t('Financiën', schuld('€ 3.300.000')), '= 3.200.000`'],
  ['(2) fte times a salary in a finance table in thousands', t('Financiën', ['## Opbouw lasten (x € 1.000)', '', ...coaches('226')]), '`226`'],
  ['(2) a product in the label of a table of the text in thousands', t('Groenbeheer', ['| Post | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Bermen maaien (38 ha à € 1.400) | 58 | 58 | 58 |', '| Bomen snoeien | 120 | 120 | 125 |'], ['Bedragen x € 1.000.']), '= 53.200`'],
  ['(2) pupils times a price in euros', t('Onderwijs', ['| Regeling | Schooljaar 2026/27 | Schooljaar 2027/28 | Schooljaar 2028/29 |', '|---|---|---|---|', '| Schoolzwemmen (420 leerlingen × € 95) | € 39.900 | € 38.900 | € 39.900 |', '| Vervoer | € 12.000 | € 12.500 | € 13.000 |']), '`€ 38.900`'],
  ['(2) a sum spread over years in thousands', t('Financiën', ['## Bijdragen (bedragen x € 1.000)', '', '| Bijdrage | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Wijkfonds (€ 180.000 / 4 jaar) | 45 | 45 | 54 | 45 |', '| Dorpsraden | 20 | 20 | 20 | 20 |']), '`54`'],
  ['(2) a product in a text column of a finance table', t('Financiën', ['| Maatregel | Berekening | 2027 | 2028 |', '|---|---|---|---|', '| Afvalbakken | 60 stuks × € 450 | € 29.000 | € 29.000 |', '| Veegroutes | 14 routes × € 1.800 | € 25.200 | € 25.200 |']), '= 27.000`'],
  ['(2) bare thousands whose unit stands elsewhere', t('Toezicht', ['| Inzet | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Boa’s (3 fte × € 70.000) | 210 | 220 | 210 |', '| Camera’s | 35 | 35 | 35 |']), '`220`'],
  ['(2) a share of an amount in a label', t('Financiën', ['| Regeling | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Cofinanciering (€ 84.000 × 50%) | € 42.000 | € 48.000 | € 42.000 |', '| Eigen bijdrage | € 10.000 | € 10.000 | € 10.000 |']), '`€ 48.000`'],
  [
    '(3) a signed count difference under a sign header',
    t('Wonen', ['| Kern | 2021 | 2025 | +/- |', '|---|---|---|---|', '| Hoofddorp | 1.240 | 1.310 | +70 |', '| Westeinde | 860 | 835 | -25 |', '| Oudeland | 415 | 460 | +55 |', '| Nieuwveen | 390 | 402 | +12 |']),
    '= 45`'
  ],
  ['(4) a mean row with one column off', t('Onderwijs', ['| School | Leerlingen | Groepen | Leerlingen per groep |', '|---|---|---|---|', '| De Linde | 240 | 10 | 24 |', '| Het Baken | 180 | 8 | 22,5 |', '| De Kreek | 300 | 12 | 25 |', '| Gemiddeld | 240 | 11 | 23,8 |']), '= 10`'],
  ['(4) a mean row of costs per district', t('Wijken', ['| Wijk | Bewoners | Meldingen | Kosten |', '|---|---|---|---|', '| Noord | 4.200 | 36 | € 18.000 |', '| Midden | 3.800 | 28 | € 14.500 |', '| Zuid | 5.000 | 44 | € 21.500 |', '| Oost | 3.000 | 20 | € 10.000 |', '| Gemiddelde | 4.000 | 32 | € 17.000 |']), '= 16.000`'],
  ['(4) a mean row below years', t('Monitor', ['| Jaar | Aanvragen | Toekenningen | Afwijzingen |', '|---|---|---|---|', '| 2022 | 410 | 350 | 60 |', '| 2023 | 460 | 390 | 70 |', '| 2024 | 520 | 440 | 80 |', '| Gemiddeld | 463 | 400 | 70 |']), '= 393,33`'],
  ['(3) bare signed points under a header with the unit', t('Monitor', punten('+4')), '= 1`'],
  [
    '(3) bare signed points under Verschil',
    t('Cijfers', ['| Doelgroep | 2022 | 2025 | Verschil |', '|---|---|---|---|', '| Jongeren | 62% | 66% | +4 |', '| Volwassenen | 55% | 53% | -2 |', '| Ouderen | 41% | 47% | +3 |', '| Mensen met een beperking | 30% | 36% | +6 |']),
    '= 6`'
  ],
  [
    '(3) bare signed points under a sign header, with decimals',
    t('Gezondheid', ['| Leeftijd | 2020 | 2024 | +/- |', '|---|---|---|---|', '| 19-34 jaar | 21,4% | 18,9% | -2,5 |', '| 35-49 jaar | 24,0% | 27,2% | +3,2 |', '| 50-64 jaar | 30,5% | 27,1% | -3,4 |', '| 65 jaar en ouder | 26,2% | 29,0% | +0,8 |']),
    '= 2,8`'
  ]
]

const clean: CleanWording[] = [
  ['(1) the running total that holds', t('Laadinfrastructuur', laadpalen('450'))],
  ['(1) the starting stand that holds', t('Wonen', stand('1.355'))],
  ['(1) the debt that holds', t('Financiën', schuld('€ 3.200.000'))],
  [
    '(1) a growing column that is no running total',
    t('Capaciteit', ['| Jaar | Extra plaatsen | Capaciteit |', '|---|---|---|', '| 2026 | 10 | 10 |', '| 2027 | 20 | 30 |', '| 2028 | 30 | 60 |', '| 2029 | 40 | 80 |', '| 2030 | 50 | 100 |'])
  ],
  [
    '(1) a running total with a total row below',
    t('Laadinfrastructuur', ['| Jaar | Nieuw | Cumulatief |', '|---|---|---|', '| 2026 | 120 | 120 |', '| 2027 | 150 | 270 |', '| 2028 | 180 | 450 |', '| Totaal | 450 | 450 |'])
  ],
  ['(1) the running total along a row that holds', t('Participatie', deelnemers('155'))],
  ['(1) the finance row that holds', t('Financiën', besparing('260'))],
  [
    '(1) rows of years that grow on their own',
    t('Bevolking', ['| Kern | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Inwoners | 12.400 | 12.500 | 12.650 | 12.700 |', '| Huishoudens | 5.300 | 5.350 | 5.400 | 5.450 |', '| Woningen | 5.450 | 5.520 | 5.600 | 5.690 |'])
  ],
  ['(2) a product with something added to it', t('Financiën', ['## Toezicht (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Toezicht (2 fte × € 65.000 plus werkbudget) | 140 | 140 | 140 |', '| Voorlichting | 12 | 12 | 12 |'])],
  ['(2) the salary product that holds, with rounding', t('Financiën', ['## Opbouw lasten (x € 1.000)', '', '| Onderdeel | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Buurtcoaches (3 fte × € 68.250) | 205 | 205 | 205 |', '| Academie | 40 | 45 | 45 |'])],
  [
    '(2) a purchase in the first year and upkeep after it',
    t('Financiën', ['## Laadpalen (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Laadpalen (10 stuks × € 3.000) | 30 | 2 | 2 | 2 |', '| Beheer | 5 | 5 | 5 | 5 |'])
  ],
  [
    '(2) a product over the whole period spread over its years',
    t('Financiën', ['## Inzet (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Coördinator (4 jaar × € 60.000) | 60 | 60 | 60 | 60 |', '| Training | 10 | 10 | 5 | 5 |'])
  ],
  [
    '(2) a start halfway the first year',
    t('Financiën', ['## Inzet (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Jongerenwerk (2 fte × € 70.000) | 70 | 140 | 140 | 70 |', '| Activiteiten | 10 | 10 | 10 | 10 |'])
  ],
  [
    '(2) a product beside a total column, and with indexation later',
    t('Financiën', ['## Inzet (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 | Totaal |', '|---|---|---|---|---|', '| Handhavers (2 fte × € 65.000) | 130 | 130 | 134 | 394 |', '| Camera’s | 25 | 25 | 25 | 75 |'])
  ],
  ['(2) a year before the unit of the table in a label', t('Financiën', ['| Post | 2026 | 2027 |', '|---|---|---|', '| Lasten 2027 (x € 1.000) | 2.020 | 2.030 |', '| Baten | 1.200 | 1.250 |'])],
  ['(2) bare counts beside a calculation in euros', t('Sport', ['| Sportpark | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Kunstgras (2 velden × € 40.000) | 12 | 14 | 15 |', '| Natuurgras | 6 | 6 | 5 |'])],
  ['(2) a size in metres is no amount', t('Spelen', ['| Speelplek | Kosten | Onderhoud |', '|---|---|---|', '| Park (12 × 8 m) | € 45.000 | € 2.000 |', '| Plein (6 × 6 m) | € 30.000 | € 1.500 |'])],
  ['(4) the mean row that holds, rounded', t('Onderwijs', ['| School | Leerlingen | Groepen | Leerlingen per groep |', '|---|---|---|---|', '| De Linde | 240 | 10 | 24 |', '| Het Baken | 180 | 8 | 22,5 |', '| De Kreek | 300 | 12 | 25 |', '| Gemiddeld | 240 | 10 | 24 |'])],
  ['(4) a benchmark row named Gemiddelde', t('Wijken', ['| Wijk | Bewoners | Meldingen per 1.000 | Tevredenheid |', '|---|---|---|---|', '| Noord | 4.200 | 8,6 | 7,1 |', '| Zuid | 5.000 | 8,8 | 7,4 |', '| Oost | 3.000 | 6,7 | 7,0 |', '| Gemiddelde Nederland | 17.900 | 7,2 | 7,3 |'])],
  ['(4) a weighted mean in a column per unit', t('Onderwijs', ['| School | Leerlingen | Groepen | Per groep |', '|---|---|---|---|', '| De Linde | 250 | 10 | 25 |', '| Het Baken | 160 | 8 | 20 |', '| De Kreek | 300 | 12 | 25 |', '| Gemiddeld | 236,7 | 10 | 23,7 |'])],
  ['(3) the points that hold', t('Monitor', punten('+1'))],
  [
    '(3) points from unrounded shares, one point apart',
    t('Cijfers', ['| Doelgroep | 2022 | 2025 | Verschil |', '|---|---|---|---|', '| Jongeren | 62% | 66% | +4 |', '| Volwassenen | 55% | 53% | -2 |', '| Ouderen | 41% | 47% | +6 |', '| Mensen met een beperking | 30% | 36% | +5 |'])
  ],
  [
    '(3) a signed count difference beside percentage columns',
    t('Verenigingen', ['| Club | Leden 2022 | Leden 2025 | Aandeel jeugd 2022 | Aandeel jeugd 2025 | Verschil leden |', '|---|---|---|---|---|---|', '| Voetbal | 640 | 690 | 38% | 41% | +50 |', '| Tennis | 420 | 380 | 22% | 19% | -40 |', '| Hockey | 310 | 365 | 45% | 47% | +55 |', '| Judo | 120 | 128 | 60% | 58% | +8 |'])
  ],
  [
    '(3) signed ranks beside percentage columns',
    t('Ranglijst', ['| Gemeente | 2022 | 2025 | Plaats erbij |', '|---|---|---|---|', '| Ons dorp | 44% | 47% | +5 |', '| Buurgemeente | 51% | 49% | -3 |', '| Regio | 39% | 43% | +1 |', '| Provincie | 48% | 48% | +2 |'])
  ]
]

describeWordings(tableRowArithmetic, defects, clean)
