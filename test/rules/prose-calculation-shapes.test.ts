import { financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 3 causes of missed calculations, each in several nouns, numbers and places (prose, list
// item, action list under a theme, a paragraph after one without a full stop):
// (1) a number that is no amount (a percentage, a count of something else) or a paragraph or list
//     item without a full stop before `N à € P, samen € T` hid the calculation;
// (2) a result verb with its subject between (`komen de kosten voor X op`, `wat neerkomt op`);
// (3) list items of a theme (read as actions) were not visited;
// (4) an amount per month or quarter restated per year;
// (5) a percentage `op` an amount with `een bedrag van` as result;
// (6) a change of a count (no euros), with years between the values;
// (7) `na aftrek van € B blijft € C over` with the whole in the sentence before;
// (8) an amount per year over the plan period (`planperiode`, `looptijd`) with a total;
// (9) a number of times (`vijf keer per jaar`) and the price of one time, with a total;
// (a) a calculation written in a cell of a table in the text or in a list item.

const theme = (items: string[]): string[] => ['# Drie thema’s', '', '## Thema 1: Meedoen {#t1}', '', 'We willen dat iedereen meedoet.', '', '### Wat gaan we doen', '', ...items.map((i) => `- ${i}`)]

const writtenDefects: DefectWording[] = [
  ['(1) a percentage before the count', ['# Financiën', '', 'Bij een opkomst van 80% verwachten we 45 deelnemers à € 120, samen € 6.400.'], '`5.400`'],
  ['(1) a list item after one without a full stop', ['# Financiën', '', '- De twaalf wijken krijgen € 4.000 per wijk, samen € 48.000 per jaar', '- 36 mentoren krijgen een training à € 250 per mentor, samen € 8.000 per jaar.'], '`9.000`'],
  ['(1) a count of another thing before', ['# Zorg', '', 'Van de 300 aanmeldingen kregen er 64 een traject à € 1.500, samen € 86.000.'], '`96.000`'],
  ['(2) wat neerkomt op', ['# Energie', '', 'We plaatsen acht laadpalen van elk € 6.000, wat neerkomt op € 54.000.'], '`48.000`'],
  ['(3) an action of a theme with elk', theme(['We geven zes buurthuizen elk € 2.500 per jaar, samen € 16.000 per jaar.']), '`15.000`'],
  ['(2) komt het budget uit op', ['# Jeugd', '', 'Voor 30 gezinnen à € 900 komt het budget uit op € 24.000.'], '`27.000`'],
  ['(7) na aftrek, resteert', ['# Wonen', '', 'De renovatie van het buurthuis kost € 86.000. Na aftrek van de provinciale bijdrage van € 30.000 resteert voor de gemeente € 46.000.'], '`56.000`'],
  ['(a) an equation in a cell of a table in the text', ['# Participatie', '', '| Onderdeel | Berekening |', '|---|---|', '| Bijeenkomsten | 4 × € 3.500 = € 12.000 |', '| Licenties | 3 × € 2.000 = € 6.000 |'], '`14.000`'],
  ['(a) a price à and samen in a cell', ['# Sport', '', '| Activiteit | Kosten |', '|---|---|', '| Trainingen | 12 trainingen à € 450, samen € 5.800 |', '| Toernooi | € 2.500 |'], '`5.400`'],
  ['(a) an equation in a list item', ['# Jeugd', '', '- Coaches: 6 à € 1.200 = € 7.000', '- Materialen: € 1.500'], '`7.200`'],
  ['(9) keer in digits with in totaal: the written calculation is a fout, reported once', ['# Veiligheid', '', 'We houden 12 keer per jaar een schouw, een schouw kost gemiddeld € 450, in totaal € 6.000.'], '`5.400`']
]

const writtenClean: CleanWording[] = [
  ['(1) a percentage before a count that holds', ['# Financiën', '', 'Bij een opkomst van 80% verwachten we 45 deelnemers à € 120, samen € 5.400.']],
  ['(1) list items that hold', ['# Financiën', '', '- De twaalf wijken krijgen € 4.000 per wijk, samen € 48.000 per jaar', '- 36 mentoren krijgen een training à € 250 per mentor, samen € 9.000 per jaar.']],
  ['(1) a paragraph after one without a full stop, holding', ['# Financiën', '', 'Het loket kost € 30.000 per jaar', '', 'Daarnaast werven we 25 buddy’s. Zij krijgen een vergoeding à € 400 per buddy, samen € 10.000.']],
  ['(1) named amounts and a priced item, samen', ['# Financiën', '', 'We trekken € 5.000 uit voor de campagne en 3 trajecten à € 2.000, samen € 11.000.']],
  ['(2) wat neerkomt op, holding', ['# Energie', '', 'We plaatsen acht laadpalen van elk € 6.000, wat neerkomt op € 48.000.']],
  ['(3) an action with elk that holds', theme(['We geven zes buurthuizen elk € 2.500 per jaar, samen € 15.000 per jaar.'])],
  ['(2) komt het budget uit op, holding', ['# Jeugd', '', 'Voor 30 gezinnen à € 900 komt het budget uit op € 27.000.']],
  ['(7) na aftrek with two amounts before', ['# Wonen', '', 'De renovatie kost € 86.000 en de inrichting € 14.000. Na aftrek van de bijdrage van € 30.000 resteert voor de gemeente € 70.000.']],
  ['(a) equations in cells that hold', ['# Participatie', '', '| Onderdeel | Berekening |', '|---|---|', '| Bijeenkomsten | 4 × € 3.500 = € 14.000 |', '| Licenties | 3 × € 2.000 = € 6.000 |']],
  ['(a) a cell with a price and the next cell with another amount', ['# Sport', '', '| Activiteit | Tarief | Budget 2026 |', '|---|---|---|', '| Trainingen | € 450 per training | € 8.000 |', '| Toernooi | 2 × per jaar | € 2.500 |']],
  ['(a) a period in a cell next to an amount', ['# Jeugd', '', '| Periode | Bedrag |', '|---|---|', '| 2026 – 2027 | € 4.000 |', '| 2028 – 2029 | € 5.000 |']]
]

const readingDefects: DefectWording[] = [
  // The count stands in the sentence before the rate: a reading of two sentences, so a warning of this rule.
  ['(1) a count in the sentence before, after a paragraph without a full stop', ['# Financiën', '', 'Het loket kost € 30.000 per jaar', '', 'Daarnaast werven we 25 buddy’s. Zij krijgen een vergoeding à € 400 per buddy, samen € 12.000.'], '`10.000`'],
  ['(3) holders of the unit', ['# Sport', '', '- We geven een sportpas aan 180 jongeren. Met 180 pashouders en € 60 per pas kost dat € 12.800 per jaar.'], '`10.800`'],
  ['(3) users of the unit in a sentence', ['# Mobiliteit', '', 'Met 90 abonnementhouders en € 240 per abonnement komt de bijdrage op € 24.600.'], '`21.600`'],
  ['(2) komen de kosten voor X op', ['# Openbare ruimte', '', 'Met 12 bankjes van € 1.800 per stuk komen de kosten voor het meubilair op € 24.600.'], '`21.600`'],
  ['(2) komt de investering op, over a line break', ['# Mobiliteit', '', 'Met 9 nieuwe bushaltes van € 28.000 per stuk komt de investering in haltes op', '€ 262.000. De rest gaat naar fietspaden.'], '`252.000`'],
  ['(3) an action of a theme with a count and a rate', theme(['We openen de speeltuinen vaker.', 'Met naar verwachting 260 deelnemers en € 40 per deelnemer kost dat € 11.400 per jaar.']), '`10.400`'],
  ['(3) an action of a theme with a count and a price per stuk', theme(['Voor 15 AED-kasten van € 1.200 per stuk trekken we € 21.000 uit.']), '`18.000`'],
  ['(5) a percentage op an amount, een bedrag van', ['# Cultuur', '', 'Voor de bibliotheek betekent de indexatie van 2% op € 640.000 een bedrag van € 14.800.'], '`12.800`'],
  ['(5) a percentage of an amount, een bedrag van', ['# Sport', '', 'Een korting van 10% van € 45.000 levert de verenigingen een bedrag van € 5.500 op.'], '`4.500`'],
  ['(4) per maand, dat is per jaar', ['# Wonen', '', 'De huurtoeslag stijgt met € 25 per maand, dat is € 330 per jaar.'], '`300`'],
  ['(4) per kwartaal, ofwel per jaar', ['# Financiën', '', 'De bijdrage aan de regio is € 12.500 per kwartaal, ofwel € 60.000 per jaar.'], '`50.000`'],
  ['(4) a list item with per maand and per jaar', ['# Minima', '', '- De meedoenregeling geeft € 15 per maand; dat is € 200 per jaar per kind.'], '`180`'],
  ['(6) a count with years between', ['# Onderwijs', '', 'Het aantal thuiszitters ging van 64 in 2021 naar 41 in 2025, een daling van 13 leerlingen.'], '`23`'],
  ['(6) a count with a unit', ['# Sport', '', 'Het ledental steeg van 1.240 leden naar 1.390 leden, een groei van 170 leden.'], '`150`'],
  ['(6) a count in a list item', ['# Veiligheid', '', '- Het aantal woninginbraken daalde van 212 naar 167, een afname van 35.'], '`45`'],
  ['(7) na aftrek, with the whole in the sentence before', ['# Energie', '', 'Een zonneboiler kost gemiddeld € 4.200. Inwoners kunnen subsidie aanvragen.', 'Na aftrek van de subsidie van € 900 blijft voor de eigenaar € 3.500 over.'], '`3.300`'],
  ['(8) per jaar over the plan period', ['# Financiën', '', 'Het budget van € 30.000 per jaar komt over de hele planperiode op € 150.000.'], '`120.000`'],
  ['(8) jaarlijks over the looptijd', ['# Financiën', '', 'De provincie draagt jaarlijks € 45.000 bij; over de looptijd van dit programma is dat € 200.000.'], '`180.000`'],
  ['(9) a number of times and the price of one time', ['# Participatie', '', 'Het jongerenpanel komt vijf keer per jaar bijeen; een bijeenkomst kost € 1.800, samen € 8.000 per jaar.'], '`9.000`'],
  ['(9) maal and elke, in a list item', ['# Cultuur', '', '- De muziekschool speelt zes maal in de wijken; elke voorstelling kost € 2.200, samen € 14.200.'], '`13.200`']
]

const readingClean: CleanWording[] = [
  ['(3) holders of another unit', ['# Sport', '', 'Met 180 pashouders en € 60 per les kost dat € 12.800 per jaar.']],
  ['(2) komen de kosten voor X op, holding', ['# Openbare ruimte', '', 'Met 12 bankjes van € 1.800 per stuk komen de kosten voor het meubilair op € 21.600.']],
  ['(2) komt de investering op an amount of another thing', ['# Mobiliteit', '', 'Met 9 nieuwe bushaltes van € 28.000 per stuk en twee fietsbruggen komt de investering op € 1,4 miljoen.']],
  ['(3) an action of a theme that holds', theme(['We openen de speeltuinen vaker.', 'Met naar verwachting 260 deelnemers en € 40 per deelnemer kost dat € 10.400 per jaar.'])],
  ['(3) an action with an amount per another unit', theme(['We geven 15 scholen € 1.200 per klas, samen € 54.000.'])],
  ['(5) a percentage op an amount that holds', ['# Cultuur', '', 'Voor de bibliotheek betekent de indexatie van 2% op € 640.000 een bedrag van € 12.800.']],
  ['(5) a percentage op one amount and a bedrag of another', ['# Cultuur', '', 'De indexatie is 2% op de loonkosten; de bibliotheek krijgt daarnaast een bedrag van € 14.800.']],
  ['(4) per maand and per jaar that hold', ['# Wonen', '', 'De huurtoeslag stijgt met € 25 per maand, dat is € 300 per jaar.']],
  ['(4) per maand and per jaar of other things', ['# Wonen', '', 'De huur is € 650 per maand; de servicekosten zijn € 480 per jaar.']],
  ['(4) per week and per jaar rounded', ['# Zorg', '', 'Een dagbesteding kost € 150 per week, ruim € 7.800 per jaar.']],
  ['(6) a count with years that holds', ['# Onderwijs', '', 'Het aantal thuiszitters ging van 64 in 2021 naar 41 in 2025, een daling van 23 leerlingen.']],
  ['(6) a count and a percentage change', ['# Sport', '', 'Het ledental steeg van 1.240 naar 1.390, een groei van 12%.']],
  ['(6) a change since another year', ['# Veiligheid', '', 'Het aantal inbraken daalde van 212 naar 167, een afname van 60 sinds 2019.']],
  ['(7) na aftrek that holds', ['# Energie', '', 'Een zonneboiler kost gemiddeld € 4.200. Inwoners kunnen subsidie aanvragen.', 'Na aftrek van de subsidie van € 900 blijft voor de eigenaar € 3.300 over.']],
  ['(7) na aftrek with two amounts before', ['# Wonen', '', 'De renovatie kost € 86.000 en de inrichting € 14.000. Na aftrek van de bijdrage van € 30.000 resteert voor de gemeente € 70.000.']],
  ['(8) per jaar over the plan period that holds', ['# Financiën', '', 'Het budget van € 30.000 per jaar komt over de hele planperiode op € 120.000.']],
  ['(8) per jaar from a later year', ['# Financiën', '', 'Vanaf 2027 is er € 30.000 per jaar; over de planperiode is dat € 90.000.']],
  ['(9) a number of times that holds', ['# Participatie', '', 'Het jongerenpanel komt vijf keer per jaar bijeen; een bijeenkomst kost € 1.800, samen € 9.000 per jaar.']],
  ['(9) a price of something else than the occurrence', ['# Economie', '', 'De markt staat twee keer per jaar op het plein; een kraam kost € 50, samen € 2.000 aan huur van 40 kramen.']],
  ['(9) samen met another cost', ['# Participatie', '', 'We peilen vier keer per jaar; een peiling kost € 3.500, samen met de rapportage € 16.000.']]
]

describeWordings(financeNetStatedVsComputed, writtenDefects, writtenClean)
describeWordings(proseCalculation, readingDefects, readingClean)
