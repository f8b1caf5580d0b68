import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5: every claim is a value with a tolerance, tried against every pair (or change) of the
// numbers of its sentence and the two before. Each cause in fresh words, numbers and places.

/*
 * (1) A share that points back over two sentences: the whole two sentences up, the part one up
 * (`N … . Daarvan … M … . Dat is …`), or the two numbers of a change in two sentences before it.
 */
const windowDefects: DefectWording[] = [
  ['1: a ratio in words two sentences after the whole', ['# Sport', '', 'De gemeente telt 3.600 leden van sportverenigingen. Daarvan zijn er 300 ouder dan zeventig. Dat is één op de acht leden.'], '`één op de acht`'],
  ['1: a decline said after two sentences with a number each', ['# Werk', '', 'In het najaar stonden 640 mensen ingeschreven.', 'Een jaar eerder waren dat er nog 700.', 'De daling van 15 procent is groter dan verwacht.'], '`15 procent`'],
  ['1: a complement in words after a part', ['# Loket', '', 'Het loket kreeg 1.800 vragen.', 'Daarvan werden er 1.440 direct beantwoord.', 'Drie op de tien vragen gingen dus door naar een specialist.'], '`Drie op de tien`'],
  ['1: in a list item under a lead with a colon', ['# Jeugd', '', 'In 2025 kregen 900 kinderen een vorm van ondersteuning. Twee aandachtspunten:', '', '- 90 van hen (10 procent) wachtten langer dan acht weken;', '- een op de drie (150 kinderen) kreeg hulp van twee aanbieders.'], '`een op de drie`']
]
const windowClean: CleanWording[] = [
  ['1: a ratio in words two sentences after the whole, right', ['# Sport', '', 'De gemeente telt 3.600 leden van sportverenigingen. Daarvan zijn er 450 ouder dan zeventig. Dat is één op de acht leden.']],
  ['1: a decline over two sentences, right', ['# Werk', '', 'In het najaar stonden 640 mensen ingeschreven.', 'Een jaar eerder waren dat er nog 800.', 'De daling van 20 procent is groter dan verwacht.']],
  ['1: a complement, right', ['# Loket', '', 'Het loket kreeg 1.800 vragen.', 'Daarvan werden er 1.260 direct beantwoord.', 'Drie op de tien vragen gingen dus door naar een specialist.']],
  ['1: a list item under a lead, right', ['# Jeugd', '', 'In 2025 kregen 900 kinderen een vorm van ondersteuning. Twee aandachtspunten:', '', '- 90 van hen (10 procent) wachtten langer dan acht weken;', '- een op de zes (150 kinderen) kreeg hulp van twee aanbieders.']],
  ['1: a share of a whole named elsewhere stays quiet', ['# Fondsen', '', 'Voor het fonds trekken we elk jaar € 40.000 uit, samen € 160.000.', 'Dat is ongeveer 3 procent van het totaal van de regelingen (zie hoofdstuk 5).']],
  ['1: a comparison with numbers named elsewhere', ['# Onderwijs', '', 'De gemeente telt 14 basisscholen met samen 3.900 leerlingen. Op 9 scholen is meer dan 20 procent van de leerlingen doelgroepleerling. Dat is een derde meer dan landelijk.']],
  ['1: a new paragraph starts anew', ['# Werk', '', 'In het najaar stonden 640 mensen ingeschreven.', '', 'Een jaar eerder waren dat er 700.', '', 'De daling van 15 procent in het land is groter.']]
]
describeWordings(percentageClaimCheck, windowDefects, windowClean)

/*
 * (2) A share "van alle <zelfstandig naamwoord>" whose noun is the whole counted just before
 * (`N huishoudens … M … Dat is een achtste van alle huishoudens`), also as part of a compound.
 */
const nounDefects: DefectWording[] = [
  ['2: the whole named again after "Dat is"', ['# Armoede', '', 'De gemeente telde begin 2025 24.600 huishoudens. Daarvan leefden er 2.460 van een inkomen tot 110 procent van het minimum. Dat is ruim een achtste van alle huishoudens.'], '`ruim een achtste`'],
  ['2: "van de" with the same noun', ['# Jeugd', '', 'In het voorjaar vulden 2.000 scholieren de vragenlijst in. Van hen sportten er 600 minder dan een uur per week. Dat is bijna een kwart van de scholieren.'], '`bijna een kwart`'],
  ['2: a compound of the whole\'s noun', ['# Groen', '', 'Bij de schouw voldeed 45 kilometer van de 150 kilometer fietspad niet aan de norm. Dat is ruim een derde van het fietspadennet.'], '`ruim een derde`']
]
const nounClean: CleanWording[] = [
  ['2: the whole named again, right', ['# Armoede', '', 'De gemeente telde begin 2025 24.600 huishoudens. Daarvan leefden er 3.200 van een inkomen tot 110 procent van het minimum. Dat is ruim een achtste van alle huishoudens.']],
  ['2: another group after "Dat is"', ['# Jeugd', '', 'In het voorjaar vulden 2.000 scholieren de vragenlijst in. Van hen sportten er 600 minder dan een uur per week. Dat is een kwart van de jongeren in de gemeente.']],
  ['2: a compound, right', ['# Groen', '', 'Bij de schouw voldeed 45 kilometer van de 150 kilometer fietspad niet aan de norm. Dat is 30 procent van het fietspadennet.']]
]
describeWordings(percentageClaimCheck, nounDefects, nounClean)

/*
 * (3) A change said as a share and a comparative: `een derde minder`, `ruim de helft meer`,
 * `40 procent meer`, in one sentence or over two.
 */
const changeDefects: DefectWording[] = [
  ['3: a fraction less', ['# Wachttijden', '', 'We brengen het aantal wachtenden terug van 120 nu naar 100 in 2029, een derde minder.'], '`een derde`'],
  ['3: a fraction more', ['# Werk', '', 'Het aantal leerbanen moet groeien van 300 naar 360 per jaar, ruim de helft meer.'], '`ruim de helft`'],
  ['3: a percentage more over two sentences', ['# Voorschool', '', 'Kinderen met een indicatie krijgen nu 500 uur begeleiding per jaar.', 'Met de nieuwe norm van 800 uur krijgen zij 50 procent meer.'], '`50 procent`'],
  ['3: a percentage lower in a list item', ['# Energie', '', '- Het verbruik van het gemeentehuis ging van 900 MWh naar 720 MWh: 30% lager.', '- Het zwembad volgt in 2027.'], '`30%`']
]
const changeClean: CleanWording[] = [
  ['3: a fraction less, right', ['# Wachttijden', '', 'We brengen het aantal wachtenden terug van 120 nu naar 80 in 2029, een derde minder.']],
  ['3: a fraction more, right', ['# Werk', '', 'Het aantal leerbanen moet groeien van 300 naar 460 per jaar, ruim de helft meer.']],
  ['3: a percentage more over two sentences, right', ['# Voorschool', '', 'Kinderen met een indicatie krijgen nu 500 uur begeleiding per jaar.', 'Met de nieuwe norm van 750 uur krijgen zij 50 procent meer.']],
  ['3: a percentage lower in a list item, right', ['# Energie', '', '- Het verbruik van het gemeentehuis ging van 900 MWh naar 720 MWh: 20% lager.', '- Het zwembad volgt in 2027.']],
  ['3: more than another group', ['# Sport', '', 'In de wijk sporten 400 kinderen.', 'Dat is 20 procent meer dan in de buurgemeente.']]
]
describeWordings(percentageClaimCheck, changeDefects, changeClean)

/*
 * (4) A fraction that restates a percentage after a colon or an adverb and with a noun after it
 * (`15 procent: nog altijd één op de vier volwassenen`).
 */
const restateDefects: DefectWording[] = [
  ['4: after a colon and an adverb', ['# Gezondheid', '', 'Het aandeel inwoners met overgewicht steeg naar 40 procent: inmiddels een op de vier volwassenen.'], '`een op de vier`'],
  ['4: after a colon with a noun', ['# Jeugd', '', 'Het aandeel jongeren dat dagelijks sport daalde naar 20%: nog steeds een op de drie jongeren.'], '`een op de drie`'],
  ['4: after a comma with "nog altijd"', ['# Wonen', '', 'Van de huurders betaalt 12 procent, nog altijd een kwart van alle huurders, te veel huur.'], '`een kwart`']
]
const restateClean: CleanWording[] = [
  ['4: after a colon, right', ['# Gezondheid', '', 'Het aandeel inwoners met overgewicht steeg naar 40 procent: inmiddels twee op de vijf volwassenen.']],
  ['4: a change after a colon is no restatement', ['# Jeugd', '', 'Het aandeel jongeren dat dagelijks sport daalde naar 20%: een derde minder dan in 2015.']],
  ['4: after a comma with a noun, right', ['# Wonen', '', 'Van de huurders betaalt 12 procent, nog altijd een op de acht huurders, te veel huur.']]
]
describeWordings(percentageClaimCheck, restateDefects, restateClean)

/*
 * (5) A change with a noun or a time word between its numbers (`van 34 leerlingen in 2024 naar
 * 52`, `van 96 nu naar 80`), and a factor with `bijna` after the verb.
 */
const wordsDefects: DefectWording[] = [
  ['5: a noun after the first number', ['# Instroom', '', 'Het aantal nieuwkomers steeg van 40 leerlingen in 2023 naar 52 in 2025, een groei van 20 procent.'], '`20 procent`'],
  ['5: "bijna" after the factor', ['# Instroom', '', 'De instroom in de taalklas verdubbelde bijna: van 30 leerlingen in 2024 naar 44 in 2025.'], 'verdubbelde bijna'],
  ['5: "nu" after the first number', ['# Schulden', '', 'We verlagen de wachttijd van 60 dagen nu naar 45 dagen in 2027, een daling van 20%.'], '`20%`']
]
const wordsClean: CleanWording[] = [
  ['5: a noun after the first number, right', ['# Instroom', '', 'Het aantal nieuwkomers steeg van 40 leerlingen in 2023 naar 52 in 2025, een groei van 30 procent.']],
  ['5: "bijna" after the factor, right', ['# Instroom', '', 'De instroom in de taalklas verdubbelde bijna: van 30 leerlingen in 2024 naar 56 in 2025.']],
  ['5: opening hours are no change', ['# Bibliotheek', '', 'De bibliotheek is open van 9 uur tot 17 uur; 60% van de bezoekers komt in de middag.']]
]
describeWordings(percentageClaimCheck, wordsDefects, wordsClean)

/*
 * (6) A number that names a group, a class or a phase (`groep 8`, `klas 3`, `fase 2`) is no part.
 */
const labelDefects: DefectWording[] = [
  ['6: a group number before the part', ['# Onderwijs', '', 'Van de 400 leerlingen in groep 8 kregen er 100 een havo-advies (30 procent).'], '`30 procent`'],
  ['6: a class number before the part', ['# Onderwijs', '', 'Van de 250 leerlingen uit klas 3 deden er 50 mee aan de stage, ruim een kwart.'], '`ruim een kwart`'],
  ['6: a phase number before the part', ['# Wonen', '', 'Van de 180 woningen in fase 2 zijn er 45 sociale huur, een derde.'], '`een derde`']
]
const labelClean: CleanWording[] = [
  ['6: a group number, right', ['# Onderwijs', '', 'Van de 400 leerlingen in groep 8 kregen er 120 een havo-advies (30 procent).']],
  ['6: a class number, right', ['# Onderwijs', '', 'Van de 250 leerlingen uit klas 3 deden er 70 mee aan de stage, ruim een kwart.']],
  ['6: a phase number, right', ['# Wonen', '', 'Van de 180 woningen in fase 2 zijn er 60 sociale huur, een derde.']]
]
describeWordings(percentageClaimCheck, labelDefects, labelClean)

/*
 * (7) List items that each give a count and its percentage of the list (`hoog: 148 leerlingen
 * (33%)`): the whole is their sum when most items fit it.
 */
const listDefects: DefectWording[] = [
  ['7: one item off', ['# Doelgroep', '', 'De deelnemers zijn naar leeftijd ingedeeld:', '', '- jonger dan 30: 120 deelnemers (30%);', '- 30 tot 50: 200 deelnemers (50%);', '- 50 en ouder: 80 deelnemers (25%).'], '`25%`'],
  ['7: one item off, with labels in words', ['# Meldingen', '', '- Afval: 450 meldingen (45 procent)', '- Verlichting: 250 meldingen (25 procent)', '- Groen: 300 meldingen (35 procent)'], '`35 procent`'],
  ['7: one item off, four items', ['# Woningen', '', 'Naar energielabel:', '', '- A of beter: 600 woningen (40%)', '- B of C: 450 woningen (30%)', '- D of E: 300 woningen (20%)', '- F of G: 150 woningen (15%)'], '`15%`']
]
const listClean: CleanWording[] = [
  ['7: items that fit', ['# Doelgroep', '', 'De deelnemers zijn naar leeftijd ingedeeld:', '', '- jonger dan 30: 120 deelnemers (30%);', '- 30 tot 50: 200 deelnemers (50%);', '- 50 en ouder: 80 deelnemers (20%).']],
  ['7: shares of another whole each', ['# Scholen', '', '- De Wilg: 120 leerlingen (25% doelgroep)', '- De Eik: 300 leerlingen (10% doelgroep)', '- De Beuk: 200 leerlingen (40% doelgroep)']],
  ['7: changes per item', ['# Meldingen', '', '- Afval: 450 meldingen (+12%)', '- Verlichting: 250 meldingen (-5%)', '- Groen: 300 meldingen (+8%)']]
]
describeWordings(percentageClaimCheck, listDefects, listClean)

/*
 * (8) A change of a percentage said in `procent` or `%` is relative; the difference is in
 * `procentpunt` (`van 46 naar 41 procent` is 5 procentpunt, 10,9 procent).
 */
const pointsDefects: DefectWording[] = [
  ['8: points written as percent', ['# Eenzaamheid', '', 'Het aandeel inwoners dat zich eenzaam voelt daalde van 50 naar 45 procent, een daling van 5 procent.'], '`5 procent`'],
  ['8: points written with a sign', ['# Sport', '', '- Sportdeelname volwassenen: van 52% naar 56%, +4%', '- Sportdeelname jeugd: gelijk'], '`4%` klopt niet: van 52% naar 56% is 7,7%'],
  ['8: points written as percent after two years', ['# Werk', '', 'De arbeidsdeelname steeg tussen 2021 en 2025 van 64 naar 68 procent: een stijging van 4 procent.'], '`4 procent`']
]
const pointsClean: CleanWording[] = [
  ['8: points written as procentpunt', ['# Eenzaamheid', '', 'Het aandeel inwoners dat zich eenzaam voelt daalde van 50 naar 45 procent, een daling van 5 procentpunt.']],
  ['8: a relative change of a percentage', ['# Sport', '', '- Sportdeelname volwassenen: van 50% naar 55%, 10% meer', '- Sportdeelname jeugd: gelijk']],
  ['8: both said', ['# Werk', '', 'De arbeidsdeelname steeg tussen 2021 en 2025 van 64 naar 68 procent: 4 procentpunt, ruim 6 procent.']]
]
describeWordings(percentageClaimCheck, pointsDefects, pointsClean)

/*
 * (9) Year columns with a noun before the year (`Leden 2023`, `Leden 2025`) are a series: a change
 * column without years (`Groei`) is checked between them, not against another noun's year column.
 */
const seriesDefects: DefectWording[] = [
  ['9: a growth column beside two named year columns', ['# Verenigingen', '', '| Vereniging | Leden 2023 | Leden 2025 | Groei |', '|---|---|---|---|', '| Voetbal | 400 | 440 | +10% |', '| Tennis | 200 | 210 | +5% |', '| Hockey | 300 | 360 | +12% |'], '`+12%`'],
  ['9: a change column with another series after it', ['# Scholen', '', '| School | Leerlingen 2022 | Leerlingen 2025 | Verschil | Nieuwkomers 2025 |', '|---|---|---|---|---|', '| De Esch | 250 | 275 | +10% | 12 |', '| De Horst | 400 | 380 | −5% | 30 |', '| Het Veld | 150 | 180 | +25% | 9 |'], '`+25%`'],
  ['9: a decline column', ['# Meldingen', '', '| Wijk | Meldingen 2021 | Meldingen 2024 | Mutatie |', '|---|---|---|---|', '| Noord | 500 | 450 | −10% |', '| Zuid | 800 | 600 | −25% |', '| West | 200 | 170 | −20% |'], '`−20%`']
]
const seriesClean: CleanWording[] = [
  ['9: a growth column that fits', ['# Verenigingen', '', '| Vereniging | Leden 2023 | Leden 2025 | Groei |', '|---|---|---|---|', '| Voetbal | 400 | 440 | +10% |', '| Tennis | 200 | 210 | +5% |', '| Hockey | 300 | 360 | +20% |']],
  ['9: a change column of the other series', ['# Scholen', '', '| School | Leerlingen 2022 | Leerlingen 2025 | Verschil | Nieuwkomers 2025 |', '|---|---|---|---|---|', '| De Esch | 250 | 275 | +10% | 12 |', '| De Horst | 400 | 380 | −5% | 30 |', '| Het Veld | 150 | 180 | +20% | 9 |']],
  ['9: a column of another measure', ['# Meldingen', '', '| Wijk | Meldingen 2021 | Meldingen 2024 | Opgelost |', '|---|---|---|---|', '| Noord | 500 | 450 | 70% |', '| Zuid | 800 | 600 | 82% |', '| West | 200 | 170 | 64% |']]
]
describeWordings(percentageClaimCheck, seriesDefects, seriesClean)

/*
 * (10) A sentence that quotes one row's count of a table with a total row and calls it a share
 * `van alle <kolomkop>` (`Met 4.100 leden is ruim de helft van alle leden …`): that row of the total.
 */
const quotedRowTable = ['| Club | Leden | Aandeel |', '|---|---|---|', '| Voetbal | 4.100 | 41% |', '| Tennis | 2.900 | 29% |', '| Zwemmen | 3.000 | 30% |', '| Totaal | 10.000 | 100% |', '']
const quotedRowDefects: DefectWording[] = [
  ['10: a quoted count called more than half', ['# Sport', '', ...quotedRowTable, 'Voetbal blijft de grootste sport. Met 4.100 leden zit ruim de helft van alle leden bij een voetbalclub.'], '`ruim de helft`'],
  ['10: a quoted count called a quarter', ['# Sport', '', ...quotedRowTable, 'De zwemclubs tellen 3.000 leden, een kwart van alle leden.'], '`een kwart`'],
  ['10: a quoted count with a percentage', ['# Sport', '', ...quotedRowTable, 'Tennis volgt met 2.900 leden, 35 procent van de leden.'], '`35 procent`']
]
const quotedRowClean: CleanWording[] = [
  ['10: a quoted count, right', ['# Sport', '', ...quotedRowTable, 'Voetbal blijft de grootste sport. Met 4.100 leden zit ruim 40 procent van alle leden bij een voetbalclub.']],
  ['10: a count not in the table', ['# Sport', '', ...quotedRowTable, 'De korfbalclub telt 300 leden, de helft van alle leden in de kern.']],
  ['10: a quoted count of another year', ['# Sport', '', ...quotedRowTable, 'In 2019 telde tennis 2.900 leden, een derde van alle leden.']]
]
describeWordings(percentageClaimCheck, quotedRowDefects, quotedRowClean)

/*
 * (11) A change named by its noun (`de groei`, `de daling`) in a paragraph with one number reaches
 * for the other in the paragraph before ("In 2019 waren het er nog N; de groei sindsdien is …").
 */
const reachDefects: DefectWording[] = [
  ['11: growth since an earlier year', ['# Bevolking', '', 'Op 1 januari 2026 telde de gemeente 31.500 inwoners.', '', 'In 2019 woonden er nog 30.000 mensen; de groei sindsdien bedraagt 9 procent.'], '`9 procent`'],
  ['11: a decline since an earlier year', ['# Werk', '', 'Eind 2025 hadden 420 inwoners een uitkering.', '', 'Vijf jaar eerder waren dat er nog 600. De daling komt neer op 20%.'], '`20%`'],
  ['11: growth in a list item', ['# Wonen', '', 'De voorraad telt nu 12.600 woningen.', '', '- In 2015 waren het er 12.000; de groei is sindsdien 8 procent.'], '`8 procent`']
]
const reachClean: CleanWording[] = [
  ['11: growth since an earlier year, right', ['# Bevolking', '', 'Op 1 januari 2026 telde de gemeente 31.500 inwoners.', '', 'In 2019 woonden er nog 30.000 mensen; de groei sindsdien bedraagt 5 procent.']],
  ['11: a decline, right', ['# Werk', '', 'Eind 2025 hadden 420 inwoners een uitkering.', '', 'Vijf jaar eerder waren dat er nog 600. De daling komt neer op 30%.']],
  ['11: a share that names no change', ['# Wonen', '', 'De voorraad telt nu 12.600 woningen.', '', 'Daarvan zijn er 3.000 huurwoningen. Dat is 40 procent van de huurvoorraad in de regio.']]
]
describeWordings(percentageClaimCheck, reachDefects, reachClean)

/*
 * (12) Approximate words inside a fraction (`een ruime helft`, `een krappe helft`), `bijna een
 * verdubbeling`, and a fraction after a verb of change with `met` (`daalde met een kwart`).
 */
const looseDefects: DefectWording[] = [
  ['12: a "ruime helft" that is less', ['# Participatie', '', 'Van de 900 huishoudens deden er 420 mee, een ruime helft.'], '`een ruime helft`'],
  ['12: a "krappe helft" that is more', ['# Participatie', '', '- Van de 600 jongeren deden er 320 mee, een krappe helft.', '- De rest kreeg een brief.'], '`een krappe helft`'],
  ['12: "bijna een verdubbeling" of half as much', ['# Deelname', '', 'Het aantal vrijwilligers ging van 200 naar 290, bijna een verdubbeling.'], 'bijna een verdubbeling'],
  ['12: a fraction after "daalde met"', ['# Onderwijs', '', 'Het aantal leerlingen daalde met een kwart, van 480 naar 400.'], '`een kwart`'],
  ['12: a fraction after "nam met … toe"', ['# Wonen', '', 'Het aantal woningen nam met een kwart toe, van 300 naar 400.'], '`een kwart`']
]
const looseClean: CleanWording[] = [
  ['12: a "ruime helft", right', ['# Participatie', '', 'Van de 900 huishoudens deden er 500 mee, een ruime helft.']],
  ['12: a "krappe helft", right', ['# Participatie', '', '- Van de 600 jongeren deden er 280 mee, een krappe helft.', '- De rest kreeg een brief.']],
  ['12: "bijna een verdubbeling", right', ['# Deelname', '', 'Het aantal vrijwilligers ging van 200 naar 380, bijna een verdubbeling.']],
  ['12: a fraction after "daalde met", right', ['# Onderwijs', '', 'Het aantal leerlingen daalde met een zesde, van 480 naar 400.']],
  ['12: a fraction after "nam met … toe", right', ['# Wonen', '', 'Het aantal woningen nam met een derde toe, van 300 naar 400.']]
]
describeWordings(percentageClaimCheck, looseDefects, looseClean)

/*
 * (13) A number set against the one of another year (`360, tegen 480 in 2020`) is a change from
 * the earlier year; a part in parentheses at the end of the share's clause (`30 procent
 * afgewezen (300)`) is the share's part.
 */
const againstDefects: DefectWording[] = [
  ['13: "tegen" an earlier year', ['# Onderwijs', '', 'In 2025 telden de scholen 360 leerlingen, tegen 480 in 2020: een daling van 20%.'], '`20%`'],
  ['13: "tegenover" an earlier year, in a list', ['# Zorg', '', '- Wmo-cliënten: 1.240, tegenover 1.180 in 2023, ruim 8 procent meer', '- Jeugd: gelijk'], '`ruim 8 procent`'],
  ['13: a part in parentheses after the verb', ['# Vergunningen', '', 'Van de 1.200 aanvragen werd 30 procent afgewezen (300).'], '`30 procent`']
]
const againstClean: CleanWording[] = [
  ['13: "tegen" an earlier year, right', ['# Onderwijs', '', 'In 2025 telden de scholen 360 leerlingen, tegen 480 in 2020: een daling van 25%.']],
  ['13: "tegenover" an earlier year, right', ['# Zorg', '', '- Wmo-cliënten: 1.240, tegenover 1.180 in 2023, ruim 5 procent meer', '- Jeugd: gelijk']],
  ['13: a part in parentheses, right', ['# Vergunningen', '', 'Van de 1.200 aanvragen werd 25 procent afgewezen (300).']]
]
describeWordings(percentageClaimCheck, againstDefects, againstClean)

/*
 * (14) A percentage whose count opens the next sentence (`… 45 procent tevreden. Dat zijn 960
 * inwoners.`): that count of the one whole of the percentage's sentence.
 */
const nextDefects: DefectWording[] = [
  ['14: the count in the next sentence', ['# Tevredenheid', '', 'Van de 2.400 inwoners die de enquête invulden, gaf 45% aan tevreden te zijn. Dat zijn 960 inwoners.'], '`45%`'],
  ['14: "het gaat om" in the next sentence', ['# Armoede', '', 'Van de 8.000 huishoudens in de gemeente leeft 12 procent in armoede. Het gaat om ruim 1.200 huishoudens.'], '`12 procent`'],
  ['14: in a caption-like line', ['# Vervoer', '', '*Van de 600 ritten van de buurtbus was 30% te laat. Dit betreft 120 ritten.*'], '`30%`']
]
const nextClean: CleanWording[] = [
  ['14: the count in the next sentence, right', ['# Tevredenheid', '', 'Van de 2.400 inwoners die de enquête invulden, gaf 40% aan tevreden te zijn. Dat zijn 960 inwoners.']],
  ['14: a count of another group', ['# Armoede', '', 'Van de 8.000 huishoudens in de gemeente leeft 12 procent in armoede. Het zijn vooral gezinnen met kinderen.']],
  ['14: a change is no share of the next count', ['# Sport', '', 'In 2025 deden 300 kinderen mee aan het sportkamp, 50% meer. Het gaat om 120 nieuwe deelnemers.']],
  ['14: a new paragraph', ['# Vervoer', '', 'Van de 600 ritten van de buurtbus was 30% te laat.', '', 'Dit betreft 120 ritten op zaterdag en 60 op zondag, die we apart bekijken.']]
]
describeWordings(percentageClaimCheck, nextDefects, nextClean)

/*
 * (15) `daarvan` inside one sentence with its whole (`420 verenigingen en 36 daarvan`): the pair of
 * that sentence.
 */
const insideDefects: DefectWording[] = [
  ['15: "en N daarvan" in one sentence', ['# Sport', '', 'Er zijn 420 sportverenigingen en 36 daarvan hebben een eigen kantine, ruim een tiende.'], '`ruim een tiende`'],
  ['15: "waarvan" with a percentage', ['# Zorg', '', '- Er wonen 2.600 mantelzorgers in de gemeente en 520 daarvan zijn jonger dan 25, bijna 25%.', '- Ondersteuning volgt.'], '`bijna 25%`'],
  ['15: "daarvan" in a caption', ['# Groen', '', '*Figuur 3. De gemeente beheert 1.800 bomen; 270 daarvan zijn essen, een op de vijf.*'], '`een op de vijf`']
]
const insideClean: CleanWording[] = [
  ['15: "en N daarvan", right', ['# Sport', '', 'Er zijn 420 sportverenigingen en 48 daarvan hebben een eigen kantine, ruim een tiende.']],
  ['15: "waarvan" with a percentage, right', ['# Zorg', '', '- Er wonen 2.600 mantelzorgers in de gemeente en 520 daarvan zijn jonger dan 25, 20%.', '- Ondersteuning volgt.']],
  ['15: "daarvan" in a caption, right', ['# Groen', '', '*Figuur 3. De gemeente beheert 1.800 bomen; 270 daarvan zijn essen, 15 procent.*']]
]
describeWordings(percentageClaimCheck, insideDefects, insideClean)

/*
 * (16) A list item with one count and a share, under a lead with a colon that names the whole
 * (`In 2025 gebruikten 2.000 inwoners de regeling:` / `- 800 voor school, 45 procent`).
 */
const leadLines = ['# Meedoen', '', 'In 2025 maakten 2.000 inwoners gebruik van de meedoenregeling:', '']
const itemDefects: DefectWording[] = [
  ['16: the last of four items off', [...leadLines, '- 500 inwoners kregen een bijdrage voor sport, een kwart;', '- 700 inwoners voor cultuur, 35 procent;', '- 100 inwoners voor zwemles, 5 procent;', '- 800 inwoners voor schoolkosten, 45 procent.'], '`45 procent`'],
  ['16: a fraction item off', [...leadLines, '- 500 inwoners kregen een bijdrage voor sport, een derde;', '- 700 inwoners voor cultuur, 35 procent.'], '`een derde`'],
  ['16: a numbered list', ['# Wonen', '', 'Er staan 3.000 woningen op de lijst voor verduurzaming:', '', '1. 1.200 woningen krijgen isolatie, ruim 45 procent;', '2. 900 woningen krijgen zonnepanelen, 30 procent.'], '`ruim 45 procent`']
]
const itemClean: CleanWording[] = [
  ['16: items that fit', [...leadLines, '- 500 inwoners kregen een bijdrage voor sport, een kwart;', '- 700 inwoners voor cultuur, 35 procent;', '- 100 inwoners voor zwemles, 5 procent;', '- 800 inwoners voor schoolkosten, 40 procent.']],
  ['16: shares of each item\'s own number', ['# Wonen', '', 'De nieuwbouw van 1.200 woningen verdelen we over drie kernen:', '', '- Noord: 500 woningen, waarvan 40% sociale huur;', '- Zuid: 400 woningen, waarvan 30% sociale huur;', '- Oost: 300 woningen, waarvan een kwart sociale huur.']],
  ['16: items of another whole', [...leadLines, '- 30 procent van de deelnemers is jonger dan 18;', '- 45 procent van de aanvragen kwam via school.']]
]
describeWordings(percentageClaimCheck, itemDefects, itemClean)

/*
 * (17) The table form of (7): cells that give a count and its share (`| Hoog | 148 (33%) |`),
 * judged against the column's total row or else the sum of the column.
 */
const cellDefects: DefectWording[] = [
  ['17: a cell off against the total row', ['# Doelgroep', '', '| Leeftijd | Deelnemers |', '|---|---|', '| Tot 30 | 120 (30%) |', '| 30 tot 50 | 200 (50%) |', '| 50 en ouder | 80 (25%) |', '| Totaal | 400 |'], '`25%`'],
  ['17: a cell off without a total row', ['# Meldingen', '', '| Soort | Meldingen 2025 |', '|---|---|', '| Afval | 450 (45 procent) |', '| Verlichting | 250 (25 procent) |', '| Groen | 300 (35 procent) |'], '`35 procent`'],
  ['17: amounts with their share', ['# Budget', '', '| Onderdeel | Budget |', '|---|---|', '| Preventie | € 300.000 (30%) |', '| Wijkteams | € 500.000 (50%) |', '| Schulden | € 200.000 (25%) |', '| Totaal | € 1.000.000 |'], '`25%`']
]
const cellClean: CleanWording[] = [
  ['17: cells that fit', ['# Doelgroep', '', '| Leeftijd | Deelnemers |', '|---|---|', '| Tot 30 | 120 (30%) |', '| 30 tot 50 | 200 (50%) |', '| 50 en ouder | 80 (20%) |', '| Totaal | 400 |']],
  ['17: changes in parentheses', ['# Meldingen', '', '| Soort | Meldingen 2025 |', '|---|---|', '| Afval | 450 (+12%) |', '| Verlichting | 250 (-5%) |', '| Groen | 300 (+8%) |']],
  ['17: shares of each row\'s own whole', ['# Scholen', '', '| School | Doelgroepleerlingen |', '|---|---|', '| De Wilg | 30 (25%) |', '| De Eik | 30 (10%) |', '| De Beuk | 80 (40%) |']]
]
describeWordings(percentageClaimCheck, cellDefects, cellClean)

/*
 * (18) A percentage restated in words between commas (`Ruim een kwart van de jongeren, 21
 * procent, …`), after `en is daarmee`, or in the next sentence that only restates (`…; dat is één
 * op de drie.`).
 */
const restate2Defects: DefectWording[] = [
  ['18: words then the percentage between commas', ['# Leefstijl', '', 'Ruim een kwart van de scholieren, 21 procent, drinkt wekelijks alcohol.'], '`Ruim een kwart`'],
  ['18: "en is daarmee"', ['# Wonen', '', 'Het aandeel huurwoningen steeg naar 38 procent en is daarmee bijna de helft.'], '`bijna de helft`'],
  ['18: the next sentence restates', ['# Eenzaamheid', '', 'Van de ouderen voelt 40 procent zich eenzaam; dat is één op de drie.'], '`één op de drie`']
]
const restate2Clean: CleanWording[] = [
  ['18: between commas, right', ['# Leefstijl', '', 'Ruim een kwart van de scholieren, 28 procent, drinkt wekelijks alcohol.']],
  ['18: "en is daarmee", right', ['# Wonen', '', 'Het aandeel huurwoningen steeg naar 48 procent en is daarmee bijna de helft.']],
  ['18: the next sentence with a count is no restatement', ['# Eenzaamheid', '', 'Van de 900 ouderen voelt 40 procent zich eenzaam; dat is één op de drie in de wijk Oost.']]
]
describeWordings(percentageClaimCheck, restate2Defects, restate2Clean)

/*
 * (19) Two years with a percentage each, in one sentence or two, and the change after them in
 * points or in percent.
 */
const pointYearsDefects: DefectWording[] = [
  ['19: points off after two sentences', ['# Leefstijl', '', 'In 2020 sportte 48 procent van de inwoners wekelijks. In 2024 was dat 52 procent, een stijging van 6 procentpunt.'], '`6 procentpunt`'],
  ['19: points written as percent', ['# Leefstijl', '', 'In 2020 rookte 18 procent van de volwassenen; in 2024 nog 15 procent. Dat is een daling van 3 procent.'], '`3 procent`'],
  ['19: a relative change off', ['# Inkomen', '', 'In 2021 had 10% van de huishoudens een laag inkomen, in 2025 was dat 12%: een stijging van 12 procent.'], '`12 procent`']
]
const pointYearsClean: CleanWording[] = [
  ['19: points, right', ['# Leefstijl', '', 'In 2020 sportte 48 procent van de inwoners wekelijks. In 2024 was dat 52 procent, een stijging van 4 procentpunt.']],
  ['19: points after a restating sentence, right', ['# Leefstijl', '', 'In 2020 rookte 18 procent van de volwassenen; in 2024 nog 15 procent. Dat is een daling van 3 procentpunt.']],
  ['19: a relative change, right', ['# Inkomen', '', 'In 2021 had 10% van de huishoudens een laag inkomen, in 2025 was dat 12%: een stijging van 20 procent.']]
]
describeWordings(percentageClaimCheck, pointYearsDefects, pointYearsClean)

/*
 * (20) A part of a whole named by its noun only (`Van de leerlingen met een indicatie …`) in a
 * paragraph with one number reaches for the counts of that noun in the paragraph before.
 */
const nounReachDefects: DefectWording[] = [
  ['20: a ratio in words', ['# Zorg', '', 'In 2025 kregen 1.600 inwoners huishoudelijke hulp. Dat is 6 procent van alle 26.000 inwoners.', '', 'Van de inwoners met huishoudelijke hulp woonden er 90 in een seniorenflat.', 'Dat is één op de tien inwoners met hulp.'], '`één op de tien`'],
  ['20: a percentage', ['# Onderwijs', '', 'Dit schooljaar tellen we 820 leerlingen met een indicatie.', '', 'Van de leerlingen met een indicatie kregen er 205 extra taalles, ruim 30 procent.'], '`ruim 30 procent`'],
  // The whole is narrowed (`met label E of slechter`): only a count that says the label is that whole.
  ['20: a fraction in a list item', ['# Wonen', '', 'De corporatie verhuurt 2.400 woningen met label E of slechter.', '', '- Van de woningen met label E of slechter zijn er 600 na 1970 gebouwd, een derde.', '- De rest volgt.'], '`een derde`']
]
const nounReachClean: CleanWording[] = [
  ['20: a ratio in words, right', ['# Zorg', '', 'In 2025 kregen 1.600 inwoners huishoudelijke hulp. Dat is 6 procent van alle 26.000 inwoners.', '', 'Van de inwoners met huishoudelijke hulp woonden er 200 in een seniorenflat.', 'Dat is één op de acht inwoners met hulp.']],
  ['20: a percentage, right', ['# Onderwijs', '', 'Dit schooljaar tellen we 820 leerlingen met een indicatie.', '', 'Van de leerlingen met een indicatie kregen er 205 extra taalles, een kwart.']],
  // All homes are no count of the homes with label E or worse: the share is of a whole the text does not count.
  ['20: a narrowed whole the count does not name', ['# Wonen', '', 'De corporatie verhuurt 4.800 woningen in de gemeente.', '', '- Van de woningen met label E of slechter zijn er 600 na 1970 gebouwd, een kwart.', '- De rest volgt.']],
  ['20: another noun stays quiet', ['# Wonen', '', 'De corporatie verhuurt 4.800 woningen in de gemeente.', '', '- Van de huurders zijn er 600 ouder dan 75, een kwart.', '- De rest volgt.']]
]
describeWordings(percentageClaimCheck, nounReachDefects, nounReachClean)
