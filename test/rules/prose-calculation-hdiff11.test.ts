import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hdiff11 battery, written before reading the calculation code: a stated change, difference or rest
// between two levels that does not hold, where the two levels stand apart from the claim (in the
// sentence or list before, in a table, tied to years or to `nu`/`vorig jaar`), the claim comes before
// or after them, in digits, words and other units. The right ones are the same shapes that hold,
// or a change whose base the text does not give.

const wrong: WrongCalculation[] = [
  ['a growth by years in the next sentence', ['In 2022 telde de voedselbank 418 klanten, in 2025 waren het er 506.', 'Tussen 2022 en 2025 kwamen er 98 klanten bij.'], '98'],
  ['an earlier level more than now', ['Nu staan er 1.275 mensen op de wachtlijst. Vorig jaar waren het er nog 1.420, ruim 165 meer dan nu.'], '165'],
  ['a growth after a list of years', ['Het aantal openbare laadpalen:', '', '- 2023: 214', '- 2025: 331', '', 'In twee jaar zijn er 127 palen bijgekomen.'], '127'],
  ['a rise in millions restated in thousands', ['De kosten van het leerlingenvervoer liepen op van € 2,3 miljoen in 2023 tot € 2,75 miljoen in 2025. Dat is € 550.000 meer.'], '550.000'],
  ['a fall in the sentence after the two levels', ['Vorig jaar hadden we 620 vrijwilligers; dit jaar zijn het er 575. Er zijn er dus 55 afgehaakt.'], '55'],
  ['a growth against a table', ['| Jaar | Inschrijvingen |', '| --- | --- |', '| 2024 | 1.130 |', '| 2025 | 1.262 |', '', 'Het aantal inschrijvingen nam in een jaar met 142 toe.'], '142'],
  ['a net addition to a target', ['De voorraad sociale huurwoningen is nu 4.810. We willen naar 5.200 in 2030, dus er moeten er netto 410 bij.'], '410'],
  ['a plus in brackets', ['Het jeugdhonk trok in 2024 2.940 bezoekers en in 2025 3.385 (een plus van 465).'], '465'],
  ['a surplus after the budget and the spending', ['Het budget voor minimabeleid bedroeg € 740.000; we gaven € 689.500 uit. Het overschot van € 60.500 vloeit terug naar de algemene reserve.'], '60.500'],
  ['a fall with tegen', ['Het aantal meldingen van zwerfafval daalde: 2.216 in 2024 tegen 1.987 in 2025, een afname van 239.'], '239'],
  ['a shrink across three sentences', ['In januari wachtten 312 gezinnen op een plek. In december waren het er nog 247.', 'De wachtlijst kromp daarmee met 75 gezinnen.'], '75'],
  ['a rise in millions restated as a rounded amount', ['De opbrengst van de parkeerbelasting steeg van € 1,41 miljoen naar € 1,58 miljoen: een stijging van € 190.000.'], '190.000'],
  ['a remainder still to adapt', ['Van de 86 bushaltes zijn er 59 toegankelijk. Er moeten er dus nog 17 worden aangepast.'], '17'],
  ['a gap against a level of another year paragraphs up', ['In 2026 leenden 1.480 gezinnen een pakket bij de speelotheek.', '', 'De meeste gezinnen wonen in de oude wijken.', '', 'Het aantal gezinnen lag daarmee 95 hoger dan in 2025, toen 1.405 gezinnen een pakket leenden.'], '95'],
  ['a sum over the period of a table in thousands, naming no row', ['| Maatregel | 2027 | 2028 | 2029 | 2030 |', '| --- | --- | --- | --- | --- |', '| Slimme verlichting | 70 | 110 | 110 | 110 |', '| Zuinige pompen | 30 | 60 | 60 | 60 |', '| Totaal | 100 | 170 | 170 | 170 |', '', 'Bedragen x € 1.000.', '', 'Over de hele looptijd brengen de maatregelen bij elkaar € 710.000 op.'], '710.000'],
  ['a left-over stated before what was spent', ['Er bleef € 23.400 over van de € 150.000 voor het sportakkoord, omdat we € 131.600 hebben besteed.'], '23.400']
]

const right: Array<[string, string[]]> = [
  ['the growth by years right', ['In 2022 telde de voedselbank 418 klanten, in 2025 waren het er 506.', 'Tussen 2022 en 2025 kwamen er 88 klanten bij.']],
  ['the earlier level more than now rounded', ['Nu staan er 1.275 mensen op de wachtlijst. Vorig jaar waren het er nog 1.420, ruim 140 meer dan nu.']],
  ['a growth of another noun', ['In 2025 hadden we 320 leden en 45 vrijwilligers. Er kwamen 18 leden bij.']],
  ['a growth against an unstated year', ['In 2025 waren er 73 zaken. Ten opzichte van 2023 kwamen er 18 zaken bij.']],
  ['a growth between the later two of three years', ['In 2021 waren het er 400, in 2023 450 en in 2025 520. Sinds 2023 kwamen er 70 bij.']],
  ['a net growth of in and out', ['Er kwamen 30 nieuwe leden bij en 12 vertrokken, netto 18 erbij: van 200 naar 218.']],
  ['the rise in millions rounded', ['De kosten van het leerlingenvervoer liepen op van € 2,3 miljoen in 2023 tot € 2,75 miljoen in 2025. Dat is bijna een half miljoen meer.']],
  ['the growth against a table right', ['| Jaar | Inschrijvingen |', '| --- | --- |', '| 2024 | 1.130 |', '| 2025 | 1.262 |', '', 'Het aantal inschrijvingen nam in een jaar met 132 toe.']],
  ['a change since a year the two-year table lacks', ['| Jaar | Inschrijvingen |', '| --- | --- |', '| 2024 | 1.130 |', '| 2025 | 1.262 |', '', 'Het aantal inschrijvingen nam sinds 2020 met 300 toe.']],
  ['a rise of another noun after two levels', ['Het aantal meldingen steeg van 410 naar 470; het aantal boetes nam met 25 toe.']],
  ['the fall with minder right', ['Eind 2024 stonden 1.420 mensen op de wachtlijst; nu zijn het er 1.275, 145 minder.']],
  ['new ones among a later level', ['In 2023 telden we 41 cursisten. In 2025 waren er 73 deelnemers aan de taalcafés, van wie 18 nieuw.']],
  ['the surplus right', ['Het budget voor minimabeleid bedroeg € 740.000; we gaven € 689.500 uit. Het overschot van € 50.500 vloeit terug naar de algemene reserve.']],
  ['a growth over a planned addition', ['We hebben 64 volkstuinen. In 2027 komen er 28 bij, in 2028 nog eens 10.']],
  ['the gap against a level paragraphs up right', ['In 2026 leenden 1.480 gezinnen een pakket bij de speelotheek.', '', 'De meeste gezinnen wonen in de oude wijken.', '', 'Het aantal gezinnen lag daarmee 75 hoger dan in 2025, toen 1.405 gezinnen een pakket leenden.']],
  ['a gap of another noun than the level paragraphs up', ['In 2026 leenden 1.480 gezinnen een pakket bij de speelotheek.', '', 'De meeste gezinnen wonen in de oude wijken.', '', 'Het aantal uitleningen lag 95 hoger dan in 2025, toen 1.405 pakketten werden uitgeleend.']],
  ['the sum over the period right', ['| Maatregel | 2027 | 2028 | 2029 | 2030 |', '| --- | --- | --- | --- | --- |', '| Slimme verlichting | 70 | 110 | 110 | 110 |', '| Zuinige pompen | 30 | 60 | 60 | 60 |', '| Totaal | 100 | 170 | 170 | 170 |', '', 'Bedragen x € 1.000.', '', 'Over de hele looptijd brengen de maatregelen bij elkaar € 610.000 op.']],
  ['a sum over the period of one named row', ['| Maatregel | 2027 | 2028 | 2029 | 2030 |', '| --- | --- | --- | --- | --- |', '| Slimme verlichting | 70 | 110 | 110 | 110 |', '| Zuinige pompen | 30 | 60 | 60 | 60 |', '| Totaal | 100 | 170 | 170 | 170 |', '', 'Bedragen x € 1.000.', '', 'Over de hele looptijd brengen de zuinige pompen bij elkaar € 210.000 op.']],
  ['a yearly amount over the period beside a table with a total row', ['| Maatregel | 2027 | 2028 | 2029 | 2030 |', '| --- | --- | --- | --- | --- |', '| Slimme verlichting | 70 | 110 | 110 | 110 |', '| Zuinige pompen | 30 | 60 | 60 | 60 |', '| Totaal | 100 | 170 | 170 | 170 |', '', 'Bedragen x € 1.000.', '', 'Voor onderhoud reserveren we jaarlijks € 45.000; over de hele looptijd is dat samen € 180.000.']],
  ['the remainder right', ['Van de 86 bushaltes zijn er 59 toegankelijk. Er moeten er dus nog 27 worden aangepast.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 11

describeCalculationBattery('prose calculation battery (hdiff11: changes between two levels)', wrong, right, mustCatch)
