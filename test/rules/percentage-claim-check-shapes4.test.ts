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
  ['2: in a table cell, right', ['# Vervoer', '', '| Vervoermiddel | Aandeel |', '|---|---|', '| Fiets | 67% (twee derde) |', '| Auto | 30% |']]
]
describeWordings(percentageClaimCheck, pairDefects, pairClean)

