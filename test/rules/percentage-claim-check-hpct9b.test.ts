import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct9b, written before reading the rule: percentage claims about a change between two
// values. The two values stand (1) in the sentence before (`… een jaar eerder`), (2) as a change
// and an end value (`met D omlaag tot B`, so the start is B + D), (3) in a table under a named row
// and two year columns, (4) in a change column of a table, (5) as two shares whose difference is
// claimed in `procentpunt`, (6) with the claim before its terms. The look-alikes keep the guards:
// another noun, the last value as the base of a year-on-year change, a relative change of a share.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const wijken = [
  '| Wijk | 2022 | 2025 |',
  '|---|---|---|',
  '| Noordkant | 480 | 540 |',
  '| Zuidkant | 300 | 270 |',
  '| Totaal | 780 | 810 |',
  ''
]

const leden = [
  '| Groep | Abonnees 2023 | Abonnees 2025 |',
  '|---|---|---|',
  '| Jeugd | 620 | 700 |',
  '| Senioren | 400 | 360 |',
  '| Totaal | 1.020 | 1.060 |',
  ''
]

const doelen = (last: string): string[] => [
  '| Indicator | 2025 | Streven 2029 | Groei |',
  '|---|---|---|---|',
  '| Volkstuinen | 400 | 460 | +15% |',
  '| Deelauto’s | 1.200 | 1.500 | +25% |',
  `| Oplaadpunten | 80 | 92 | ${last} |`,
  ''
]

const defects: BatteryWording[] = [
  ['the start value in the sentence before', p('In 2024 leenden inwoners 430 bakfietsen uit de deelpool. In 2025 waren dat er 512, 29% meer dan het jaar daarvoor.'), '29%'],
  ['a fraction word for a decline after a year', p('Het aantal meldingen van zwerfafval kwam in 2023 uit op 1.240. Een jaar later telden we er 1.054, bijna een kwart minder.'), 'bijna een kwart'],
  ['met D omlaag tot B', p('Bij de kinderboerderij ging het aantal vrijwilligers met 9 omlaag tot 27, ruim 40% minder dan vorig jaar.'), 'ruim 40%'],
  ['met D gestegen tot B', p('Het aantal deelnemers aan de zwemles is met 60 gestegen tot 210, een groei van ruim de helft.'), 'ruim de helft'],
  ['a change in words toe tot B', p('Het aantal laadpalen nam met achttien toe tot 78, een stijging van 13 procent.'), '13 procent'],
  ['a named row and two year columns, higher', p(...wijken, 'In de Noordkant lag het aantal in 2025 ruim 20% hoger dan in 2022.'), 'ruim 20%'],
  ['a named row and two year columns, a fraction word', p(...wijken, 'In de Zuidkant waren er in 2025 een derde minder dan in 2022.'), 'een derde'],
  ['a change D with its base in a table row', p(...leden, 'Bij de senioren daalde het aantal leden met 40, een daling van 20 procent.'), '20 procent'],
  ['procentpunt between two shares', p('Het aandeel fietsers in het woon-werkverkeer steeg van 27% in 2021 naar 31% in 2025, een stijging van 6 procentpunt.'), '6 procentpunt'],
  ['procentpunt across two sentences, in words', p('In 2022 had 58 procent van de scholen een gezonde kantine. Nu is dat 67 procent, dertien procentpunt meer.'), 'dertien procentpunt'],
  ['a bracketed plus sign', p('Het aantal bezoekers van het openluchttheater ging van 64.000 naar 70.400 (+16%).'), '16%'],
  ['a change column of a table', p(...doelen('+25%')), '25%'],
  ['a list item with a change', p('Beheerders per terrein:', '', '- Sportparken: van 14 naar 18 beheerders, een toename van 40%.', '- Begraafplaatsen: van 6 naar 9 beheerders, een toename van 50%.'), '40%'],
  ['both values in words', p('Het aantal wijkteams groeide van twaalf naar vijftien, een toename van 35 procent.'), '35 procent'],
  ['daalde met P tot B, A in the sentence before', p('Vorig jaar stonden er 820 huishoudens op de wachtlijst. Dit jaar daalde dat aantal met 30 procent tot 656.'), '30 procent'],
  ['the claim before its terms', p('Een stijging van 18 procent: zo groeide het aantal leerlingen op de muziekschool van 350 naar 392.'), '18 procent'],
  ['met D teruggelopen naar B, money-free', p('Het aantal bezoekers aan de weekmarkt is met 1.200 teruggelopen naar 4.800, een afname van 30 procent.'), '30 procent'],
  ['the earlier year in brackets in the sentence before', p('De bibliotheek telde 2.400 leden (2024). Een jaar later waren het er 2.520 in 2025, 12% meer dan in het vorige jaar.'), '12%'],
  ['the row named in the sentence before, lager dan', p(...wijken, 'Kijk ook naar de Zuidkant.', 'Daar lag het aantal in 2025 een kwart lager dan in 2022.'), 'een kwart'],
  ['procentpunt to the present', p('Eind 2021 sportte 48 procent van de ouderen wekelijks. Op dit moment is dat 53 procent, een groei van 9 procentpunt.'), '9 procentpunt'],
  ['the base year before the share', p(...leden, 'Vergeleken met 2023 had de jeugd in 2025 bijna een kwart meer leden.'), 'bijna een kwart'],
  ['a count lost, its base in a table row', p(...leden, 'De senioren verloren 40 leden, een daling van een vijfde.'), 'een vijfde'],
  ['a comparison with a year and the row in words, onder', p(...wijken, 'In 2025 lag het aantal in de Zuidkant 30 procent onder dat van 2022.'), '30 procent'],
  ['slonk met D tot B', p('De wachtlijst voor een volkstuin slonk met 45 tot 135 huishoudens, een derde minder.'), 'een derde'],
  ['liep met D op tot B', p('Het aantal leerlingen met een fietsdiploma liep met 30 op tot 150, een stijging van 20%.'), '20%'],
  ['procentpunt with the end share after it', p('In 2021 ging 27% van de ritten per fiets. In 2025 steeg dat met 6 procentpunt tot 31%.'), '6 procentpunt'],
  ['a named row against the year before, a fraction word', p('| Wijk | 2024 | 2025 |', '|---|---|---|', '| Noordkant | 480 | 540 |', '| Zuidkant | 300 | 270 |', '', 'In 2025 telde de Zuidkant bijna een kwart minder dan het jaar ervoor.'), 'bijna een kwart'],
  ['boven a value of an earlier year', p('Met 1.150 aanvragen lag het aantal in 2025 17% boven de 1.060 aanvragen van 2024.'), '17%']
]

const clean: CleanWording[] = [
  ['the start value in the sentence before, right', p('In 2024 leenden inwoners 430 bakfietsen uit de deelpool. In 2025 waren dat er 512, 19% meer dan in het jaar daarvoor.')],
  ['another noun in the sentence before', p('In 2024 kwamen 430 klachten binnen. In 2025 verwerkte het team 512 aanvragen, 10% meer dan het jaar ervoor.')],
  ['met D omlaag tot B, right', p('Bij de kinderboerderij ging het aantal vrijwilligers met 9 omlaag tot 27, een kwart minder dan vorig jaar.')],
  ['a named row and two year columns, right', p(...wijken, 'In de Noordkant lag het aantal in 2025 12,5% hoger dan in 2022.')],
  ['a change D with its base in a table row, right', p(...leden, 'Bij de senioren daalde het aantal leden met 40, een daling van 10 procent.')],
  ['procentpunt, right', p('Het aandeel fietsers in het woon-werkverkeer steeg van 27% in 2021 naar 31% in 2025, een stijging van 4 procentpunt.')],
  ['a relative change of a share', p('Het aandeel groene daken steeg van 20% naar 25%, een relatieve stijging van 25 procent.')],
  ['year on year against the last value', p('In 2023 telden we 1.000 bezoekers en in 2024 1.100. In 2025 kwamen er 1.210, opnieuw 10% meer.')],
  ['a target above the present value', p('We willen 15% meer vrijwilligers dan de 240 van nu, dus 276 in 2029.')],
  ['a decline in money, right', p('De kosten van het onderhoud daalden met € 30.000 tot € 270.000, 10 procent minder.')],
  ['a bracketed plus sign, right', p('Het aantal bezoekers van het openluchttheater ging van 64.000 naar 70.400 (+10%).')],
  ['a change column of a table, right', p(...doelen('+15%'))],
  ['a rounded growth', p('Het aantal beheerders ging van 14 naar 18, bijna 30 procent meer.')],
  ['two table rows with the same difference', p('| Groep | Abonnees 2023 | Abonnees 2025 |', '|---|---|---|', '| Jeugd | 200 | 160 |', '| Senioren | 400 | 360 |', '', 'Bij de jeugd daalde het aantal leden met 40, een daling van 20 procent.')],
  ['the earlier year in brackets, right', p('De bibliotheek telde 2.400 leden (2024). Een jaar later waren het er 2.520 in 2025, 5% meer dan in het vorige jaar.')],
  ['two counts of the earlier year in the sentence before', p('In 2024 waren er 300 leden in Oost en 250 in 2024 in West. In 2025 telde Oost 330 leden, 10% meer dan vorig jaar.')],
  ['the row named in the sentence before, right', p(...wijken, 'Kijk ook naar de Zuidkant.', 'Daar lag het aantal in 2025 een tiende lager dan in 2022.')],
  ['procentpunt to the present, right', p('Eind 2021 sportte 48 procent van de ouderen wekelijks. Op dit moment is dat 53 procent, een groei van 5 procentpunt.')],
  ['a target column of another noun that no row follows', p('| Wijk | Bomen 2025 | Streven 2030 | Groei |', '|---|---|---|---|', '| Oost | 200 | 260 | +10% |', '| West | 300 | 330 | +40% |', '| Noord | 100 | 150 | +20% |', '')],
  ['the base year before the share, right', p(...leden, 'Ten opzichte van 2023 had de jeugd in 2025 bijna 13 procent meer leden.')],
  ['a count lost, right', p(...leden, 'De senioren verloren 40 leden, een daling van een tiende.')],
  ['slonk met D tot B, right', p('De wachtlijst voor een volkstuin slonk met 45 tot 135 huishoudens, een kwart minder.')],
  ['procentpunt with the end share after it, right', p('In 2021 ging 27% van de ritten per fiets. In 2025 steeg dat met 4 procentpunt tot 31%.')],
  ['a share with an end level of another kind', p('In 2021 ging 27% van de ritten per fiets. In 2025 steeg het aantal ritten met 6 procent tot 3.100.')],
  ['a named row against the year before, right', p('| Wijk | 2024 | 2025 |', '|---|---|---|', '| Noordkant | 480 | 540 |', '| Zuidkant | 300 | 270 |', '', 'In 2025 telde de Zuidkant een tiende minder dan het jaar ervoor.')],
  ['a growth of a share in procentpunt, right', p('In 2022 had 58 procent van de scholen een gezonde kantine. Nu is dat 71 procent, dertien procentpunt meer.')]
]

describeBattery(percentageClaimCheck, defects, clean, 27)
