import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4: causes that made a percentage go unread, each written in fresh words, numbers and places.

/*
 * (1) A year, a date, an age or an age range between the whole and its part, or a relative
 * clause with a comma (`Van de N … die in 2025 …, V er M`), also over several source lines.
 */
const betweenDefects: DefectWording[] = [
  ['1: a relative clause with a year', ['# Onderwijs', '', 'Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, ruim 20 procent.'], '`ruim 20 procent`'],
  ['1: an age range in a list item', ['# Sport', '', '- Van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300 mee aan het sportaanbod, een kwart.', '- Het aanbod loopt door.'], '`een kwart`'],
  ['1: an age with "of ouder"', ['# Wonen', '', 'Van de 2.200 inwoners van 65 jaar of ouder wonen er 550 alleen, dat is 28 procent.'], '`28 procent`'],
  ['1: a date in a relative clause', ['# Leegstand', '', 'Van de 380 woningen die op 1 januari 2025 leegstonden, zijn er 57 weer bewoond: 19%.'], '`19%`'],
  ['1: wrapped over three lines', ['# Parkeren', '', 'Van de 900 aanvragen voor een', 'parkeervergunning die we in 2025 ontvingen, zijn er 270', 'goedgekeurd, ruim 40%.'], '`ruim 40%`'],
  ['1: a year before the part, in a caption', ['# Re-integratie', '', '*Figuur 2: Van de 420 deelnemers rondden er in 2025 84 het traject af (25%).*'], '`25%`'],
  ['1: a "-plussers" age between', ['# Zorg', '', 'Van de 3.000 75-plussers in de gemeente krijgen er 450 thuiszorg, ongeveer 18 procent.'], '`ongeveer 18 procent`']
]
const betweenClean: CleanWording[] = [
  ['1: a relative clause with a year, right', ['# Onderwijs', '', 'Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, 15 procent.']],
  ['1: an age range, right', ['# Sport', '', '- Van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300 mee, een op de vijf.', '- Het aanbod loopt door.']],
  ['1: an age is no part', ['# Vrijwilligers', '', 'Van de 2.200 inwoners van 65 jaar of ouder doet 30% vrijwilligerswerk.']],
  ['1: a part before an age, right', ['# Jeugd', '', 'Van de 800 deelnemers waren er 120 jonger dan 18 jaar, 15 procent.']],
  ['1: a period between, right', ['# Bouwen', '', 'Van de 300 woningen in de periode 2026-2029 zijn er 90 sociale huur, 30 procent.']],
  ['1: a comma after the whole is no relative clause', ['# Wijken', '', 'Van de 12 wijken, met samen 3.400 inwoners, hebben er 5 een buurthuis; 60% van de inwoners woont daar.']],
  ['1: an age range is no change', ['# Inkomen', '', 'Van de 800 inwoners van 18 tot 25 jaar die we spraken, zegt 45% dat ze weinig geld hebben.']],
  ['1: a share of the sum of two parts', ['# Onderwijs', '', 'Van de 300 leerlingen die in 2025 slaagden, gingen er 120 naar het hbo en 90 naar het mbo, samen 70%.']],
  ['1: a date before the part, right', ['# Meldingen', '', 'Van de 450 meldingen kwamen er op 3 maart 2025 12 binnen via de app, bijna 3%.']]
]
describeWordings(percentageClaimCheck, betweenDefects, betweenClean)


/*
 * (2) A percentage and a fraction given as the same thing (`p %, ofwel 1 op de n`, `bijna een
 * derde (p %)`): the fraction must fit the percentage, without any other number.
 */
const pairDefects: DefectWording[] = [
  ['2: oftewel after the percentage', ['# Energie', '', 'Het aandeel huishoudens met een betalingsachterstand bij de energieleverancier is 12 procent, oftewel een kwart.'], '`een kwart`'],
  ['2: the percentage in parentheses after the fraction', ['# Economie', '', 'Ruim een derde (28%) van de ondernemers verwacht een tekort aan personeel.'], '`Ruim een derde`'],
  ['2: in a list item, with a noun between', ['# Mobiliteit', '', '- Bijna de helft van de bezoekers (38%) komt met de fiets', '- De rest komt met de auto'], '`Bijna de helft`'],
  ['2: in a table cell', ['# Vervoer', '', '| Vervoermiddel | Aandeel |', '|---|---|', '| Fiets | 58% (ruim twee derde) |', '| Auto | 30% |'], '`ruim twee derde`'],
  ['2: dat is after the percentage', ['# Duurzaamheid', '', 'Het aandeel huurwoningen met zonnepanelen is 18%, dat is een op de drie.'], '`een op de drie`']
]
const pairClean: CleanWording[] = [
  ['2: ongeveer een op de zeven', ['# Gezondheid', '', 'Het aandeel rokers onder volwassenen is 14%, ongeveer een op de zeven.']],
  ['2: ruim een derde, right', ['# Economie', '', 'Ruim een derde (35%) van de ondernemers verwacht groei.']],
  ['2: bijna de helft in a list, right', ['# Mobiliteit', '', '- Bijna de helft van de bezoekers (47%) komt lopend', '- De rest komt met de bus']],
  ['2: een kwart beside 25%', ['# Wonen', '', 'Het aandeel is 25%, een kwart, en lager dan in 2020 (30%).']],
  ['2: a fraction and a percentage of different things', ['# Scholen', '', 'Een derde van de scholen doet mee; 20% van de leerlingen krijgt een gezonde lunch.']],
  ['2: a paraphrase to the nearest third', ['# Gezinnen', '', 'Bij 30% (een op de drie) van de gezinnen is sprake van schulden.']],
  ['2: bijna twee derde for 62%', ['# Veiligheid', '', '- Van de ondervraagden vindt 62% (bijna twee derde) de buurt veilig', '- De rest niet']],
  ['2: in a table cell, right', ['# Vervoer', '', '| Vervoermiddel | Aandeel |', '|---|---|', '| Fiets | 67% (twee derde) |', '| Auto | 30% |']]
]
describeWordings(percentageClaimCheck, pairDefects, pairClean)


/*
 * (3) A column of changes after two year columns whose header does not name the years
 * (`Verschil`, `Ontwikkeling`, `+/-`): each row from the earlier to the later year column, when
 * most rows fit.
 */
const changeDefects: DefectWording[] = [
  ['3: Verschil', ['# Bezoek', '', '| Voorziening | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Bibliotheek | 4.000 | 4.400 | +10% |', '| Zwembad | 10.000 | 9.000 | -10% |', '| Museum | 2.000 | 2.600 | +20% |'], '`+20%`'],
  ['3: Ontwikkeling without a sign', ['# Meldingen', '', '| Soort | 2020 | 2024 | Ontwikkeling |', '|---|---|---|---|', '| Geluid | 300 | 240 | 20% |', '| Zwerfafval | 500 | 400 | 20% |', '| Parkeren | 150 | 180 | 25% |'], '`25%`'],
  ['3: +/- with the wrong sign', ['# Uitkeringen', '', '| Regeling | 2019 | 2023 | +/- |', '|---|---|---|---|', '| Bijstand | 1.000 | 900 | -10% |', '| Bijzondere bijstand | 400 | 500 | +25% |', '| Schuldhulp | 200 | 150 | +25% |'], '`+25%`'],
  ['3: Mutatie in procent, years with a unit', ['# Afval', '', '| Stroom | 2022 (ton) | 2025 (ton) | Mutatie (%) |', '|---|---|---|---|', '| Restafval | 8.000 | 6.000 | -25% |', '| Gft | 4.000 | 5.000 | +25% |', '| Papier | 2.000 | 1.800 | -20% |'], '`-20%`']
]
const changeClean: CleanWording[] = [
  ['3: Verschil, right', ['# Bezoek', '', '| Voorziening | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Bibliotheek | 4.000 | 4.400 | +10% |', '| Zwembad | 10.000 | 9.000 | -10% |', '| Museum | 2.000 | 2.600 | +30% |']],
  ['3: a difference with another area', ['# Gezondheid', '', '| Indicator | 2020 | 2024 | Verschil |', '|---|---|---|---|', '| Overgewicht | 48% | 50% | +3% |', '| Roken | 20% | 17% | -2% |', '| Alcohol | 8% | 9% | +4% |']],
  ['3: a difference in numbers', ['# Meldingen', '', '| Soort | 2021 | 2024 | Verschil |', '|---|---|---|---|', '| Geluid | 200 | 170 | -30 |', '| Afval | 40 | 46 | +6 |']],
  ['3: three year columns, the change over the last two', ['# Leden', '', '| Vereniging | 2020 | 2023 | 2024 | Verschil |', '|---|---|---|---|---|', '| Voetbal | 500 | 800 | 880 | +10% |', '| Tennis | 300 | 200 | 180 | -10% |', '| Hockey | 100 | 250 | 300 | +20% |']]
]
describeWordings(percentageClaimCheck, changeDefects, changeClean)


/*
 * (4) Share columns of the tables a finance chapter holds: a total row of 100%, or no total
 * row (the whole is the column's sum when most rows fit).
 */
const finance = (rows: string[]): string[] => ['# Financiën', '', '## Verdeling van de bijdrage', '', ...rows, '', 'Elke deelnemer betaalt naar rato.']
const tableDefects: DefectWording[] = [
  ['4: a finance table with a total row of 100%', finance(['| Deelnemer | Inwoners | Aandeel | 2026 | 2027 |', '|---|---|---|---|---|', '| Aadorp | 30.000 | 60% | 120 | 130 |', '| Beekveld | 12.000 | 24% | 48 | 52 |', '| Collum | 8.000 | 20% | 32 | 35 |', '| Totaal | 50.000 | 100% | 200 | 217 |']), '`20%`'],
  ['4: a finance table without a total row', finance(['| Partner | Leerlingen | Aandeel | Bijdrage |', '|---|---|---|---|', '| School A | 400 | 40% | 40.000 |', '| School B | 300 | 30% | 30.000 |', '| School C | 200 | 25% | 20.000 |', '| School D | 100 | 10% | 10.000 |']), '`25%`'],
  ['4: a prose table without a total row', ['# Bereik', '', '| Kern | Deelnemers | Aandeel |', '|---|---|---|', '| Oosterdorp | 250 | 50% |', '| Westerdorp | 150 | 30% |', '| Zuiderdorp | 100 | 25% |'], '`25%`']
]
const tableClean: CleanWording[] = [
  ['4: a finance table with a total row, right', finance(['| Deelnemer | Inwoners | Aandeel | 2026 | 2027 |', '|---|---|---|---|---|', '| Aadorp | 30.000 | 60% | 120 | 130 |', '| Beekveld | 12.000 | 24% | 48 | 52 |', '| Collum | 8.000 | 16% | 32 | 35 |', '| Totaal | 50.000 | 100% | 200 | 217 |'])],
  ['4: a finance table with rates within each row', finance(['| Regeling | Aanvragen | Toegekend | Slagingskans |', '|---|---|---|---|', '| Regeling A | 400 | 300 | 75% |', '| Regeling B | 200 | 100 | 50% |', '| Regeling C | 100 | 90 | 90% |'])],
  ['4: a finance table with an index rate', finance(['| Post | 2026 | 2027 | Indexatie |', '|---|---|---|---|', '| Personeel | 500 | 520 | 4% |', '| Huur | 200 | 204 | 2% |', '| Materiaal | 100 | 103 | 3% |'])]
]
describeWordings(percentageClaimCheck, tableDefects, tableClean)


/*
 * (5) The whole named earlier in the paragraph or the chapter, with the same unit or noun:
 * `samen 84 hectare` … `van de totale oppervlakte`, `een opgave van 2.400 woningen` … `van de
 * opgave`, `de totale kosten van € 2.000.000` … `van de totale kosten`, or the total row of a
 * table whose column names the noun.
 */
const wholeDefects: DefectWording[] = [
  ['5: an opgave named in the paragraph before', ['# Bouwen', '', 'Voor de komende vier jaar staat een bouwopgave van 2.400 woningen.', '', 'In de kern Oost komen 480 woningen, dat is 25% van de bouwopgave.'], '`25%`'],
  ['5: samen with a unit, then the total area', ['# Groen', '', 'De parken in de gemeente zijn samen 84 hectare groot.', '', 'Park West beslaat 21 hectare, ruim een derde van de totale oppervlakte.'], '`ruim een derde`'],
  ['5: the total costs named in the paragraph before', ['# Kosten', '', 'De totale kosten van het programma zijn € 4.000.000.', '', 'Het Rijk betaalt € 1.000.000, bijna 40 procent van de totale kosten.'], '`bijna 40 procent`'],
  ['5: the total row of a table whose column names the costs', ['# Gebouwen', '', '| Gebouw | Kosten per jaar |', '|---|---|', '| Sporthal | € 250.000 |', '| Bibliotheek | € 400.000 |', '| Theater | € 350.000 |', '| Totaal | € 1.000.000 |', '', 'De sporthal kost € 250.000 per jaar, bijna 40% van de totale kosten.'], '`bijna 40%`']
]
const wholeClean: CleanWording[] = [
  ['5: an opgave named before, right', ['# Bouwen', '', 'Voor de komende vier jaar staat een bouwopgave van 2.400 woningen.', '', 'In de kern Oost komen 480 woningen, dat is 20% van de bouwopgave.']],
  ['5: another unit than the total', ['# Groen', '', 'De parken in de gemeente zijn samen 84 hectare groot.', '', 'Er staan 2.100 bomen, ruim 20% van het totale bomenbestand.']],
  ['5: two amounts before the share', ['# Kosten', '', 'De totale kosten van het programma zijn € 2.000.000.', '', 'Het Rijk betaalt € 500.000 en de provincie € 300.000, samen 40% van de totale kosten.']],
  ['5: a share of their own opgave', ['# Bouwen', '', 'Er staat een opgave van 2.400 woningen.', '', 'De corporaties bouwen 300 woningen, 40% van hun eigen opgave.']],
  ['5: the table total, right', ['# Gebouwen', '', '| Gebouw | Kosten per jaar |', '|---|---|', '| Sporthal | € 250.000 |', '| Bibliotheek | € 400.000 |', '| Theater | € 350.000 |', '| Totaal | € 1.000.000 |', '', 'De sporthal kost € 250.000 per jaar, een kwart van de totale kosten.']],
  ['5: the total costs of something else', ['# Kosten', '', 'De totale kosten van het programma zijn € 2.000.000.', '', 'Het zwembad kost € 200.000 per jaar, bijna 30% van de totale kosten van de sport.']],
  ['5: a subset said together before', ['# Groen', '', 'De drie stadsparken zijn samen 30 hectare groot.', '', 'Park Oost beslaat 12 hectare, 40% van de drie stadsparken.']]
]
describeWordings(percentageClaimCheck, wholeDefects, wholeClean)

/*
 * (6) A bare round ten (`30%`) is rounded to fives at most: 26% said as `30%` is wrong, 27,5%
 * may be; with a word (`circa 30%`) it may lie further.
 */
const roundDefects: DefectWording[] = [
  ['6: a share said as a round ten', ['# Bereik', '', 'Van de 500 deelnemers kwamen er 130 uit het buitengebied, 30 procent.'], '`30 procent`'],
  ['6: in a list item', ['# Fiets', '', '- Van de 250 scholieren fietsen er 160 naar school: 70%', '- De rest komt lopend'], '`70%`'],
  ['6: a change said as a round ten', ['# Klachten', '', 'Het aantal klachten daalde van 400 naar 335, een daling van 20%.'], '`20%`']
]
const roundClean: CleanWording[] = [
  ['6: a round ten within a five', ['# Bereik', '', 'Van de 400 deelnemers kwamen er 112 uit het buitengebied, 30 procent.']],
  ['6: a change on the edge of a five', ['# Klachten', '', 'Het aantal klachten daalde van 400 naar 330, een daling van 20%.']],
  ['6: circa with a round ten', ['# Bereik', '', 'Van de 500 deelnemers kwamen er 130 uit het buitengebied, circa 30 procent.']]
]
describeWordings(percentageClaimCheck, roundDefects, roundClean)

/*
 * (7) A change whose numbers carry their year in parentheses or a date (`van 1.200 (2023) naar
 * 1.080 (2024)`, `van 400 op 1 januari 2024 naar 460 op 1 januari 2025`); a share column beside
 * amounts in euro; shares of one whole in a finance table that add up to more than 100%.
 */
const moreDefects: DefectWording[] = [
  ['7: years in parentheses', ['# Meldingen', '', 'Het aantal meldingen over overlast ging van 1.200 (2023) naar 1.080 (2024), een daling van 15%.'], '`15%`'],
  ['7: dates after the numbers', ['# Sport', '', '- Het ledental steeg van 400 op 1 januari 2024 naar 460 op 1 januari 2025, een groei van 20%', '- De rest volgt'], '`20%`'],
  ['7: a share column beside euro amounts', ['# Dekking', '', '| Partner | Bijdrage | Aandeel |', '|---|---|---|', '| Gemeente | € 300.000 | 50% |', '| Provincie | € 180.000 | 30% |', '| Fonds | € 120.000 | 25% |', '| Totaal | € 600.000 | 100% |'], '`25%`'],
  ['7: a distribution key in a finance table that does not fit its amounts', ['# Financiën', '', '## Verdeling over de partners', '', '| Partner | Verdeelsleutel | 2026 |', '|---|---|---|', '| Gemeente | 45% | 90 |', '| Corporatie | 35% | 70 |', '| Zorgkantoor | 30% | 40 |', '| Totaal | 100% | 200 |', '', 'Bedragen x € 1.000.'], '`30%`'],
  ['7: shares of one whole in a finance table over 100%', ['# Financiën', '', '## Verdeling over de partners', '', '| Partner | Verdeelsleutel | 2026 |', '|---|---|---|', '| Gemeente | 45% | 90 |', '| Corporatie | 35% | PM |', '| Zorgkantoor | 30% | 40 |', '| Totaal | 100% | PM |', '', 'Bedragen x € 1.000.'], '`110%`']
]
const moreClean: CleanWording[] = [
  ['7: years in parentheses, right', ['# Meldingen', '', 'Het aantal meldingen over overlast ging van 1.200 (2023) naar 1.080 (2024), een daling van 10%.']],
  ['7: a share column beside euro amounts, right', ['# Dekking', '', '| Partner | Bijdrage | Aandeel |', '|---|---|---|', '| Gemeente | € 300.000 | 50% |', '| Provincie | € 180.000 | 30% |', '| Fonds | € 120.000 | 20% |', '| Totaal | € 600.000 | 100% |']],
  ['7: shares of one whole in a finance table, right', ['# Financiën', '', '## Verdeling over de partners', '', '| Partner | Verdeelsleutel | 2026 |', '|---|---|---|', '| Gemeente | 45% | 90 |', '| Corporatie | 35% | 70 |', '| Zorgkantoor | 20% | 40 |', '| Totaal | 100% | 200 |', '', 'Bedragen x € 1.000.']]
]
describeWordings(percentageClaimCheck, moreDefects, moreClean)

/*
 * (8) A number with the one of an earlier year in parentheses (`850 (2023: 1.000)`), the change
 * said before or after it; (9) a table column headed `%` or `Aandeel (%)` whose cells are plain
 * numbers.
 */
const laterDefects: DefectWording[] = [
  ['8: the change before the numbers', ['# Overlast', '', 'Het aantal meldingen van jongerenoverlast daalde met 12% naar 850 (2023: 1.000).'], '`12%`'],
  ['8: the change after the numbers, in a list', ['# Werk', '', '- Uitkeringen: 1.380 (2022: 1.200), een stijging van 20%', '- Re-integratie: zie paragraaf 3'], '`20%`'],
  ['8: with a noun and a circa', ['# Afval', '', 'We zamelden 5.400 ton restafval in (2021: 6.000 ton), een afname van circa 15 procent.'], '`circa 15 procent`'],
  ['9: a column headed %', ['# Woningen', '', '| Wijk | Woningen | % |', '|---|---|---|', '| Noord | 400 | 40 |', '| Zuid | 350 | 35 |', '| Oost | 250 | 30 |', '| Totaal | 1.000 | 100 |'], '`30%`'],
  ['9: Aandeel (%) without a total row', ['# Leden', '', '| Club | Leden | Aandeel (%) |', '|---|---|---|', '| Voetbal | 600 | 60 |', '| Tennis | 250 | 25 |', '| Hockey | 150 | 20 |'], '`20%`'],
  ['9: a change column in procent', ['# Bezoek', '', '| Locatie | 2022 | 2025 | Verschil in procent |', '|---|---|---|---|', '| Bibliotheek | 1.000 | 1.100 | +10 |', '| Museum | 500 | 450 | -10 |', '| Theater | 800 | 1.000 | +20 |'], '`+20%`']
]
const laterClean: CleanWording[] = [
  ['8: the change before the numbers, right', ['# Overlast', '', 'Het aantal meldingen van jongerenoverlast daalde met 15% naar 850 (2023: 1.000).']],
  ['8: a number with an earlier one and a share of something else', ['# Werk', '', '- Uitkeringen: 1.380 (2022: 1.200); 40% van de ontvangers is ouder dan 50', '- Re-integratie: zie paragraaf 3']],
  ['8: a year with a page in parentheses', ['# Bronnen', '', 'Het rapport telt 120 pagina’s (2024: p. 45) en 30% gaat over jeugd.']],
  ['9: a column headed %, right', ['# Woningen', '', '| Wijk | Woningen | % |', '|---|---|---|', '| Noord | 400 | 40 |', '| Zuid | 350 | 35 |', '| Oost | 250 | 25 |', '| Totaal | 1.000 | 100 |']],
  ['9: a column headed % with rates of each row', ['# Wijken', '', '| Wijk | Inwoners | % 65-plus |', '|---|---|---|', '| Noord | 4.000 | 22 |', '| Zuid | 3.000 | 31 |', '| Oost | 2.000 | 17 |']],
  ['9: a column of counts headed Aantal', ['# Leden', '', '| Club | Leden | Aantal teams |', '|---|---|---|', '| Voetbal | 600 | 60 |', '| Tennis | 250 | 25 |', '| Hockey | 150 | 20 |']]
]
describeWordings(percentageClaimCheck, laterDefects, laterClean)
