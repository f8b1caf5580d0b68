import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Helper hcalc21, written before changing the readers: calculations whose terms stand in another
// block than their result. (1) A list whose items each count one thing of one noun, and the sentence
// right after it that totals them (`samen`, `in totaal`), wherever the sum word stands in it; items
// may carry labels with numbers of their own (`fase 2:`). (2) A mean over the rows of the table just
// above (`Gemiddeld trokken de vijf evenementen …`, `Een school telt gemiddeld …`): the table's total
// over its rows. (3) Two counts joined by `en` and a verb of outcome (`komen we op`, `komt … uit op`):
// their sum. Look-alikes: the same sums right, a total of another noun, a term added in the sentence
// after the list, a rounded total on its side, a mean over a part of the rows or per another unit,
// a product that holds.
// (4) A percentage of a whole named by its noun whose amount the sentence before gives, with an
// apposition as its result; a rest whose whole stands two sentences back or a paragraph before; a
// change in points; a table row per unit of two other rows; two amounts restated per inhabitant.
// The start code (main 40eebf4) caught 5/24 (1 of the first 12); every look-alike stayed quiet.

const events = ['| Evenement | Bezoekers |', '|---|---:|', '| Kermis | 42.000 |', '| Koningsdag | 18.500 |', '| Kerstmarkt | 11.300 |', '| Zomerfestival | 9.800 |', '| Jazz aan de Vaart | 6.200 |', '| Totaal | 87.800 |', '']
const schools = ['Tabel 2. Leerlingen per school', '', '| School | Leerlingen | Lokalen |', '|---|---:|---:|', '| De Wilg | 412 | 16 |', '| Het Anker | 268 | 11 |', '| De Regenboog | 295 | 12 |', '| Klimop | 185 | 8 |', '| Totaal | 1.160 | 47 |', '']
const projects = ['| Project | Kosten (€) |', '|---|---:|', '| Speeltuin Noord | 36.000 |', '| Pleintje Zuid | 52.000 |', '| Skatebaan | 64.000 |', '| Totaal | 152.000 |', '']

const wrong: WrongCalculation[] = [
  ['list of counts, samen opening the next sentence', ['We planten in drie wijken:', '', '- Noord: 120 bomen;', '- Zuid: 85 bomen;', '- Centrum: 60 bomen.', '', 'Samen planten we daarmee 275 bomen.'], '275'],
  ['numbered items with a label number, in totaal', ['We bouwen in fasen:', '', '1. fase 1: Kerkpad, 40 woningen;', '2. fase 2: Molenweg, 55 woningen;', '3. fase 3: Dijkzicht, 45 woningen.', '', 'In totaal gaat het om 150 woningen, waarvan een derde sociale huur.'], '150'],
  ['count first in the items, samen late in the sentence', ['De laadpalen komen op deze plekken:', '', '- 18 laadpalen bij het gemeentehuis;', '- 14 laadpalen aan de Stationsweg;', '- 22 laadpalen op het Marktplein.', '', 'Met deze drie locaties plaatsen we samen 64 laadpalen.'], '64'],
  ['four items, daarmee … samen op', ['Het programma bereikt:', '', '- in Oost 310 deelnemers;', '- in West 275 deelnemers;', '- in Noord 190 deelnemers;', '- in Zuid 455 deelnemers.', '', 'Daarmee komen de vier wijken samen op 1.320 deelnemers.'], '1.320'],
  ['mean of the table above, gemiddeld opening the sentence', [...events, 'Gemiddeld trokken de vijf evenementen 19.560 bezoekers.'], '19.560'],
  ['mean per row named as the subject', [...schools, 'Een school telt gemiddeld 310 leerlingen.'], '310'],
  ['mean in euros per row', [...projects, 'Een project kostte gemiddeld € 56.000.'], '56.000'],
  ['mean with the count of rows in words and per', [...schools, 'De vier scholen hebben gemiddeld 13 lokalen per school.'], '13'],
  ['two counts and komen we op', ['Met 33 plekken op de flexlocatie en 21 via de corporatie komen we op 64 plekken.'], '64'],
  ['two counts and komt uit op', ['Met 140 leden in Noord en 95 leden in Zuid komt de vereniging uit op 255 leden.'], '255'],
  ['two counts, the outcome verb after a comma', ['In het voorjaar trainen we 46 vrijwilligers en in het najaar 38 vrijwilligers, zodat we in 2027 uitkomen op 94 vrijwilligers.'], '94'],
  ['named parts in brackets, a total of a wider noun', ['In de kernen Noordveen (1.240 inwoners) en Oudeschans (860 inwoners) wonen samen 2.300 mensen.'], '2.300'],
  ['three named parts in brackets, samen', ['De scholen De Wilg (412 leerlingen), Het Anker (268 leerlingen) en Klimop (185 leerlingen) tellen samen 965 kinderen.'], '965'],
  ['a share of a whole named in the sentence before, an apposition', ['Het overschot op de exploitatie bedraagt € 860.000. Wij voegen 25% van het overschot toe aan de egalisatiereserve, een bedrag van € 250.000.'], '250.000'],
  ['a share of a whole in its sentence, an apposition', ['Wij houden 15 procent van de rijkssubsidie van € 480.000 achter als buffer, een reservering van € 82.000.'], '82.000'],
  ['a rest whose whole stands two sentences back', ['De renovatie van de sporthal kost € 2,8 miljoen. De provincie draagt € 900.000 bij. Het overige deel van € 1,7 miljoen betalen we zelf.'], '1,7 miljoen'],
  ['a rest opening the next paragraph', ['Voor de vervanging van alle lichtmasten is € 640.000 nodig. Dit jaar besteden we daar € 180.000 aan.', '', 'De resterende € 360.000 schuiven we door naar de volgende planperiode.'], '360.000'],
  ['a per-unit row of a table that misses its two rows in one year', ['| | 2026 | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|---:|', '| Huishoudens | 18.200 | 18.350 | 18.500 | 18.600 |', '| Textiel (ton) | 310 | 320 | 330 | 340 |', '| Textiel (kg per huishouden) | 17,0 | 17,4 | 19,8 | 18,3 |'], '19,8'],
  ['a per-unit row in euros', ['| | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|', '| Deelnemers | 420 | 450 | 480 |', '| Kosten (€) | 84.000 | 90.000 | 96.000 |', '| Kosten (€ per deelnemer) | 200 | 230 | 200 |'], '230'],
  ['a change in points against the level of the sentence before', ['Het aandeel fietsers in het woon-werkverkeer was in 2025 31%. In 2019 lag dat op 26%, een stijging van 7 procentpunt.'], '7'],
  ['a change in points, its level a paragraph before', ['In 2025 sportte 54% van de jongeren wekelijks.', '', 'In 2021 was dat 49 procent: een stijging van 3 procentpunt.'], '3'],
  ['two amounts per inhabitant, one count', ['De subsidies van € 412.000 komen neer op € 9,50 per inwoner. Voor de bibliotheek is € 180.000 beschikbaar, ofwel € 5,10 per inwoner.'], '5,10'],
  ['what is left per household', ['De kosten van de inzameling zijn € 4,2 miljoen, dat is € 280 per huishouden. Na aftrek van de vergoedingen resteert € 3,6 miljoen, ofwel € 220 per huishouden.'], '220'],
  ['two counts of places, komen we op', ['Met 120 plaatsen in de sporthal en 85 in de kantine komen we op 215 plaatsen.'], '215']
]

const right: Array<[string, string[]]> = [
  ['a list total that holds', ['We planten in drie wijken:', '', '- Noord: 120 bomen;', '- Zuid: 85 bomen;', '- Centrum: 60 bomen.', '', 'Samen planten we daarmee 265 bomen.']],
  ['a total of another noun after a list', ['We isoleren in drie straten:', '', '- Kerkpad: 40 woningen;', '- Molenweg: 55 woningen;', '- Dijkzicht: 45 woningen.', '', 'Samen wonen daar 310 mensen.']],
  ['a term added in the sentence after the list', ['We planten in drie wijken:', '', '- Noord: 120 bomen;', '- Zuid: 85 bomen;', '- Centrum: 60 bomen.', '', 'Met de 35 bomen in het stadspark erbij planten we samen 300 bomen.']],
  ['a rounded list total on its side', ['Het programma bereikt:', '', '- in Oost 310 deelnemers;', '- in West 275 deelnemers;', '- in Noord 190 deelnemers.', '', 'Samen zijn dat bijna 780 deelnemers.']],
  ['a mean of the table that holds', [...events, 'Gemiddeld trokken de vijf evenementen 17.560 bezoekers.']],
  ['a mean over part of the rows', [...events, 'De drie grootste evenementen trokken gemiddeld 23.933 bezoekers.']],
  ['a mean per another unit than the rows', [...events, 'Gemiddeld kwamen er per dag 4.200 bezoekers.']],
  ['a mean per school that holds, rounded', [...schools, 'Een school telt gemiddeld 290 leerlingen en ongeveer 12 lokalen.']],
  ['named parts in brackets that add up', ['Noordveen (1.240 inwoners) en Oudeschans (860 inwoners) tellen samen 2.100 mensen.']],
  ['one name with a bracketed count', ['In Noordveen (1.240 inwoners) staan drie scholen met samen 410 leerlingen.']],
  ['named parts of another noun than the total, far off', ['De wijken Noord (1.200 woningen) en Zuid (900 woningen) tellen samen 4.600 inwoners.']],
  ['a share of the whole before that holds', ['Het overschot op de exploitatie bedraagt € 860.000. Wij voegen 25% van het overschot toe aan de egalisatiereserve, een bedrag van € 215.000.']],
  ['a share of a whole the sentence before does not name', ['Het budget voor 2027 is € 500.000. Wij besteden 30% van de subsidie aan communicatie, een bedrag van € 40.000.']],
  ['a share of a whole, two amounts before', ['Het overschot bedraagt € 860.000, na een tekort van € 120.000 in 2026. Wij voegen 25% van het overschot toe aan de reserve, een bedrag van € 250.000.']],
  ['a rest two sentences on that holds', ['De renovatie van de sporthal kost € 2,8 miljoen. De provincie draagt € 900.000 bij. Het overige deel van € 1,9 miljoen betalen we zelf.']],
  ['a paragraph about the other projects', ['Voor de vervanging van alle lichtmasten is € 640.000 nodig. Dit jaar besteden we daar € 180.000 aan.', '', 'De overige projecten van de afdeling kosten samen € 95.000.']],
  ['a rest in the next paragraph that holds', ['Voor de vervanging van alle lichtmasten is € 640.000 nodig. Dit jaar besteden we daar € 180.000 aan.', '', 'De resterende € 460.000 schuiven we door naar de volgende planperiode.']],
  ['a per-unit row that holds, rounded', ['| | 2026 | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|---:|', '| Huishoudens | 18.200 | 18.350 | 18.500 | 18.600 |', '| Textiel (ton) | 310 | 320 | 330 | 340 |', '| Textiel (kg per huishouden) | 17,0 | 17,4 | 17,8 | 18,3 |']],
  ['a per-unit row of another base than the rows beside it', ['| | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|', '| Deelnemers | 420 | 450 | 480 |', '| Kosten (€) | 84.000 | 90.000 | 96.000 |', '| Kosten (€ per deelnemer) | 180 | 175 | 170 |']],
  ['a change in points that holds', ['Het aandeel fietsers in het woon-werkverkeer was in 2025 31%. In 2019 lag dat op 26%, een stijging van 5 procentpunt.']],
  ['a relative change of two percentages', ['Het aandeel fietsers in het woon-werkverkeer was in 2025 31%. In 2019 lag dat op 25%, een stijging van 24 procent.']],
  ['a change in points a paragraph on that holds', ['In 2025 sportte 54% van de jongeren wekelijks.', '', 'In 2021 was dat 49 procent: een stijging van 5 procentpunt.']],
  ['two amounts per inhabitant that hold', ['De subsidies van € 412.000 komen neer op € 9,50 per inwoner. Voor de bibliotheek is € 180.000 beschikbaar, ofwel € 4,15 per inwoner.']],
  ['a rate per pupil of a part of the pupils', ['Het leerlingenvervoer kost € 1,2 miljoen, dat is € 2.400 per leerling. Het aangepaste vervoer kost € 450.000, omgerekend € 2.250 per leerling.']],
  ['rates per household of two years', ['In 2025 kostte de inzameling € 5,8 miljoen, ofwel € 320 per huishouden. In 2030 is dat € 6,4 miljoen, ofwel € 335 per huishouden.']],
  ['a rate per a narrowed group of inhabitants', ['De regeling kost € 2,4 miljoen, ofwel € 50 per inwoner. Voor de minima gaat het om € 600.000, ofwel € 95 per inwoner met een laag inkomen.']],
  ['a rest whose whole stands three sentences back, a ratio between', ['Van de 480 aanvragen werden er 300 toegekend: zes op de tien. In 72 gevallen trok de aanvrager de aanvraag in, 15 procent van het totaal. De overige 108 aanvragen werden afgewezen.']],
  ['a product with komen we op', ['Met 12 teams van 15 spelers komen we op 180 spelers.']],
  ['two counts that add up, komen we op', ['Met 40 plekken in de sporthal en 25 plekken in de kantine komen we op 65 plekken.']],
  ['two counts and a result of something else', ['Met 40 vrijwilligers en 25 stagiairs komen we op 1.300 uur per jaar.']]
]

describeCalculationBattery('calculation terms in another block than the result (hcalc21)', wrong, right, 1)
