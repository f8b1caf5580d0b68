import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A ratio whose terms the reader must gather by structure rather than by a cue word: a named
// rate (uitstroom, benutting, kostendekkendheid, opkomst ...) over one part and one whole of the
// same unit in the clause or the sentences before; a whole introduced by `bij`/`op`/`tegenover`
// after its part; a share whose whole stands earlier in the section with another count of the
// same noun in between; a fraction word for a table figure; a change between two table years or
// between a value said before and an old value said after.
const intro = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['part, then bij <whole>, a named rate', intro(
    'Vorig jaar stopten 27 vrijwilligers; bij 180 vrijwilligers is dat een uitstroom van 21 procent.'), '21 procent'],
  ['named rate over two counts in the sentences before', intro(
    'De sporthal is per week 60 uur open. Verenigingen huurden gemiddeld 33 uur, een benutting van 70 procent.'), '70 procent'],
  ['euro part, then tegenover whole, a named rate', intro(
    'De leges brengen € 412.000 op.', '', 'Tegenover € 515.000 aan kosten is dat een kostendekkendheid van 92 procent.'), '92 procent'],
  ['rate in words after two sentences', intro(
    'Er waren 2.400 ouders uitgenodigd. Op de avond kwamen 600 ouders, een opkomst van veertig procent.'), 'veertig procent'],
  ['van alle <noun>, whole earlier, another count between', intro(
    'In 2025 kwamen 5.200 klachten binnen.', '',
    'Binnen een week werd 70% afgehandeld: 3.640 klachten.', '',
    'Via de website kwamen 1.300 klachten, ruim 40% van alle klachten.'), 'ruim 40%'],
  ['euro share of a table total, fraction word', intro(
    '| Bron | Bedrag |', '|---|---|', '| Gemeente | € 610.000 |', '| Provincie | € 90.000 |', '| Fonds | € 200.000 |', '| Totaal | € 900.000 |', '',
    'De provincie draagt € 90.000 bij, bijna een kwart van het totaal.'), 'bijna een kwart'],
  ['op de-fraction of a table column', intro(
    '| Opbrengst | Bedrag (x € 1.000) |', '|---|---|', '| Parkeervergunningen | 2.100 |', '| Parkeerautomaten | 4.900 |', '| Totaal | 7.000 |', '',
    "Twee op de drie euro's komen van de parkeervergunningen."), 'Twee op de drie'],
  ['change between two table years, fraction word', intro(
    '| Jaar | Inschrijvingen |', '|---|---|', '| 2021 | 120 |', '| 2022 | 150 |', '| 2023 | 160 |', '',
    'Tussen 2022 en 2023 groeide het aantal inschrijvingen met bijna een kwart.'), 'bijna een kwart'],
  ['change from an old value to a value said before', intro(
    'De bibliotheek heeft nu 4.800 pashouders.', '',
    'In 2020 waren dat er nog 4.000; het aantal pashouders steeg sindsdien met ruim 30 procent.'), 'ruim 30 procent'],
  ['share of a table row in words', intro(
    '| Weg | Lengte (km) | Te herstellen (km) |', '|---|---|---|', '| Dorpsweg | 12 | 6 |', '| Molenlaan | 8 | 2 |', '| Totaal | 20 | 8 |', '',
    'Op de Dorpsweg moet ruim twee derde van het wegdek worden hersteld.'), 'ruim twee derde'],
  ['list item, named rate after its terms', intro(
    'Voor het zwembad geldt:', '',
    '- er waren 1.500 zwemuren beschikbaar;', '- 900 zwemuren werden verhuurd, een bezettingsgraad van 75%.'), '75%'],
  ['fraction word, part and rest after it', intro(
    'In 2025 kwamen 600 bezwaren binnen.', '',
    'Van die bezwaren was ruim negen op de tien ongegrond: 410 bezwaren werden afgewezen, de overige 190 gegrond verklaard.'), 'ruim negen op de tien'],
  ['part in words, whole on a team after it', intro(
    'Achttien leerkrachten vertrokken in 2025. Op een team van 240 leerkrachten is dat een verloop van 12 procent.'), '12 procent'],
  ['euro share in brackets', intro(
    'Het Rijk betaalt € 150.000 (ruim de helft van de € 400.000 die het project kost).'), 'ruim de helft']
]

const clean: CleanWording[] = [
  ['part, then bij <whole>, a right rate', intro(
    'Vorig jaar stopten 27 vrijwilligers; bij 180 vrijwilligers is dat een uitstroom van 15 procent.')],
  ['named rate over two counts, right', intro(
    'De sporthal is per week 60 uur open. Verenigingen huurden gemiddeld 33 uur, een benutting van 55 procent.')],
  ['a rate of another kind next to counts', intro(
    'De sporthal is per week 60 uur open en telt 4 zalen. De tevredenheid onder huurders is 70 procent.')],
  ['a national rate next to a count', intro(
    'In 2025 vertrokken 20 medewerkers van de 400. Het landelijke verloop ligt op 9 procent.')],
  ['a share of another noun than the counts', intro(
    'Er waren 2.400 ouders uitgenodigd en 90 leerkrachten. Op de avond kwam 30 procent van de ouders.')],
  ['euro share of a table total, right', intro(
    '| Bron | Bedrag |', '|---|---|', '| Gemeente | € 610.000 |', '| Provincie | € 90.000 |', '| Fonds | € 200.000 |', '| Totaal | € 900.000 |', '',
    'De provincie draagt € 90.000 bij, een tiende van het totaal.')],
  ['change between two table years, right', intro(
    '| Jaar | Inschrijvingen |', '|---|---|', '| 2021 | 120 |', '| 2022 | 150 |', '| 2023 | 160 |', '',
    'Tussen 2021 en 2022 groeide het aantal inschrijvingen met een kwart.')],
  ['change of another noun than the values', intro(
    'De bibliotheek heeft nu 4.800 pashouders.', '',
    'In 2020 waren dat er nog 4.000; het aantal uitleningen steeg sindsdien met 30 procent.')],
  ['a target rate next to the counts', intro(
    'Er zijn 1.500 zwemuren beschikbaar en nu wordt 900 uur verhuurd. We streven naar een bezetting van 80 procent in 2030.')],
  ['op de-fraction of a table column, right', intro(
    '| Opbrengst | Bedrag (x € 1.000) |', '|---|---|', '| Parkeervergunningen | 4.700 |', '| Parkeerautomaten | 2.300 |', '| Totaal | 7.000 |', '',
    "Twee op de drie euro's komen van de parkeervergunningen.")],
  ['van alle <noun>, right against the earlier whole', intro(
    'In 2025 kwamen 5.200 klachten binnen.', '',
    'Binnen een week werd 70% afgehandeld: 3.640 klachten.', '',
    'Via de website kwamen 1.300 klachten, een kwart van alle klachten.')],
  ['percentage points between two rates', intro(
    'De opkomst steeg van 40 naar 46 procent, een stijging van 6 procentpunt.')]
]

describeBattery(percentageClaimCheck, defects, clean, 9)
