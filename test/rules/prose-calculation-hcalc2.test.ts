import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc2 battery, written before reading the calculation code: a rate, norm or share that is
// defined once (a sentence, a list item, a table row or column) and applied later, in another
// sentence, through a pointer (`deze norm`, `dat tarief`, `de vergoeding`, the same noun) or the
// table's row label; and a table with a figure per year whose difference between two of its years
// is restated in prose. Look-alikes: the same applications right, a norm that is a minimum and a
// count that stays below what it allows, two rates for the same noun, a share with a ceiling, an
// extra term after the application, a year outside the table, a column that is not the one read.
// Measured over the three calculation rules (one slip is one rule's): the start code (main
// 8138f0a) caught 3/14 (the fietsplekken norm, the hourly rate, the inbraken decrease); clean 14/14 quiet.

const defects: WrongCalculation[] = [
  // A norm in one sentence, applied through a pointer in a later one.
  ['a per-dwelling norm, applied with die norm', ['Bij nieuwbouw geldt een norm van 3 fietsplekken per woning. Voor de 45 woningen aan de Kanaalzijde betekent die norm 125 fietsplekken.'], '125'],
  ['a maximum per classroom, capacity volgens die norm', ['Per klaslokaal rekenen we met hoogstens 28 leerlingen. De nieuwe vleugel van De Horizon krijgt negen lokalen en biedt volgens die norm plaats aan 270 leerlingen.'], '270'],
  ['an hourly rate, applied bij dat tarief', ['Het uurtarief voor huishoudelijke hulp stellen we vast op € 31,50. Een cliënt met vier uur hulp per week kost bij dat tarief € 136 per week.'], '136'],
  ['a ratio in words, helpers needed met deze verhouding', ['Elke begeleider heeft hooguit twaalf kinderen onder zijn hoede. Met deze verhouding zijn voor de 84 kinderen van de zomerweek negen begeleiders nodig.'], 'negen'],
  ['a norm in a list item, applied in the paragraph after', ['We hanteren de volgende normen voor wandelpaden:', '', '- één afvalbak per 150 meter pad;', '- één bank per 400 meter pad.', '', 'Het nieuwe pad langs de Beek is 2.400 meter lang; volgens de norm komen daar 20 afvalbakken.'], '20'],
  ['a planting density, applied in brackets', ['Nieuw bos planten we aan met 2.500 jonge bomen per hectare.', '', 'Het eerste perceel bij Ter Aar (6 hectare, volgens die dichtheid 12.500 bomen) gaat in het najaar van 2027 de grond in.'], '12.500'],
  ['a minimum area per pupil, too many pupils for the room', ['Een leslokaal biedt iedere leerling ten minste 2,5 m² vloeroppervlak. Het noodlokaal aan de Dorpsstraat is 55 m² groot; volgens de norm passen er 26 leerlingen in.'], '26'],
  ['one per a count of units, helpers nodig', ['Per 20 leerlingen zet de school minstens één begeleider in. Voor de excursie met 130 leerlingen zijn dus vijf begeleiders nodig.'], 'vijf'],
  ['a maximum per house, places with daarmee', ['Een gezinshuis biedt plaats aan hoogstens zes kinderen per huis. Met vier gezinshuizen hebben we daarmee plek voor 28 kinderen.'], '28'],
  ['a norm in square metres per dwelling, volgens die richtlijn', ['De richtlijn is 40 vierkante meter groen per woning. Bij de 85 woningen van het Rietveld hoort volgens die richtlijn 3.000 vierkante meter groen.'], '3.000'],
  ['a table of norms by type and area, applied with de norm', ['| Woningtype | Noord | Zuid |', '|---|---|---|', '| Eengezinswoning | 2 | 1,6 |', '| Appartement | 1,2 | 0,8 |', '', 'Voor de 35 appartementen in Zuid vraagt de norm 34 fietsplekken.'], '34'],
  ['a table of norms in an earlier section, one column', ['## Normen', '', '| Soort woning | Bomen per woning |', '|---|---|', '| Rijwoning | 1 |', '| Vrijstaande woning | 3 |', '', '## Toepassing', '', 'Het plan aan de Hoge Weide telt 14 vrijstaande woningen; volgens de norm planten we daar 36 bomen.'], '36'],
  ['a share laid down in an earlier section', ['## Bijdrage van het Rijk', '', 'Het Rijk vergoedt 80% van de kosten van het saneren van asbestdaken.', '', '## Projecten', '', 'Het dak van de gemeentewerf kost € 65.000 om te saneren; de rijksbijdrage is € 54.000.'], '54.000'],
  // A share stated once, applied to one amount later.
  ['a quarter of the costs, one subsidy amount', ['De gemeente vergoedt een kwart van de kosten van een groen dak.', '', 'Voor het dak van sporthal De Wiek, dat € 64.000 kost, bedraagt de vergoeding € 18.000.'], '18.000'],
  ['a percentage share, the contribution of one project', ['Het Rijk neemt 60% van de saneringskosten voor zijn rekening. De sanering van het terrein aan de Molenweg kost € 350.000; de rijksbijdrage komt daarmee op € 200.000.'], '200.000'],
  ['a third paid by others, their part of one renovation', ['Een derde van de kosten betalen de woningcorporaties.', '', 'De renovatie van het speelplein aan de Lindelaan kost € 96.000, waarvan de corporaties € 36.000 betalen.'], '36.000'],
  ['the costs first, the share after komt voor rekening van', ['Van de aanlegkosten komt 40% voor rekening van de provincie. De fietsenstalling bij het station kost € 240.000, waarvan de provincie € 104.000 draagt.'], '104.000'],
  ['the part first, the cost in brackets after it', ['De gemeente betaalt een derde van de kosten van nieuwe speelplekken. De gemeentelijke bijdrage van € 45.000 voor de speelplek aan de Esdoornlaan (totale kosten € 120.000) staat in de begroting.'], '45.000'],
  ['a share in a list item, applied in list items after a blank line', ['Het waterschap vergoedt 25% van de kosten van het afkoppelen van regenpijpen.', '', '- Schoolplein De Bron: kosten € 36.000, vergoeding € 8.000;', '- parkeerterrein sporthal: kosten € 52.000.'], '8.000'],
  ['a spelled percentage, the subsidy of one building', ['Het fonds subsidieert dertig procent van de restauratiekosten van een monument.', '', 'Voor de molen De Hoop, waarvan de restauratie € 410.000 kost, ontvangen we een subsidie van € 132.000.'], '132.000'],
  // A table with a figure per year; the prose states the change between two of its years.
  ['a table with years as rows, an increase between two years', ['| Jaar | Meldingen zwerfafval |', '|---|---|', '| 2021 | 310 |', '| 2022 | 342 |', '| 2023 | 365 |', '| 2024 | 401 |', '', 'Tussen 2022 en 2024 kwamen er 49 meldingen bij.'], '49'],
  ['a table with years as columns, visitors added', ['| | 2022 | 2023 | 2024 |', '|---|---|---|---|', '| Bezoekers bibliotheek | 12.400 | 13.100 | 14.900 |', '| Uitleningen | 88.000 | 91.500 | 90.200 |', '', 'Van 2022 tot 2024 kwamen er 2.100 bezoekers bij.'], '2.100'],
  ['a decrease between two table years, the later year first', ['| Jaar | Inbraken |', '|---|---|', '| 2020 | 214 |', '| 2021 | 187 |', '| 2022 | 176 |', '| 2023 | 158 |', '', 'In 2023 waren er 46 inbraken minder dan in 2020.'], '46'],
  ['members that came in, told with bijgekomen', ['| Jaar | Leden | Vrijwilligers |', '|---|---|---|', '| 2021 | 1.230 | 84 |', '| 2022 | 1.275 | 90 |', '| 2023 | 1.342 | 97 |', '', 'Er zijn tussen 2021 en 2023 85 leden bijgekomen.'], '85'],
  ['places lost between two table years, another row with an age range', ['| | 2020 | 2022 | 2024 |', '|---|---|---|---|', '| Plekken kinderopvang | 640 | 610 | 575 |', '| Kinderen 0-4 jaar | 2.900 | 2.860 | 2.810 |', '', 'In de jaren van 2020 tot 2024 gingen er 55 plekken kinderopvang verloren.'], '55'],
  ['spelled arrivals in a turned table with an age column', ['| Jaar | Speeltuinen | Kinderen 4-12 jaar |', '|---|---|---|', '| 2022 | 31 | 5.100 |', '| 2023 | 34 | 5.050 |', '| 2024 | 38 | 4.980 |', '', 'De laatste jaren groeide het aanbod: van 2022 tot 2024 kwamen er vijf speeltuinen bij.'], 'vijf'],
  ['a drop in words between two table years', ['| Jaar | Leegstaande winkels |', '|---|---|', '| 2023 | 41 |', '| 2024 | 37 |', '| 2025 | 29 |', '', 'Het aantal leegstaande winkels daalde tussen 2023 en 2025 met tien.'], 'tien']
]

const clean: Array<[string, string[]]> = [
  ['a per-dwelling norm applied right', ['Bij nieuwbouw geldt een norm van 3 fietsplekken per woning. Voor de 45 woningen aan de Kanaalzijde betekent die norm 135 fietsplekken.']],
  ['a minimum area with a count below what it allows', ['Een leslokaal biedt iedere leerling ten minste 2,5 m² vloeroppervlak. Het noodlokaal aan de Dorpsstraat is 55 m² groot; volgens de norm passen er 20 leerlingen in.']],
  ['two hourly rates for the same help', ['Het uurtarief voor huishoudelijke hulp is € 31,50; voor hulp met begeleiding is het uurtarief € 34. Een cliënt met vier uur hulp per week kost bij dat tarief € 136 per week.']],
  ['a norm applied with an extra term after it', ['Bij nieuwbouw geldt een norm van 3 fietsplekken per woning. Voor de 45 woningen aan de Kanaalzijde betekent die norm 135 fietsplekken; met de 10 plekken voor bezoekers komen er 145.']],
  ['a share with a ceiling', ['De provincie betaalt de helft van de kosten, tot ten hoogste € 50.000 per project. Voor de fietsbrug over de Vaart (€ 140.000) is de bijdrage daarom € 50.000.']],
  ['a share applied right', ['Het Rijk neemt 60% van de saneringskosten voor zijn rekening. De sanering van het terrein aan de Molenweg kost € 350.000; de rijksbijdrage komt daarmee op € 210.000.']],
  ['a share and a different share for one project', ['De gemeente vergoedt een kwart van de kosten van een groen dak. Voor monumenten geldt een hogere vergoeding: voor het dak van het oude raadhuis, dat € 64.000 kost, bedraagt de vergoeding € 24.000.']],
  ['two shares laid down in one sentence', ['De provincie vergoedt de helft van de kosten van fietspaden en een kwart van de kosten van verlichting. Het fietspad langs de Vaart kost € 300.000; de provinciale bijdrage is € 75.000.']],
  ['the part of another payer after a share', ['De provincie vergoedt de helft van de kosten van fietspaden. Het fietspad langs de Vaart kost € 300.000; de gemeentelijke bijdrage is € 120.000.']],
  ['an own contribution after a share', ['Het fonds subsidieert 70% van de kosten van een buurtinitiatief. Het buurtfeest in de Bloemenwijk kost € 6.000; de eigen bijdrage van de bewoners is € 1.800.']],
  ['a share applied to part of a project', ['De provincie vergoedt de helft van de kosten van verlichting. Het fietspad kost € 300.000, waarvan € 80.000 voor verlichting; de provinciale bijdrage is € 40.000.']],
  ['two amounts of other things after a share', ['De provincie vergoedt de helft van de kosten van fietspaden. Het fietspad langs de Vaart kost € 300.000 en de brug € 140.000.']],
  ['a share in words applied right in a list item', ['Het waterschap vergoedt 25% van de kosten van het afkoppelen van regenpijpen.', '', '- Schoolplein De Bron: kosten € 36.000, vergoeding € 9.000;', '- parkeerterrein sporthal: kosten € 52.000, vergoeding € 13.000.']],
  ['one per a count of units, more helpers than needed, no pointer', ['Per 20 leerlingen zet de school minstens één begeleider in. Voor de excursie met 130 leerlingen gaan er acht begeleiders mee.']],
  ['a maximum per house, fewer places', ['Een gezinshuis biedt plaats aan hoogstens zes kinderen per huis. Met vier gezinshuizen hebben we daarmee plek voor 20 kinderen.']],
  ['a norm not met, said so', ['Een leslokaal biedt iedere leerling ten minste 2,5 m² vloeroppervlak. Het noodlokaal is 55 m² groot en biedt daarmee te weinig ruimte voor 26 leerlingen.']],
  ['two norms for the same nouns', ['In nieuwbouw geldt 2 fietsplekken per woning; in de binnenstad geldt 1,5 fietsplekken per woning. Voor de 40 woningen aan het Plein betekent die norm 60 fietsplekken.']],
  ['a table of norms applied right', ['| Woningtype | Noord | Zuid |', '|---|---|---|', '| Eengezinswoning | 2 | 1,6 |', '| Appartement | 1,2 | 0,8 |', '', 'Voor de 35 appartementen in Zuid vraagt de norm 28 fietsplekken.']],
  ['a table of norms, the sentence names two types', ['| Woningtype | Noord | Zuid |', '|---|---|---|', '| Eengezinswoning | 2 | 1,6 |', '| Appartement | 1,2 | 0,8 |', '', 'Voor de 35 appartementen en eengezinswoningen in Zuid vraagt de norm 34 fietsplekken.']],
  ['a table of norms, no column named', ['| Woningtype | Noord | Zuid |', '|---|---|---|', '| Eengezinswoning | 2 | 1,6 |', '| Appartement | 1,2 | 0,8 |', '', 'Voor de 35 appartementen vraagt de norm 34 fietsplekken.']],
  ['a share in an earlier chapter', ['Het Rijk vergoedt 80% van de kosten van het saneren van asbestdaken.', '', '# Projecten', '', 'Het dak van de gemeentewerf kost € 65.000 om te saneren; de rijksbijdrage is € 54.000.']],
  ['a table with years as rows, an increase stated right', ['| Jaar | Meldingen zwerfafval |', '|---|---|', '| 2021 | 310 |', '| 2022 | 342 |', '| 2023 | 365 |', '| 2024 | 401 |', '', 'Tussen 2022 en 2024 kwamen er 59 meldingen bij.']],
  ['a change against a year outside the table', ['| Jaar | Inbraken |', '|---|---|', '| 2021 | 187 |', '| 2022 | 176 |', '| 2023 | 158 |', '', 'In 2023 waren er 46 inbraken minder dan in 2019.']],
  ['a change read in another column of the table', ['| | 2022 | 2023 | 2024 |', '|---|---|---|---|', '| Bezoekers bibliotheek | 12.400 | 13.100 | 14.900 |', '| Uitleningen | 88.000 | 91.500 | 90.200 |', '', 'Van 2022 tot 2024 kwamen er 2.200 uitleningen bij.']],
  ['a planting density with a rounded count', ['Nieuw bos planten we aan met 2.500 jonge bomen per hectare.', '', 'Het eerste perceel bij Ter Aar (6 hectare, ruim 15.000 bomen) gaat in het najaar van 2027 de grond in.']],
  ['a maximum per classroom with fewer pupils', ['Per klaslokaal rekenen we met hoogstens 28 leerlingen. De nieuwe vleugel van De Horizon krijgt negen lokalen en biedt plaats aan 240 leerlingen.']],
  ['a norm per 1.000 residents applied right', ['De norm is één trapveld per 1.000 inwoners. Voor de 7.000 inwoners van Westhoek zijn dus zeven trapvelden nodig.']],
  ['members that came in, right', ['| Jaar | Leden | Vrijwilligers |', '|---|---|---|', '| 2021 | 1.230 | 84 |', '| 2022 | 1.275 | 90 |', '| 2023 | 1.342 | 97 |', '', 'Er zijn tussen 2021 en 2023 112 leden bijgekomen.']],
  ['arrivals of something the table does not count', ['| Jaar | Speeltuinen |', '|---|---|', '| 2022 | 31 |', '| 2024 | 38 |', '', 'Tussen 2022 en 2024 kwamen er vijf wijkagenten bij.']],
  ['a difference between two table years of a part', ['| Jaar | Ongevallen | Waarvan met fietsers |', '|---|---|---|', '| 2022 | 120 | 40 |', '| 2023 | 131 | 46 |', '| 2024 | 140 | 52 |', '', 'Tussen 2022 en 2024 kwamen er 12 ongevallen met fietsers bij.']]
]

describeCalculationBattery('prose-calculation hcalc2 battery', defects, clean, 27)

// Second batch, written after the first fixes: more everyday forms of the same three shapes (a
// share named by its contribution, a contribution word after the amount, a norm as `één … op …`
// or `per N … een …`, a table change told with `vergeleken met` or as a `verschil`).
const defects2: WrongCalculation[] = [
  ['the subsidy as subject of the share, the amount before subsidie', ['De subsidie bedraagt 35% van de subsidiabele kosten. Voor de brug over de Wetering (begroot op € 420.000) ontvangen we dus € 160.000 subsidie.'], '160.000'],
  ['a contribution laid down with draagt … bij, no van de kosten', ['Bij elk project draagt de regio een kwart bij. De vernieuwing van het Kerkplein kost € 880.000, waarvan € 250.000 als regionale bijdrage.'], '250.000'],
  ['one charging point per ten places, applied with dus', ['De norm is één laadpaal per 10 parkeerplaatsen. Het nieuwe terrein aan de Dijk krijgt 240 plaatsen en dus 20 laadpalen.'], '20'],
  ['a playground per count of residents with een', ['Voor iedere 500 inwoners hoort er een speelplek te zijn. Voor de 6.000 inwoners van Oosterpark zijn volgens die norm 10 speelplekken nodig.'], '10'],
  ['a ratio written with op', ['We werken met één begeleider op acht kinderen. Met die verhouding hebben de 120 kinderen van de speelweek 12 begeleiders nodig.'], '12'],
  ['a change against a table year with vergeleken met', ['| Jaar | Aanvragen |', '|---|---|', '| 2022 | 1.410 |', '| 2023 | 1.530 |', '| 2024 | 1.655 |', '', 'Vergeleken met 2022 lag het aantal aanvragen in 2024 225 hoger.'], '225'],
  ['a difference between two table years named verschil', ['| Jaar | Aanvragen |', '|---|---|', '| 2022 | 1.410 |', '| 2023 | 1.530 |', '| 2024 | 1.655 |', '', 'Het verschil in aanvragen tussen 2022 en 2024 is 265.'], '265']
]

const clean2: Array<[string, string[]]> = [
  ['the subsidy as subject of the share, right', ['De subsidie bedraagt 35% van de subsidiabele kosten. Voor de brug over de Wetering (begroot op € 420.000) ontvangen we dus € 147.000 subsidie.']],
  ['a regional contribution of another project type', ['Bij elk project draagt de regio een kwart bij. De vernieuwing van het Kerkplein kost € 880.000; de gemeente legt € 250.000 uit eigen middelen bij.']],
  ['one charging point per ten places, right', ['De norm is één laadpaal per 10 parkeerplaatsen. Het nieuwe terrein aan de Dijk krijgt 240 plaatsen en dus 24 laadpalen.']],
  ['a ratio written with op, right', ['We werken met één begeleider op acht kinderen. Met die verhouding hebben de 120 kinderen van de speelweek 15 begeleiders nodig.']],
  ['a change against a year outside the table with vergeleken met', ['| Jaar | Aanvragen |', '|---|---|', '| 2022 | 1.410 |', '| 2024 | 1.655 |', '', 'Vergeleken met 2019 lag het aantal aanvragen in 2024 225 hoger.']],
  ['a difference of a share between table years', ['| Jaar | Aanvragen |', '|---|---|', '| 2022 | 1.410 |', '| 2024 | 1.655 |', '', 'Het verschil in aanvragen tussen 2022 en 2024 is 17 procent.']]
]

describeCalculationBattery('prose-calculation hcalc2 battery, second batch', defects2, clean2, 7)

// Third batch: the cost in the sentence before the part, a share received (`krijgen we … terug`),
// a pointer `op grond van` and a compound norm (`de parkeernorm`, `die speelnorm`). Measured on the
// code of the second batch: 0/4 caught, 3 look-alikes quiet. (The toilets first stated 40, the count of
// the norm itself: another reading then holds, so the wording states 45.)
const defects3: WrongCalculation[] = [
  ['the cost one sentence, the part the next', ['Het Rijk vergoedt 60% van de kosten van geluidsschermen. Het scherm langs de Ringweg kost € 730.000. De rijksbijdrage daarvoor is € 400.000.'], '400.000'],
  ['a share received back, the part as teruggave', ['Via de regeling krijgen we een derde van de kosten terug. Het nieuwe dak van de gymzaal kost € 189.000; de vergoeding uit de regeling is € 70.000.'], '70.000'],
  ['op grond van deze norm', ['Voor elke 40 bezoekers stellen we ten minste één toilet beschikbaar. Op grond van deze norm zijn er bij het concert met 2.000 bezoekers 45 toiletten nodig.'], '45'],
  ['a compound norm pointed to', ['De speelnorm is 3 speelplekken per 100 kinderen. Volgens die speelnorm krijgen de 900 kinderen in Noord 20 speelplekken.'], '20']
]

const clean3: Array<[string, string[]]> = [
  ['the cost one sentence, the part the next, right', ['Het Rijk vergoedt 60% van de kosten van geluidsschermen. Het scherm langs de Ringweg kost € 730.000. De rijksbijdrage daarvoor is € 438.000.']],
  ['the cost one sentence, another payer the next', ['Het Rijk vergoedt 60% van de kosten van geluidsschermen. Het scherm langs de Ringweg kost € 730.000. De gemeentelijke bijdrage daarvoor is € 400.000.']],
  ['op grond van deze norm, enough toilets', ['Voor elke 40 bezoekers stellen we ten minste één toilet beschikbaar. Op grond van deze norm zijn er bij het concert met 2.000 bezoekers 50 toiletten.']]
]

describeCalculationBattery('prose-calculation hcalc2 battery, third batch', defects3, clean3, 4)

// Fourth batch: a share per payer in a list (`- de provincie: 40% van de kosten`), and a result
// after `dat zijn` or `komt neer op` under a norm. Measured before any fix for it: 2/3 (the two norms
// already by the rate readers), 3 look-alikes quiet.
const defects4: WrongCalculation[] = [
  ['shares per payer in a list, one applied', ['De kosten van nieuwe fietsroutes verdelen we zo:', '', '- de provincie: 40% van de kosten;', '- de gemeente: de rest.', '', 'De snelfietsroute naar Elderveen kost € 2.600.000. De provinciale bijdrage daarvoor is € 1.100.000.'], '1.100.000'],
  ['a norm with dat zijn', ['Per woning rekenen we met 2,5 afvalcontainers. Voor de 120 woningen in de Bongerd zijn dat 280 containers.'], '280'],
  ['a norm with komt neer op', ['We planten twee bomen per parkeerplaats. Voor het terrein met 65 parkeerplaatsen komt dat neer op 150 bomen.'], '150']
]

const clean4: Array<[string, string[]]> = [
  ['shares per payer in a list, the rest applied', ['De kosten van nieuwe fietsroutes verdelen we zo:', '', '- de provincie: 40% van de kosten;', '- de gemeente: de rest.', '', 'De snelfietsroute naar Elderveen kost € 2.600.000. De gemeentelijke bijdrage daarvoor is € 1.560.000.']],
  ['a norm with dat zijn, right', ['Per woning rekenen we met 2,5 afvalcontainers. Voor de 120 woningen in de Bongerd zijn dat 300 containers.']],
  ['a count that is no result of the norm', ['We planten twee bomen per parkeerplaats. Het terrein telt nu 65 parkeerplaatsen en 40 bomen; dat zijn er te weinig.']]
]

describeCalculationBattery('prose-calculation hcalc2 battery, fourth batch', defects4, clean4, 3)

