import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes of percentage defects that plans written blind by other authors used and the first
// wordings did not: the part said "M van hen" after the whole, the whole in a sentence that also
// names a date, the part in parentheses after the share, two years in two sentences with the
// later year first, a reference number between whole and part, and a table with a column of
// changes between two year columns. Each shape has look-alikes that are right or say another thing.
const defects: DefectWording[] = [
  ['M van hen after the whole in the clause before', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners aan een taaltraject; 300 van hen haalden het certificaat (64%).'], '`64%`'],
  ['M daarvan after the whole in the sentence before', ['# Werk', '', 'In het eerste halfjaar meldden 150 jongeren zich bij het jongerenloket. 45 daarvan vonden binnen drie maanden werk, ruim 40 procent.'], '`ruim 40 procent`'],
  ['Van hen after a sentence with a date', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven bij de dagbesteding. Van hen komen er 130 uit een andere gemeente, dat is 31 procent.'], '`31 procent`'],
  ['Daarvan after a sentence with a date and a share word', ['# Armoede', '', 'Per 15 oktober 2025 hadden 800 huishoudens recht op de toeslag. Daarvan vroegen er 600 hem ook aan, ongeveer twee derde.'], '`ongeveer twee derde`'],
  ['the part in parentheses after the share, whole before', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 18% (460 huishoudens) ook schulden.'], '`18%`'],
  ['the part in parentheses after a fraction, whole before', ['# Sport', '', 'In onze gemeente zijn 90 sportverenigingen actief. Daarvan heeft een derde (45 verenigingen) een eigen kantine.'], '`een derde`'],
  ['later year first, earlier year in the next sentence', ['# Opvang', '', 'In 2025 vroegen 540 gezinnen om hulp bij de schuldhulpverlening. In 2022 waren dat er nog 450, een stijging van 12 procent in drie jaar.'], '`12 procent`'],
  ['later year first with a decline', ['# Veiligheid', '', 'In 2024 telde de politie 210 inbraken in woningen. In 2021 waren het er nog 300, een daling van 20%.'], '`20%`'],
  ['a table reference between whole and part', ['# Wonen', '', 'Van de 800 woningen in tabel 3.2 zijn er 120 voor starters, dat is 25 procent van de bouw.'], '`25 procent`'],
  ['a round ten for an exact half', ['# Jeugd', '', 'Van de 20 jongerenwerkers hebben er 7 een hbo-opleiding, dat is 40 procent.'], '`40 procent`'],
  ['a round ten for a quarter', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, ofwel 30% van het bestand.'], '`30%`'],
  ['a figure reference between whole and part', ['# Mobiliteit', '', 'Van de 400 ondervraagden in figuur 2 fietsen er 250 dagelijks, ruim 70%.'], '`ruim 70%`'],
  [
    'a table with a change column between two year columns',
    ['# Cijfers', '', '| Soort melding | 2021 | 2022 | 2023 | Verandering 2021-2023 |', '|---|---|---|---|---|', '| Geluid | 120 | 130 | 150 | +25% |', '| Afval | 200 | 190 | 180 | -10% |', '| Parkeren | 80 | 90 | 100 | +40% |'],
    '`+40%`'
  ],
  [
    'a table with a growth column in procent',
    ['# Bezoek', '', '| Voorziening | 2020 | 2024 | Groei 2020-2024 |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 20% |', '| Zwembad | 8.000 | 8.800 | 30% |'],
    '`30%`'
  ]
]

const clean: CleanWording[] = [
  ['M van hen that fits', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners aan een taaltraject; 300 van hen haalden het certificaat (71%).']],
  ['M van hen with two numbers before', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners en 80 vrijwilligers aan een taaltraject; 60 van hen haalden het certificaat (75%).']],
  ['Van hen after a date that fits', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven bij de dagbesteding. Van hen komen er 130 uit een andere gemeente, dat is 25 procent.']],
  ['Van hen about a share of another base', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven. Van hen is 40% van de mannen ouder dan 80.']],
  ['the part in parentheses that fits', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 23% (460 huishoudens) ook schulden.']],
  ['a share with a year in parentheses', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 18% (2024) ook schulden.']],
  ['later year first that fits', ['# Opvang', '', 'In 2025 vroegen 540 gezinnen om hulp bij de schuldhulpverlening. In 2022 waren dat er nog 450, een stijging van 20 procent in drie jaar.']],
  ['two years in two paragraphs', ['# Veiligheid', '', 'In 2024 telde de politie 210 inbraken in woningen.', '', 'In 2021 waren er 300 fietsdiefstallen, 20% meer dan het jaar ervoor.']],
  ['a table reference that fits', ['# Wonen', '', 'Van de 800 woningen in tabel 3.2 zijn er 200 voor starters, dat is 25 procent van de bouw.']],
  ['a round ten near an exact half', ['# Jeugd', '', 'Van de 40 jongerenwerkers hebben er 15 een hbo-opleiding, dat is 40 procent.']],
  ['ongeveer a round ten for an exact half', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, ofwel ongeveer 30% van het bestand.']],
  ['a share of another whole right after a part', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, 30% van de bezoekers komt er om die bomen.']],
  ['a range of groups is no part', ['# Onderwijs', '', 'Van de 1.800 leerlingen van groep 5 tot en met 8 die in 2025 zijn getest, scoorden er 450 onder hun niveau (25%).']],
  [
    'a table with a change column that fits',
    ['# Cijfers', '', '| Soort melding | 2021 | 2022 | 2023 | Verandering 2021-2023 |', '|---|---|---|---|---|', '| Geluid | 120 | 130 | 150 | +25% |', '| Afval | 200 | 190 | 180 | -10% |', '| Parkeren | 80 | 90 | 100 | +25% |']
  ],
  [
    'a table with a share column next to years',
    ['# Bezoek', '', '| Voorziening | 2020 | 2024 | Aandeel jongeren |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 40% |', '| Zwembad | 8.000 | 8.800 | 30% |']
  ],
  [
    'a change column over other years than the columns',
    ['# Bezoek', '', '| Voorziening | 2022 | 2024 | Groei 2015-2024 |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 50% |', '| Zwembad | 8.000 | 8.800 | 30% |']
  ]
]

describeWordings(percentageClaimCheck, defects, clean)

/*
 * Wave 3 shapes, by cause. (A) The whole in the sentence before among other numbers (a size in
 * hectares, an age range, an income limit in percent, a year): the one number that can hold the
 * part is the whole, or the one with the part's noun; `Van die …` and `Van deze …` point back like
 * `Daarvan`. (B) A share said "van het totaal", "van de doelgroep" or of a compound of the whole
 * (`woningvoorraad`, `bomenbestand`) is of the whole the numbers give. (C) A total stated earlier in
 * the paragraph (`in totaal € 1.200.000`) and a part with its share "van het totaal" later on.
 * (D) A comparison "P% lager dan in 2020" against the number of that year in a table above, or
 * "P% meer dan de 450" in the sentence. (E) More words between the whole and the part.
 */
const table = ['| Bron | 2020 | 2024 |', '|---|---|---|', '| Verkeer | 60 | 48 |', '| Industrie | 40 | 30 |', '']
const waveDefects: DefectWording[] = [
  ['A: the whole among a small size', ['# Sport', '', 'Het sportpark telt 6 velden en 1.400 leden. Daarvan zijn 300 leden jeugdlid, ruim een derde.'], '`ruim een derde`'],
  ['A: Van die with an income limit in percent', ['# Inkomen', '', 'In de gemeente wonen 3.200 mensen met een inkomen tot 110% van het minimum. Van die mensen deden er in 2025 800 mee aan de regeling, dat is ruim 30 procent.'], '`ruim 30 procent`'],
  ['A: an age range in a list item', ['# Jongeren', '', 'Zo staan we ervoor:', '', '- Er staan 950 jongeren tussen 18 en 23 jaar ingeschreven als woningzoekende. Hiervan zoeken er 190 een kamer, een derde.', '- De wachttijd is twee jaar.'], '`een derde`'],
  ['A: Van deze with a count of areas', ['# Meldingen', '', 'In 2024 kwamen 5.600 meldingen binnen uit 14 wijken. Van deze meldingen gingen er 1.400 over afval, ruim 30%.'], '`ruim 30%`'],
  ['B: a compound of the whole', ['# Wonen', '', 'Van de 2.500 huurwoningen zijn er 450 gelabeld als sociaal, ongeveer een kwart van de woningvoorraad.'], '`ongeveer een kwart`'],
  ['B: van de doelgroep', ['# Bereik', '', 'Er zijn 1.200 mensen in de doelgroep. Daarvan bereiken we er 300, bijna de helft van de doelgroep.'], '`bijna de helft`'],
  ['B: a compound in a list item', ['# Groen', '', '- In beheer: 3.000 bomen. Daarvan zijn 450 eiken, ruim een kwart van het bomenbestand.', '- Nieuwe aanplant: 40 bomen per jaar.'], '`ruim een kwart`'],
  ['C: a budget total two sentences before', ['# Middelen', '', 'Het budget voor 2027 is in totaal € 1.200.000. De bibliotheek krijgt het grootste deel. Het museum ontvangt € 180.000, ruim 20% van het totaal.'], '`ruim 20%`'],
  ['C: a total of places', ['# Opvang', '', 'De regio telt in totaal 480 opvangplaatsen. Noord heeft er 120, een derde van het totaal.'], '`een derde`'],
  ['C: a total and a share of all of its noun', ['# Advies', '', 'In totaal gaven de adviseurs 2.000 adviezen. Daarna volgde een evaluatie met 12 partners. Over energie gingen er 900 adviezen, ruim de helft van alle adviezen.'], '`ruim de helft`'],
  ['D: lager dan in a year of the table', ['# Uitstoot', '', ...table, 'In 2024 was de uitstoot van het verkeer 48 kiloton, 25% lager dan in 2020.'], '`25%`'],
  ['D: year columns with a unit', ['# Afval', '', '| Stroom | 2021 (ton) | 2025 (ton) |', '|---|---|---|', '| Restafval | 9.000 | 7.200 |', '| Gft | 4.000 | 4.400 |', '', 'Het restafval kwam in 2025 uit op 7.200 ton, ruim 25% minder dan in 2021.'], '`ruim 25%`'],
  ['D: meer dan a number in the sentence', ['# Onderwijs', '', 'Het aantal leerlingen is nu 540, ruim 30% meer dan de 450 van vijf jaar geleden.'], '`ruim 30%`'],
  ['D: korter dan a year with the number in parentheses', ['# Zorg', '', 'De wachttijd bedraagt nu 12 weken, bijna 40% korter dan in 2022 (16 weken).'], '`bijna 40%`'],
  ['E: many words between whole and part', ['# Wonen', '', 'Van de 640 inwoners van de drie kleine kernen aan de rivier wonen er 320 in een huurhuis, bijna tweederde.'], '`bijna tweederde`'],
  ['E: a list item with a place between', ['# Evenementen', '', '- Van de 1.500 bezoekers van de zomerweek op het plein kwamen er 300 uit een andere gemeente, ruim een kwart.'], '`ruim een kwart`'],
  ['E: a qualifier between whole and part', ['# Sport', '', 'Van de 90 sportclubs in onze gemeente met een eigen accommodatie hebben er 30 zonnepanelen, bijna de helft.'], '`bijna de helft`']
]

const waveClean: CleanWording[] = [
  ['A: the whole among a small size, right', ['# Sport', '', 'Het sportpark telt 6 velden en 1.400 leden. Daarvan zijn 350 leden jeugdlid, een kwart.']],
  ['A: two numbers that may both be the whole', ['# Bibliotheek', '', 'De bibliotheek had 4.000 leden en 9.000 bezoekers. Daarvan kwamen er 1.000 uit het buitengebied, ruim 20%.']],
  ['A: the noun picks the whole', ['# Groen', '', 'De gemeente beheert 212 hectare groen, 14.200 bomen en 3.900 bankjes. Daarvan zijn 3.600 bomen linden, ruim een kwart.']],
  ['A: Van die, right', ['# Inkomen', '', 'In de gemeente wonen 3.200 mensen met een inkomen tot 110% van het minimum. Van die mensen deden er in 2025 800 mee aan de regeling, een kwart.']],
  ['B: a compound of the whole, right', ['# Wonen', '', 'Van de 2.500 huurwoningen zijn er 500 gelabeld als sociaal, een vijfde van de woningvoorraad.']],
  ['B: van de doelgroep, right', ['# Bereik', '', 'Er zijn 1.200 mensen in de doelgroep. Daarvan bereiken we er 300, een kwart van de doelgroep.']],
  ['B: a share of another group', ['# Wonen', '', 'Van de 2.500 huurwoningen zijn er 500 gelabeld als sociaal; 40% van de huurders is ouder dan 65.']],
  ['C: a budget total, right', ['# Middelen', '', 'Het budget voor 2027 is in totaal € 1.200.000. De bibliotheek krijgt het grootste deel. Het museum ontvangt € 240.000, 20% van het totaal.']],
  ['C: two parts before the share', ['# Opvang', '', 'De regio telt in totaal 480 opvangplaatsen. Noord heeft er 120 en Zuid 80, samen ruim 40% van het totaal.']],
  ['C: a share of all of its noun, right', ['# Advies', '', 'In totaal gaven de adviseurs 2.000 adviezen. Over energie gingen er 1.100 adviezen, ruim de helft van alle adviezen.']],
  ['C: a share of another whole', ['# Opvang', '', 'De regio telt in totaal 480 opvangplaatsen. Noord heeft er 120, een derde van het landelijke aantal.']],
  ['D: lager dan in a year of the table, right', ['# Uitstoot', '', ...table, 'In 2024 was de uitstoot van het verkeer 48 kiloton, 20% lager dan in 2020.']],
  ['D: year columns with a unit, right', ['# Afval', '', '| Stroom | 2021 (ton) | 2025 (ton) |', '|---|---|---|', '| Restafval | 9.000 | 7.200 |', '| Gft | 4.000 | 4.400 |', '', 'Het restafval kwam in 2025 uit op 7.200 ton, 20% minder dan in 2021; gft nam met 10% toe.']],
  ['D: meer dan a number, right', ['# Onderwijs', '', 'Het aantal leerlingen is nu 540, 20% meer dan de 450 van vijf jaar geleden.']],
  ['D: korter dan a year, right', ['# Zorg', '', 'De wachttijd bedraagt nu 12 weken, 25% korter dan in 2022 (16 weken).']],
  ['D: lager dan in a year without a table', ['# Uitstoot', '', 'In 2024 was de uitstoot van het verkeer 48 kiloton, 25% lager dan in 2020.']],
  ['D: minder dan an average without a number', ['# Tarieven', '', 'Een abonnement kost € 48, 25% minder dan het landelijk gemiddelde.']],
  ['E: many words between whole and part, right', ['# Wonen', '', 'Van de 640 inwoners van de drie kleine kernen aan de rivier wonen er 320 in een huurhuis, de helft.']],
  ['E: a qualifier between, right', ['# Sport', '', 'Van de 90 sportclubs in onze gemeente met een eigen accommodatie hebben er 30 zonnepanelen, een derde.']],
  ['E: a list item, right', ['# Evenementen', '', '- Van de 1.500 bezoekers van de zomerweek op het plein kwamen er 300 uit een andere gemeente, een vijfde.']]
]

describeWordings(percentageClaimCheck, waveDefects, waveClean)

/*
 * More general forms of the same claims: (F) the whole first and the part in a relative clause
 * (`600 leerlingen, van wie 180`, `waarvan 300`); (G) `Eén op de vier` at the start of a sentence;
 * (H) the change after the percentage behind a colon or a participle (`daalde met 30%: van 500
 * naar 400`, `met 40% gedaald, van 250 naar 175`); (I) a percentage is never the part of its own
 * whole (`15 procent van de 2.000 inwoners`).
 */
const formDefects: DefectWording[] = [
  ['F: van wie after the whole', ['# Onderwijs', '', 'Er zijn 600 leerlingen, van wie 180 meedoen, een kwart.'], '`een kwart`'],
  ['F: waarvan in a list item', ['# Wonen', '', '- Er staan 1.200 woningen in de wijk, waarvan 300 met een energielabel A, ruim 30 procent.', '- De rest volgt later.'], '`ruim 30 procent`'],
  ['F: van wie er with the share in parentheses', ['# Sport', '', 'De club telt 800 leden, van wie er 120 jonger zijn dan 12 jaar (25%).'], '`25%`'],
  ['G: Eén op de vier with the numbers in parentheses', ['# Vrijwilligers', '', 'Eén op de vier inwoners (900 van de 6.000) doet vrijwilligerswerk.'], '`Eén op de vier`'],
  ['G: Eén op de drie in a table cell', ['# Scholen', '', '| Onderwerp | Stand |', '|---|---|', '| Schooltuin | Eén op de drie scholen (4 van de 20) |'], '`Eén op de drie`'],
  ['H: a change after a colon', ['# Meldingen', '', 'Het aantal meldingen daalde met 30%: van 500 in 2022 naar 400 in 2024.'], '`30%`'],
  ['H: a change after a participle', ['# Veiligheid', '', 'Het aantal woninginbraken is met 40% gedaald, van 250 naar 175.'], '`40%`'],
  ['J: list items without full stops, each its own claim', ['# Feiten', '', '- Het aantal gezinnen met schulden daalt', '- De regio kent 240 kinderopvanglocaties, waarvan er 60 een wachtlijst hebben (30%)', '- Het bereik onder jongeren is laag (18%)'], '`30%`']
]

const formClean: CleanWording[] = [
  ['F: van wie, right', ['# Onderwijs', '', 'Er zijn 600 leerlingen, van wie 150 meedoen, een kwart.']],
  ['F: waarvan, right', ['# Wonen', '', '- Er staan 1.200 woningen in de wijk, waarvan 300 met een energielabel A, een kwart.', '- De rest volgt later.']],
  ['F: waarvan and a share of another group', ['# Verenigingen', '', 'De stad telt 600 verenigingen, waarvan 40 in het centrum; 30% van de leden woont buiten de stad.']],
  ['G: Eén op de vier, right', ['# Vrijwilligers', '', 'Eén op de vier inwoners (1.500 van de 6.000) doet vrijwilligerswerk.']],
  ['H: a change after a colon, right', ['# Meldingen', '', 'Het aantal meldingen daalde met 20%: van 500 in 2022 naar 400 in 2024.']],
  ['H: a change after a participle, right', ['# Veiligheid', '', 'Het aantal woninginbraken is met 30% gedaald, van 250 naar 175.']],
  ['J: list items without full stops, a share of something else in the next item', ['# Feiten', '', '- De regio kent 240 kinderopvanglocaties, waarvan er 60 een wachtlijst hebben (25%)', '- Het bereik onder jongeren is laag (18% van alle jongeren)', '- Wij scoren 31% tegen landelijk 27%']],
  ['J: a second share after a part with its own', ['# Aanbieders', '', '- We hebben contracten met 150 aanbieders, waarvan er 15 (10%) samen de meeste zorg leveren (78%)']],
  ['I: a percentage of a whole with an estimate after it', ['# Eenzaamheid', '', 'Ongeveer 15 procent van de 2.000 inwoners, zo’n 300 mensen, voelt zich eenzaam.']]
]

describeWordings(percentageClaimCheck, formDefects, formClean)

/*
 * (K) A table column of percentages that is, row by row, one count column divided by another:
 * most rows fit one pair of columns, the rest do not.
 */
const ratioDefects: DefectWording[] = [
  ['K: the ratio column last', ['# Bereik', '', '| Wijk | Huishoudens | Bereikt | Bereik |', '|---|---|---|---|', '| Noord | 400 | 100 | 25% |', '| Zuid | 300 | 60 | 20% |', '| Oost | 200 | 80 | 30% |'], '`30%`'],
  ['K: the ratio column between its counts', ['# Zwemmen', '', '| School | Leerlingen | Aandeel met diploma | Met diploma |', '|---|---|---|---|', '| De Tuin | 200 | 90% | 180 |', '| Het Veld | 100 | 80% | 80 |', '| De Beek | 50 | 60% | 40 |'], '`60%`'],
  ['K: a total row with a wrong ratio', ['# Warmte', '', '| Kern | Woningen | Gasloos | Aandeel gasloos |', '|---|---|---|---|', '| Dorp | 1.000 | 100 | 10% |', '| Stad | 3.000 | 600 | 20% |', '| Buurtschap | 500 | 25 | 5% |', '| Totaal | 4.500 | 725 | 20% |'], 'van 4.500 is 16,1%']
]
const ratioClean: CleanWording[] = [
  ['K: a ratio column that fits', ['# Bereik', '', '| Wijk | Huishoudens | Bereikt | Bereik |', '|---|---|---|---|', '| Noord | 400 | 100 | 25% |', '| Zuid | 300 | 60 | 20% |', '| Oost | 200 | 80 | 40% |']],
  ['K: a column of rates of other groups', ['# Wijken', '', '| Wijk | Inwoners | Woningen | Aandeel 65-plus |', '|---|---|---|---|', '| Noord | 4.000 | 1.800 | 22% |', '| Zuid | 3.000 | 1.500 | 31% |', '| Oost | 2.000 | 900 | 17% |']],
  ['K: a share of the total that fits', ['# Woningen', '', '| Kern | Woningen | Aandeel |', '|---|---|---|', '| Dorp | 100 | 20% |', '| Stad | 300 | 60% |', '| Buurt | 100 | 20% |', '| Totaal | 500 | 100% |']],
  ['K: two rows only', ['# Bereik', '', '| Wijk | Huishoudens | Bereikt | Bereik |', '|---|---|---|---|', '| Noord | 400 | 100 | 25% |', '| Zuid | 300 | 60 | 30% |']]
]

describeWordings(percentageClaimCheck, ratioDefects, ratioClean)
