import { percentageClaimCheck, proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Changes and differences said under a table the sentence is about: a row between two year columns
// (a change, never a share of the two cells), `van A op B`, two rows of a table of dated occasions
// named by their labels (and a year where a label comes back), the same occasion a year earlier,
// and a past count in the sentence against the total row of a table without years.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const lessons = [
  '| Cursus | 2021 | 2022 | 2023 | 2024 |',
  '|---|---:|---:|---:|---:|',
  '| Zwemles | 60 | 68 | 75 | 90 |',
  '| Judoles | 150 | 160 | 170 | 176 |',
  '| Tennisles | 220 | 210 | 200 | 190 |',
  ''
]
const markets = [
  '| Activiteit | Datum | Deelnemers |',
  '|---|---|---:|',
  '| Voorjaarsmarkt | 13 april 2024 | 1.150 |',
  '| Najaarsmarkt | 12 oktober 2024 | 1.380 |',
  '| Voorjaarsmarkt | 12 april 2025 | 1.260 |',
  ''
]
const elections = [
  '| Verkiezing | Datum | Kiezers |',
  '|---|---|---:|',
  '| Gemeenteraad | 16 maart 2022 | 21.400 |',
  '| Provinciale Staten | 15 maart 2023 | 19.800 |',
  '| Tweede Kamer | 22 november 2023 | 26.700 |',
  ''
]
const concerts = [
  '| Concert | Datum | Bezoekers |',
  '|---|---|---:|',
  '| Kerstconcert | 21 december 2024 | 640 |',
  '| Kerstconcert | 20 december 2025 | 590 |',
  ''
]
const chargers = ['| Buurt | Laadpalen |', '|---|---:|', '| Oost | 140 |', '| West | 95 |', '| Totaal | 235 |', '']
// Two count columns, neither named by the sentence.
const stalls = ['| Markt | Datum | Deelnemers | Kramen |', '|---|---|---:|---:|', '| Voorjaarsmarkt | 13 april 2024 | 1.150 | 84 |', '| Najaarsmarkt | 12 oktober 2024 | 1.380 | 97 |', '']

const percentDefects: BatteryWording[] = [
  ['a rise between year columns said as the share of the two cells', p(...lessons, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 67% toe.'), 'van 60 (2021) naar 90 (2024)'],
  ['a rise between year columns off in both readings', p(...lessons, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 70% toe.'), 'van 60 (2021) naar 90 (2024)'],
  ['steeg met between two inner year columns', p(...lessons, 'Tussen 2022 en 2024 steeg het aantal inschrijvingen voor judoles met 20 procent.'), 'van 160 (2022) naar 176 (2024)'],
  ['daalde met between year columns', p(...lessons, 'Het aantal inschrijvingen voor tennisles daalde tussen 2021 en 2024 met 10%.'), 'van 220 (2021) naar 190 (2024)'],
  ['a rise without years said as the share of two cells of the row', p(...lessons, 'Het aantal inschrijvingen voor zwemles nam met 67% toe.'), 'van 60 naar 90 (Zwemles)'],
  ['van A op B', p(...lessons, 'Van 2023 op 2024 nam het aantal inschrijvingen voor zwemles met 15% toe.'), 'van 75 (2023) naar 90 (2024)'],
  ['two dated rows, the year after the second name', p(...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt van 2024 groeide het aantal deelnemers met 30%.'), 'van 1.150 (Voorjaarsmarkt'],
  ['two dated rows named by two words each', p(...elections, 'Tussen de Provinciale Staten en de Tweede Kamer van 2023 steeg het aantal kiezers met 40 procent.'), 'van 19.800'],
  ['a past count against the total row', p(...chargers, 'Sinds de inventarisatie van 2021, toen er 180 laadpalen waren, groeide het aantal laadpalen met 40%.'), 'van 180 (2021) naar 235']
]

const percentClean: CleanWording[] = [
  ['a rise between year columns that holds', p(...lessons, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 50% toe.')],
  ['a rise without years that one pair of columns gives', p(...lessons, 'Het aantal inschrijvingen voor zwemles nam met 50% toe.')],
  ['van A op B that holds', p(...lessons, 'Van 2023 op 2024 nam het aantal inschrijvingen voor zwemles met 20% toe.')],
  ['daalde met that holds', p(...lessons, 'Het aantal inschrijvingen voor tennisles daalde tussen 2021 en 2024 met bijna 14%.')],
  ['two dated rows that hold', p(...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt van 2024 groeide het aantal deelnemers met 20%.')],
  ['two rows of one name and no year to tell them apart', p(...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt groeide het aantal deelnemers met 30%.')],
  ['two count columns, neither named', p(...stalls, 'Tussen de voorjaarsmarkt en de najaarsmarkt van 2024 groeide de markt met 30%.')],
  ['a past count against the total row that holds', p(...chargers, 'Sinds de inventarisatie van 2021, toen er 180 laadpalen waren, groeide het aantal laadpalen met ruim 30%.')],
  ['a past count beside a target', p(...chargers, 'Sinds 2021, toen er 180 laadpalen waren, willen we het aantal laadpalen met 40% laten groeien.')],
  ['a past count with another current count in the text', p(...chargers, 'De gemeente telt 260 laadpalen.', '', 'Sinds de inventarisatie van 2021, toen er 180 laadpalen waren, groeide het aantal laadpalen met 40%.')]
]

const differenceDefects: BatteryWording[] = [
  ['more than the same occasion a year earlier', p(...markets, 'Op de voorjaarsmarkt van 2025 kwamen 1.260 deelnemers, 150 meer dan een jaar eerder.'), '1.260 − 1.150'],
  ['more than a year earlier without the count', p(...markets, 'Op de voorjaarsmarkt van 2025 waren er 130 deelnemers meer dan een jaar eerder.'), '1.260 − 1.150'],
  ['fewer than the year before', p(...concerts, 'Het kerstconcert van 2025 trok 590 bezoekers, 60 minder dan het jaar ervoor.'), '640 − 590']
]

const differenceClean: CleanWording[] = [
  ['more than a year earlier that holds', p(...markets, 'Op de voorjaarsmarkt van 2025 kwamen 1.260 deelnemers, 110 meer dan een jaar eerder.')],
  ['fewer than the year before that holds', p(...concerts, 'Het kerstconcert van 2025 trok 590 bezoekers, 50 minder dan het jaar ervoor.')],
  ['two rows of one name and no year', p(...markets, 'Op de voorjaarsmarkt kwamen 150 meer deelnemers dan een jaar eerder.')],
  ['a count the table does not hold', p(...markets, 'Op de voorjaarsmarkt van 2025 stonden 96 kramen, 150 meer dan een jaar eerder.')]
]

describeBattery(percentageClaimCheck, percentDefects, percentClean, 9)
describeBattery(proseCalculation, differenceDefects, differenceClean, 3)
