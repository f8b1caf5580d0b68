import type { RuleExample } from '../rule.js'
import { example } from './examples.js'
import { countsNotOk, countsOk } from './percentage-claim-check-examples-counts.js'
import { tablesNotOk, tablesOk } from './percentage-claim-check-examples-tables.js'
import { rowsNotOk, rowsOk } from './percentage-claim-check-examples-rows.js'
import { groupsNotOk, groupsOk } from './percentage-claim-check-examples-groups.js'
import { partsNotOk, partsOk } from './percentage-claim-check-examples-parts.js'
import { spansNotOk, spansOk } from './percentage-claim-check-examples-spans.js'
import { directionsNotOk, directionsOk } from './percentage-claim-check-examples-directions.js'
import { columnsNotOk, columnsOk } from './percentage-claim-check-examples-columns.js'
import { bareCountsNotOk, bareCountsOk } from './percentage-claim-check-examples-bare-counts.js'
import { yearRowsNotOk, yearRowsOk } from './percentage-claim-check-examples-year-rows.js'
import { namedPartsNotOk, namedPartsOk } from './percentage-claim-check-examples-named-parts.js'
import { cellValuesNotOk, cellValuesOk } from './percentage-claim-check-examples-cell-values.js'
import { tableSumsNotOk, tableSumsOk } from './percentage-claim-check-examples-table-sums.js'
import { scaledChangesNotOk, scaledChangesOk } from './percentage-claim-check-examples-scaled-changes.js'
import { subjectPartsNotOk, subjectPartsOk } from './percentage-claim-check-examples-subject-parts.js'
import { ownAccountNotOk, ownAccountOk } from './percentage-claim-check-examples-own-account.js'
import { comparativesNotOk, comparativesOk } from './percentage-claim-check-examples-comparatives.js'
import { placedPartsNotOk, placedPartsOk } from './percentage-claim-check-examples-placed-parts.js'
import { pointedPairsNotOk, pointedPairsOk } from './percentage-claim-check-examples-pointed-pairs.js'
import { changeWordingsNotOk, changeWordingsOk } from './percentage-claim-check-examples-change-wordings.js'
import { factorNounsNotOk, factorNounsOk } from './percentage-claim-check-examples-factor-nouns.js'
import { levelChangesNotOk, levelChangesOk } from './percentage-claim-check-examples-level-changes.js'
import { yearRelativeNotOk, yearRelativeOk } from './percentage-claim-check-examples-year-relative.js'

// The documented examples of `percentage-claim-check`, apart from the rule's logic.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Correct shares and changes the rule stays quiet on. */
export const percentageOk: RuleExample[] = [
    { title: 'Een deel met zijn eigen geheel en een bijzin erachter die klopt', text: plan(['Sportpark Oost krijgt met 14 van de 40 nieuwe lichtmasten ruim een derde van de vervanging, zodat daar weer op alle velden getraind kan worden.']) },
    { title: 'Een stijging met "bijna"', text: plan(['Het aantal aanvragen steeg van 240 naar 283, met bijna 18%.']) },
    { title: 'Een "ruim" percentage dat klopt', text: plan(['Het aantal deelnemers groeide van 150 naar 178, een toename van ruim 18%.']) },
    { title: 'Een deel als breuk', text: plan(['Van de aanvragen werden er 61 van de 180 toegekend, ruim een derde.']) },
    { title: 'Een rond percentage met "meer dan"', text: plan(['Daarvan kwamen 47 van de 180 via de huisarts: meer dan 20%.']) },
    { title: 'Een percentage zonder getallen om het aan te toetsen', text: plan(['We verwachten dat 18% van de inwoners meedoet.']) },
    { title: 'Aandelen van verschillende groepen', text: plan(['Van de huurders wil 45 procent zonnepanelen, van de eigenaren 68 procent.']) },
    {
      title: 'Jaartallen tussen de getallen en een daling in de volgende zin',
      text: plan(['Het aantal klachten ging van 1.500 in 2022 naar 1.350 in 2023. Dat was een daling van 10 procent.'])
    },
    {
      title: 'Een percentage van iets anders na de getallen',
      text: plan(['Het aantal bezoekers steeg van 80 naar 92 en 40% van de bezoekers is ouder dan 65. Van 2023 naar 2024 steeg het gebruik met 12%.'])
    },
    { title: 'Procentpunten en procenten van een percentage', text: plan(['Het aandeel huurwoningen steeg van 40% naar 44%: 4 procentpunt, of 10 procent.']) },
    { title: 'Een op de vijf en tweederde', text: plan(['Van de 2.400 huishoudens deden er 480 mee, een op de vijf. Daarna deden 1.610 van de 2.400 huishoudens mee, tweederde.']) },
    { title: 'Het merendeel met woorden tussen de getallen', text: plan(['1.560 huishoudens van de 2.400 deden mee, het merendeel.']) },
    { title: 'Een rangtelwoord is geen deel', text: plan(['Van de 240 aanvragen kwamen er 60 via een derde partij; de zestiende eeuw telde 12 van de 40 kerken.']) },
    { title: 'Een deel tussen haakjes na het aantal', text: plan(['340 huishoudens (ruim 40% van alle 800 huishoudens) maken gebruik van de regeling.']) },
    { title: 'Procentpunten en een relatieve daling', text: plan(['Het aandeel daalde van 12,5 naar 10,0 procent, een daling van 2,5 procentpunt of 20%.']) },
    {
      title: 'Twee tabelrijen samen, en één rij die alleen bedoeld is',
      text: plan(['| Post | Bedrag |', '|---|---|', '| Personeel | 300 |', '| Huur | 100 |', '| Onderhoud | 200 |', '| Totaal | 600 |', '', 'Twee derde gaat naar personeel en huur. De helft gaat naar personeel; onderhoud volgt.'])
    },
    { title: 'Een losse zin na twee jaren', text: plan(['In 2023 waren er 120 aanvragen; in 2024 waren het er 150; 30% daarvan werd toegekend.']) },
    { title: 'Een verdubbeling die ongeveer klopt', text: plan(['Het aantal aanvragen verdubbelde van 150 naar 290; dubbele tellingen gingen van 10 naar 12.']) },
    {
      title: 'Meer antwoorden mogelijk',
      text: plan(['De redenen om te verhuizen zijn als volgt verdeeld (meer antwoorden mogelijk):', '', '- ruimte: 54%', '- werk: 38%', '- zorg: 21%'])
    },
    {
      title: 'Een tabel met het aandeel binnen elke rij',
      text: plan(['| Kern | Inwoners | Aandeel jongeren |', '|---|---|---|', '| Dorp | 3.100 | 24% |', '| Stad | 8.900 | 19% |', '| Totaal | 12.000 | 20% |'])
    },
    {
      title: 'Een kolom veranderingen die klopt',
      text: plan(['| Soort | 2021 | 2024 | Verschil 2021-2024 |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -15% |', '| Klachten | 40 | 46 | +15% |'])
    },
    {
      title: 'Twee getallen die allebei het geheel kunnen zijn',
      text: plan(['De bibliotheek had 4.000 leden en 9.000 bezoekers. Daarvan kwamen er 1.000 uit het buitengebied, ruim 20%.'])
    },
    { title: 'Een vergelijking met een jaar zonder getal', text: plan(['In 2024 was de uitstoot 48 kiloton, 25% lager dan in 2020.']) },
    { title: 'Een breuk die het percentage ernaast herhaalt', text: plan(['Het aandeel rokers is 14%, ongeveer een op de zeven.']) },
    {
      title: 'Een kolom verschillen in aantallen, niet in procenten',
      text: plan(['| Soort | 2021 | 2024 | Verschil |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -30 |', '| Klachten | 40 | 46 | +6 |'])
    },
    {
      title: 'Een nieuwe alinea begint opnieuw',
      text: plan(['Van de 320 aanvragen werden er 80 toegewezen.', '', 'Dat is een afname van 20 procent ten opzichte van het landelijke beeld.'])
    },
    {
      title: 'Een bedrag per jaar, een bron en een verandering na "met"',
      text: plan(['De subsidie steeg van € 240.000 per jaar naar € 265.000 per jaar, een toename van ruim 10 procent (bron: begroting). Met 20 procent daalde het aantal klachten van 410 naar 328.'])
    },
  ...tablesOk,
  ...groupsOk,
  ...rowsOk,
  ...countsOk,
  ...partsOk,
  ...spansOk,
  ...directionsOk,
  ...columnsOk,
  ...bareCountsOk,
  ...yearRowsOk,
  ...namedPartsOk,
  ...cellValuesOk,
  ...tableSumsOk,
  ...scaledChangesOk,
  ...subjectPartsOk,
  ...ownAccountOk,
  ...comparativesOk,
  ...placedPartsOk,
  ...pointedPairsOk,
  ...changeWordingsOk,
  ...factorNounsOk,
  ...levelChangesOk,
  ...yearRelativeOk
]

/** Shares and changes that the numbers contradict, with the message each gives. */
export const percentageNotOk: RuleExample[] = [
    {
      title: 'Een deel met zijn eigen geheel en een bijzin erachter',
      text: plan(['Sportpark Oost krijgt met 11 van de 40 nieuwe lichtmasten bijna de helft van de vervanging, zodat daar weer op alle velden getraind kan worden.']),
      expected: ['Percentage `bijna de helft` klopt niet: 11 van 40 is 27,5%; pas het percentage of de getallen aan']
    },
    {
      title: '"Ruim" terwijl het minder is',
      text: plan(['Het aantal woningen stijgt van 4.500 naar 5.300 met ruim 18%.']),
      expected: ['Percentage `ruim 18%` klopt niet: van 4.500 naar 5.300 is 17,8%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een breuk die niet past',
      text: plan(['Van de meldingen kwamen er 45 van de 180 binnen via de wijkteams, een derde van het totaal.']),
      expected: ['Percentage `een derde` klopt niet: 45 van 180 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een percentage zonder woord dat niet afgerond klopt',
      text: plan(['De wachtlijst daalde van 80 naar 62, een daling van 25%.']),
      expected: ['Percentage `25%` klopt niet: van 80 naar 62 is 22,5%; pas het percentage of de getallen aan']
    },
    {
      title: '"Bijna de helft" terwijl het meer is',
      text: plan(['Van de scholen deden er 58 van de 110 mee, bijna de helft.']),
      expected: ['Percentage `bijna de helft` klopt niet: 58 van 110 is 52,7%; pas het percentage of de getallen aan']
    },
    {
      title: 'Jaartallen tussen de getallen',
      text: plan(['Het aantal klachten ging van 1.500 in 2022 naar 1.350 in 2023, een daling van 15%.']),
      expected: ['Percentage `15%` klopt niet: van 1.500 naar 1.350 is 10%; pas het percentage of de getallen aan']
    },
    {
      title: 'Het percentage in de zin na de getallen',
      text: plan(['Van de 240 aanvragen werden er 60 toegewezen; dat is ruim 30 procent.']),
      expected: ['Percentage `ruim 30 procent` klopt niet: 60 van 240 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel in de volgende zin na "Daarvan"',
      text: plan(['Er kwamen 2.400 aanvragen binnen. Daarvan werden er 1.560 toegekend, ruim 70 procent.']),
      expected: ['Percentage `ruim 70 procent` klopt niet: 1.560 van 2.400 is 65%; pas het percentage of de getallen aan']
    },
    {
      title: 'Procentpunten geschreven als procent',
      text: plan(['Het aandeel daalde van 12,5 naar 10,0 procent, een daling van 2,5%.']),
      expected: ['Percentage `2,5%` klopt niet: van 12,5% naar 10,0% is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Procentpunten die niet kloppen',
      text: plan(['Het aandeel huurwoningen steeg van 40% naar 44%, een stijging van 6 procentpunt.']),
      expected: ['Percentage `6 procentpunt` klopt niet: van 40% naar 44% is 4 procentpunt; pas het percentage of de getallen aan']
    },
    {
      title: 'Een op de vier terwijl het een op de vijf is',
      text: plan(['480 van de 2.400 huishoudens deden mee, dat is een op de vier.']),
      expected: ['Percentage `een op de vier` klopt niet: 480 van 2.400 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Het merendeel terwijl het minder dan de helft is',
      text: plan(['Van de 2.400 huishoudens deden er 1.000 mee, het merendeel.']),
      expected: ['Percentage `het merendeel` klopt niet: 1.000 van 2.400 is 41,7%; pas het percentage of de getallen aan']
    },
    {
      title: 'Twee jaren met elk een getal, en een daling in de volgende zin',
      text: plan(['In 2023 waren er 1.240 meldingen, in 2024 nog 1.120. Dat is een daling van 15%.']),
      expected: ['Percentage `15%` klopt niet: van 1.240 naar 1.120 is 9,7%; pas het percentage of de getallen aan']
    },
    {
      title: 'Twee jaren in twee zinsdelen',
      text: plan(['In 2015 ging het om 380 jeugdigen; in 2018 om 428. Dat is een stijging van 20%.']),
      expected: ['Percentage `20%` klopt niet: van 380 naar 428 is 12,6%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een breuk van hetzelfde geheel',
      text: plan(['Van de 24 scholen doen er 15 mee: driekwart van de scholen.']),
      expected: ['Percentage `driekwart` klopt niet: 15 van 24 is 62,5%; pas het percentage of de getallen aan']
    },
    {
      title: 'Van onderstaande punten',
      text: plan(['Van onderstaande 95 punten staan er 77 op groen, ruim 90 procent.']),
      expected: ['Percentage `ruim 90 procent` klopt niet: 77 van 95 is 81,1%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een verdubbeling die een verdrievoudiging is',
      text: plan(['Het aantal aanvragen verdubbelde van 150 naar 450.']),
      expected: ['Percentage `verdubbelde` klopt niet: van 150 naar 450 is 200%; pas het percentage of de getallen aan']
    },
    {
      title: 'Bedragen in verschillende eenheden',
      text: plan(['De kosten stijgen van € 900.000 naar € 1,2 miljoen, een stijging van 25%.']),
      expected: ['Percentage `25%` klopt niet: van 900.000 naar 1,2 miljoen is 33,3%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel dat na het percentage staat',
      text: plan(['Ruim een kwart van de cursisten (18 van de 90) rondde de cursus af.']),
      expected: ['Percentage `Ruim een kwart` klopt niet: 18 van 90 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een tabelrij waarvan het percentage niet het deel van het totaal is',
      text: plan(['| Kern | Woningen | Aandeel |', '|---|---|---|', '| Dorp | 150 | 40% |', '| Stad | 350 | 70% |', '| Totaal | 500 | 100% |']),
      expected: ['Percentage `40%` klopt niet: 150 van 500 is 30%; pas het percentage of de getallen aan']
    },
    {
      title: 'Aandelen in een zin boven 100%',
      text: plan(['Van de deelnemers aan de cursus woonde 46 procent in de stad, 38 procent in de dorpen en 21 procent buiten de gemeente.']),
      expected: ['Aandelen van één geheel tellen op tot `105%` (`46 procent`, `38 procent`, `21 procent`); samen horen ze 100% te zijn, pas de percentages aan']
    },
    {
      title: 'Aandelen van één geheel boven 100%',
      text: plan(['De deelnemers zijn als volgt verdeeld:', '', '- jonger dan 18: 31%', '- 18 tot 65: 52%', '- 65 en ouder: 24%']),
      expected: ['Aandelen van één geheel tellen op tot `107%` (`31%`, `52%`, `24%`); samen horen ze 100% te zijn, pas de percentages aan']
    },
    {
      title: 'Een kolom veranderingen tussen twee jaarkolommen',
      text: plan(['| Soort | 2021 | 2024 | Verschil 2021-2024 |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -15% |', '| Klachten | 40 | 50 | +20% |']),
      expected: ['Percentage `+20%` klopt niet: van 40 naar 50 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Twee jaren in twee zinnen, het late jaar eerst',
      text: plan(['In 2024 vroegen 540 gezinnen om hulp. In 2021 waren dat er nog 450, een stijging van 12 procent.']),
      expected: ['Percentage `12 procent` klopt niet: van 450 naar 540 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel van een getal uit de vorige zin, met andere getallen ernaast',
      text: plan(['Het sportpark telt 6 velden en 1.400 leden. Daarvan zijn 300 leden jeugdlid, ruim een derde.']),
      expected: ['Percentage `ruim een derde` klopt niet: 300 van 1.400 is 21,4%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel van een eerder genoemd totaal',
      text: plan(['Het budget is in totaal € 1.200.000. De bibliotheek krijgt het grootste deel. Het museum ontvangt € 180.000, ruim 20% van het totaal.']),
      expected: ['Percentage `ruim 20%` klopt niet: € 180.000 van € 1.200.000 is 15%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een vergelijking met een jaar uit de tabel',
      text: plan(['| Bron | 2020 | 2024 |', '|---|---|---|', '| Verkeer | 60 | 48 |', '| Industrie | 40 | 30 |', '', 'In 2024 was de uitstoot van het verkeer 48 kiloton, 25% lager dan in 2020.']),
      expected: ['Percentage `25%` klopt niet: van 60 naar 48 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een jaar en een bijzin tussen geheel en deel',
      text: plan(['Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, ruim 20 procent.']),
      expected: ['Percentage `ruim 20 procent` klopt niet: 96 van 640 is 15%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een breuk die niet bij het percentage ernaast past',
      text: plan(['Het aandeel huishoudens met een betalingsachterstand is 12 procent, oftewel een kwart.']),
      expected: ['Percentage `een kwart` klopt niet: het percentage ernaast is 12%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een kolom verschillen zonder jaren in de kop',
      text: plan(['| Voorziening | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Bibliotheek | 4.000 | 4.400 | +10% |', '| Zwembad | 10.000 | 9.000 | -10% |', '| Museum | 2.000 | 2.600 | +20% |']),
      expected: ['Percentage `+20%` klopt niet: van 2.000 naar 2.600 is 30%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel van een eerder genoemde opgave',
      text: plan(['Er resteert een bouwopgave van 2.400 woningen.', '', 'In de kern Oost komen 480 woningen, dat is 25% van de bouwopgave.']),
      expected: ['Percentage `25%` klopt niet: 480 van 2.400 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een percentage in woorden',
      text: plan(['Van de 480 bomen langs de dijk zijn er 120 ziek, ruim dertig procent.']),
      expected: ['Percentage `ruim dertig procent` klopt niet: 120 van 480 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een percentage met het deel tussen haakjes',
      text: plan(['Ongeveer 15% van de 1.500 jongeren (180) sport niet.']),
      expected: ['Percentage `Ongeveer 15%` klopt niet: 180 van 1.500 is 12%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een aandeel in de zin erna die terugwijst, met het geheel opnieuw bij naam',
      text: plan(['Van de 360 parkeerplaatsen zijn er 54 voor vergunninghouders. Het gaat om ruim een kwart van alle plaatsen.']),
      expected: ['Percentage `ruim een kwart` klopt niet: 54 van 360 is 15%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een geheel na het aandeel, achter het woord dat het noemt',
      text: plan(['Met € 84.000 aan entreegelden betaalt het zwembad bijna een derde van zijn exploitatie van € 415.000 zelf.']),
      expected: ['Percentage `bijna een derde` klopt niet: € 84.000 van € 415.000 is 20,2%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een verschil en het eindniveau in verschillende eenheden',
      text: plan(['Vanaf 2028 verhogen we de bijdrage met 250 duizend euro tot € 2,1 miljoen, een stijging van 9 procent.']),
      expected: ['Percentage `9 procent` klopt niet: van 1.850.000 naar 2,1 miljoen is 13,5%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel met een aanvulling in de zin erna',
      text: plan(['Van de 46 dienstwagens rijden er 19 elektrisch. In 2027 vervangen we er nog eens 12, zodat ruim drie kwart elektrisch rijdt.']),
      expected: ['Percentage `ruim drie kwart` klopt niet: 19 + 12 = 31 van 46 is 67,4%; pas het percentage of de getallen aan']
    },
    {
      title: 'De rest van een bereik',
      text: plan(['Het bereik daalde naar 91 procent; daarmee mist één op de vijf kinderen het consultatiebureau.']),
      expected: ['Percentage `één op de vijf` klopt niet: de rest van 91% is 9%; pas het percentage of de getallen aan']
    },
    {
      title: 'Ongeveer een rond tiental voor wat op de vijf ertussen afrondt',
      text: plan(['Van de 920 lantaarnpalen is er 140 vervangen door led, ongeveer 20%.']),
      expected: ['Percentage `ongeveer 20%` klopt niet: 140 van 920 is 15,2%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel in een maat van alles wat eerder in die maat is geteld',
      text: plan(['In 2025 zamelden we 510 kg huishoudelijk afval per inwoner in. Het scheidingspercentage was 62 procent. Papier was met 70 kg per inwoner bijna een kwart van al het huishoudelijk afval.']),
      expected: ['Percentage `bijna een kwart` klopt niet: 70 kg van 510 kg is 13,7%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een veelvoud dat niet past bij het getal na `als`',
      text: plan(['In 2025 kwamen er 1.150 meldingen binnen, twee keer zo veel als de 780 in 2021.']),
      expected: ['Percentage `twee keer zo veel` klopt niet: van 780 naar 1.150 is 47,4%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een aandeel van twee bedragen samen',
      text: plan(['Het wijkfonds gaf € 84.000 aan speelplekken en € 56.000 aan buurthuizen, samen ruim een kwart van het fonds van € 700.000.']),
      expected: ['Percentage `ruim een kwart` klopt niet: € 84.000 + € 56.000 van € 700.000 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Getallen na een puntkomma, en de rest in de zin erna',
      text: plan(['Ruim 18 procent van de deelnemers vond een betaalde baan; 96 van de 610.', '', 'Van de 540 aanvragen werden er 135 afgewezen; de overige 70 procent niet.']),
      expected: [
        'Percentage `Ruim 18 procent` klopt niet: 96 van 610 is 15,7%; pas het percentage of de getallen aan',
        'Percentage `70 procent` klopt niet: 135 van 540 is 25%; pas het percentage of de getallen aan'
      ]
    },
    {
      title: 'Getallen na een dubbele punt die het aandeel met een ander woord uitschrijven',
      text: plan(['Uit de peiling blijkt dat 24 procent van de bewoners zich onveilig voelt: 118 van de 640 ondervraagden.']),
      expected: ['Percentage `24 procent` klopt niet: 118 van 640 is 18,4%; pas het percentage of de getallen aan']
    },
  ...tablesNotOk,
  ...groupsNotOk,
  ...rowsNotOk,
  ...countsNotOk,
  ...partsNotOk,
  ...spansNotOk,
  ...directionsNotOk,
  ...columnsNotOk,
  ...bareCountsNotOk,
  ...yearRowsNotOk,
  ...namedPartsNotOk,
  ...cellValuesNotOk,
  ...tableSumsNotOk,
  ...scaledChangesNotOk,
  ...subjectPartsNotOk,
  ...ownAccountNotOk,
  ...comparativesNotOk,
  ...placedPartsNotOk,
  ...pointedPairsNotOk,
  ...changeWordingsNotOk,
  ...factorNounsNotOk,
  ...levelChangesNotOk,
  ...yearRelativeNotOk
]
