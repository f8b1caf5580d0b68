import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Probe 6 causes of missed table cells, each in other nouns, numbers and places:
// (1) a price header that names its unit (`Loonkosten per fte`, `Prijs per leerling`) was read as
//     a count too, so `aantal × prijs = bedrag` was not declared and a table of two rows was not judged;
// (2) a column headed as a change (`Verschil`, `Toename`, `Groei`) right of two number columns was
//     judged only when three rows showed it; as a percentage of the first column it was not judged at all;
// (3) a total in the first row of a table (`Totaal lasten` above its posts) was summed over no rows.
const t = (heading: string, rows: string[], after: string[] = []): string[] => [`# ${heading}`, '', ...rows, ...(after.length ? ['', ...after] : [])]

const inzet = (second: string): string[] => ['| Functie | Fte | Loonkosten per fte | Totaal |', '|---|---|---|---|', '| Wijkcoach | 4 | € 68.000 | € 272.000 |', `| Jongerenwerker | 3 | € 62.000 | ${second} |`]
const zwemmen = (first: string): string[] => ['| School | Leerlingen | Prijs per leerling | Kosten |', '|---|---|---|---|', `| De Wilg | 120 | € 85 | ${first} |`, '| Het Kompas | 90 | € 85 | € 7.650 |']
const uren = (second: string): string[] => ['| Taak | Uren | Tarief per uur | Bedrag |', '|---|---|---|---|', '| Schouwen | 300 | € 55 | € 16.500 |', `| Snoeien | 450 | € 48 | ${second} |`]
const begroot = (first: string, second = '-€ 100.000'): string[] => ['| Onderdeel | Begroot | Realisatie | Verschil |', '|---|---|---|---|', `| Jeugdhulp | € 4.500.000 | € 4.850.000 | ${first} |`, `| Huishoudelijke hulp | € 3.200.000 | € 3.100.000 | ${second} |`]
const meldingen = (second: string, head = 'Toename'): string[] => ['| Soort | 2024 | 2025 | ' + head + ' |', '|---|---|---|---|', '| Overlast | 400 | 500 | 25% |', `| Zwerfafval | 200 | 260 | ${second} |`]
const kernen = (second: string): string[] => ['| Kern | Plan | Gerealiseerd | Verschil |', '|---|---|---|---|', '| Brink | 120 | 100 | -20 |', `| Veenhuizen | 80 | 95 | ${second} |`]

const bovenaan = (second: string): string[] => ['| Post | 2026 | 2027 |', '|---|---|---|', `| Totaal wijkbudget | 980 | ${second} |`, '| Bewonersinitiatieven | 600 | 610 |', '| Buurthuis | 250 | 260 |', '| Communicatie | 130 | 150 |']

const defects: DefectWording[] = [
  ['(3) a total above its posts', t('Wijkbudget', bovenaan('1.010')), '= 1.020`'],
  ['(3) a sum of counts first', t('Jeugd', ['| Groep | Deelnemers |', '|---|---|', '| Totaal | 310 |', '| Basisschool | 140 |', '| Voortgezet onderwijs | 95 |', '| Mbo | 55 |']), '= 290`'],
  ['(3) a total first in a table of districts', t('Groen', ['| Wijk | Bomen | Hectare |', '|---|---|---|', '| Totaal gemeente | 4.300 | 96 |', '| Noord | 1.500 | 30 |', '| Midden | 1.200 | 28 |', '| Zuid | 1.400 | 38 |']), '= 4.100`'],
  ['(1) salary costs per fte in a table of two rows', t('Inzet', inzet('€ 196.000')), '= 186.000`'],
  ['(1) a price per pupil', t('Onderwijs', zwemmen('€ 9.200')), '= 10.200`'],
  ['(1) an hourly rate named per hour', t('Groen', uren('€ 22.600')), '= 21.600`'],
  ['(1) a subsidy per member', t('Sport', ['| Vereniging | Leden | Bijdrage per lid | Subsidie |', '|---|---|---|---|', '| Korfbal | 140 | € 25 | € 3.500 |', '| Atletiek | 220 | € 25 | € 5.000 |']), '= 5.500`'],
  ['(2) a budget difference in a table of two rows', t('Financiën', begroot('€ 305.000')), '= 350.000`'],
  ['(2) a difference in counts with a sign', t('Wonen', kernen('+5')), '= 15`'],
  ['(2) a growth in counts', t('Bereik', ['| Doelgroep | 2024 | 2025 | Groei |', '|---|---|---|---|', '| Ouderen | 1.200 | 1.380 | 180 |', '| Mantelzorgers | 400 | 500 | 150 |']), '= 100`'],
  ['(2) a rise as a percentage of the first year', t('Meldingen', meldingen('20%')), '= 30,0%`'],
  ['(2) a fall as a percentage', t('Veiligheid', ['| Delict | 2023 | 2025 | Afname |', '|---|---|---|---|', '| Woninginbraak | 400 | 300 | 25% |', '| Fietsdiefstal | 250 | 200 | 25% |']), '= -20,0%`'],
  ['(2) a tariff rise', t('Belastingen', ['| Heffing | Tarief 2025 | Tarief 2026 | Stijging |', '|---|---|---|---|', '| Afvalstoffenheffing | € 320 | € 336 | 5% |', '| Rioolheffing | € 200 | € 212 | 3% |']), '= 6,0%`'],
  ['(2) a change in a finance table in thousands', t('Financiën', ['| Programma | Begroting 2025 | Begroting 2026 | Mutatie |', '|---|---|---|---|', '| Onderwijs | 2.400 | 2.550 | 150 |', '| Sport | 900 | 870 | -50 |', '| Cultuur | 610 | 640 | 30 |'], ['Bedragen x € 1.000.']), '= −30`']
]

const clean: CleanWording[] = [
  ['(3) a total above its posts that holds', t('Wijkbudget', bovenaan('1.020'))],
  ['(3) a total first with a second total below', t('Wijkbudget', ['| Post | 2026 |', '|---|---|', '| Totaal vorig jaar | 900 |', '| Bewonersinitiatieven | 600 |', '| Buurthuis | 250 |', '| Totaal | 850 |'])],
  ['(3) a total row at the foot that holds', t('Jeugd', ['| Groep | Deelnemers |', '|---|---|', '| Basisschool | 140 |', '| Voortgezet onderwijs | 95 |', '| Mbo | 55 |', '| Totaal | 290 |'])],
  ['(1) salary costs per fte that hold', t('Inzet', inzet('€ 186.000'))],
  ['(1) a price per pupil that holds', t('Onderwijs', zwemmen('€ 10.200'))],
  ['(1) hours and a rate per hour that hold', t('Groen', uren('€ 21.600'))],
  ['(1) a cost per fte with hours beside it and no product', t('Inzet', ['| Functie | Fte | Uren per week | Kosten per fte |', '|---|---|---|---|', '| Wijkcoach | 4 | 36 | € 68.000 |', '| Jongerenwerker | 3 | 32 | € 62.000 |'])],
  ['(2) a difference that holds with signs', t('Financiën', begroot('€ 350.000'))],
  ['(2) a difference written without signs', t('Financiën', begroot('€ 350.000', '€ 100.000'))],
  ['(2) a difference with letters for over and under', t('Financiën', ['| Onderdeel | Begroot | Realisatie | Verschil |', '|---|---|---|---|', '| Jeugdhulp | 4.500 | 4.850 | 350 N |', '| Huishoudelijke hulp | 3.200 | 3.100 | 100 V |'])],
  ['(2) counts that hold without a sign', t('Wonen', kernen('15'))],
  ['(2) a rise as a percentage that holds', t('Meldingen', meldingen('30%'))],
  ['(2) a rise written with a plus sign', t('Meldingen', meldingen('+30%', 'Verschil'))],
  ['(2) a growth beside three years is not read as two', t('Wonen', ['| Kern | 2020 | 2024 | 2025 | Groei |', '|---|---|---|---|---|', '| Dorp | 300 | 310 | 340 | 40 |', '| Haven | 200 | 220 | 205 | 5 |'])],
  ['(2) a growth of another measure than the two columns', t('Kinderopvang', ['| Locatie | Plaatsen | Bezet | Groei bezetting |', '|---|---|---|---|', '| Zonnebloem | 80 | 72 | 5% |', '| Klimop | 60 | 42 | 8% |'])],
  ['(2) fte with decimals', t('Inzet', ['| Team | Fte 2025 | Fte 2026 | Verschil |', '|---|---|---|---|', '| Wijkteam Noord | 6,5 | 7,0 | 0,5 |', '| Wijkteam Zuid | 5,0 | 4,2 | -0,8 |'])],
  ['(2) a change in thousands that rounding explains', t('Financiën', ['| Programma | Begroting 2025 | Begroting 2026 | Mutatie |', '|---|---|---|---|', '| Onderwijs | 2.400 | 2.550 | 151 |', '| Sport | 900 | 870 | -30 |'], ['Bedragen x € 1.000.'])]
]

describeWordings(tableRowArithmetic, defects, clean)
