import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 causes of missed calculations, each in other nouns, numbers and places:
// (1) a rate per unit in one sentence and the count of those units in the next (or the other
//     way round): the sentence before had more numbers than the rate, or the result sentence had
//     no back-reference word, although the unit after `per` ties rate and count;
// (2) an investment written off or spread over a number of years, with the amount per year;
// (3) a change of a count stated with its size after it as `dat zijn c minder` or `c meer`;
// (4) an amount per year over `de hele periode` with `elk` before the total;
// (5) a change `naar B, een toename van C` whose starting level of the same count stands in an
//     earlier sentence or paragraph (`het aantal X lag op A`);
//     Also for an amount named by its noun (`de bijdrage bedroeg € A … stijgt de bijdrage naar € B`);
// (6) a sentence that states a change or a gap between cells of a table above it (`de instroom
//     nam tussen 2023 en 2025 met 56 toe`, `in 2024 lag de instroom 111 boven de uitstroom`);
// (7) a total in a paragraph that adds one amount to the total of the paragraph before, which
//     its first sentence points back to (`daar … tegenover`, `daarnaast`).
const s = (heading: string, lines: string[]): string[] => [`# ${heading}`, '', ...lines]

const defects: DefectWording[] = [
  ['(1) a rate per unit after other numbers, the count in the next sentence', s('Onderwijs', ['Per bibliotheekpunt rekenen we 6 uur per week; bij € 55 per uur en 38 weken is dat € 12.540 per bibliotheekpunt per jaar. Voor alle 9 bibliotheekpunten samen komt dat op € 102.860 per jaar.']), '`112.860`'],
  ['(1) the count first, the rate per unit in the next sentence', s('Schulden', ['We begeleiden in de pilot 85 huishoudens met kinderen. De kosten zijn € 2.300 per huishouden, samen € 205.500 per jaar.']), '`195.500`'],
  ['(1) a rate per unit in a list item, the count after it', s('Sport', ['- De buurtsportcoach kost € 4.600 per wijk per jaar. Voor de 14 wijken komt dat op € 68.400.']), '`64.400`'],
  ['(1) a count of places and a price per place in the next sentence', s('Opvang', ['In de gemeente zijn 32 crisisplekken. Een plek kost € 41.000 per plek; samen is dat € 1.402.000.']), '`1.312.000`'],
  ['(2) an investment written off over years', s('Accommodaties', ['Het nieuwe zwembad kost € 9.600.000. Afgeschreven over 40 jaar is dat € 260.000 per jaar.']), '`240.000`'],
  ['(2) over years written off, a yearly charge', s('Accommodaties', ['De netto investering in de brede school is € 6,4 mln. Over 40 jaar afgeschreven betekent dat een jaarlast van € 180.000.']), '`160.000`'],
  ['(2) spread over years in one sentence', s('Klimaat', ['De eenmalige bijdrage van € 750.000 verdelen we over 5 jaar, dat is € 160.000 per jaar.']), '`150.000`'],
  ['(2) a term in words', s('Wegen', ['De reconstructie van de Dorpsstraat kost € 1.800.000; bij een afschrijving in twintig jaar is de jaarlast € 95.000.']), '`90.000`'],
  ['(3) a count change with dat zijn minder', s('Werk', ['Het aantal bijstandsuitkeringen daalt van 2.310 eind 2025 naar 2.150 eind 2027, dat zijn 180 uitkeringen minder.']), '`160`'],
  ['(3) a count change with meer', s('Wonen', ['Het aantal sociale huurwoningen groeit van 4.820 naar 5.140, 330 woningen meer.']), '`320`'],
  ['(3) a count change in a list item', s('Jeugd', ['- Het aantal jeugdhulptrajecten gaat van 960 naar 885, dat is 65 minder.']), '`75`'],
  ['(4) a share per year over the whole period, each', s('Economie', ['De centrummanager kost € 80.000 per jaar. Gemeente en ondernemers betalen elk de helft, € 40.000 per jaar, en dus over de hele periode elk € 150.000.']), '`160.000`'],
  ['(4) per year over the whole period, in total', s('Cultuur', ['Het festival krijgt € 35.000 per jaar, over de gehele periode in totaal € 150.000.']), '`140.000`'],
  ['(4) yearly over the whole period, together', s('Groen', ['- Het bomenplan krijgt jaarlijks € 60.000, voor de volledige periode samen € 260.000.']), '`240.000`'],
  ['(5) a level in the paragraph before, the change after', s('Ouderen', ['Het aantal mantelzorgers lag in 2024 op 3.420.', '', 'Volgens de regionale prognose stijgt het aantal mantelzorgers tot 2030 naar 3.980, een toename van 650.']), '`560`'],
  ['(5) a level earlier in the paragraph, a decrease', s('Werk', ['Eind 2025 was het aantal 55-plus-werkzoekenden 1.265. Met de nieuwe aanpak daalt het aantal 55-plus-werkzoekenden naar 1.140, een daling van 135 mensen.']), '`125`'],
  ['(5) a level in a list item, the change in the next', s('Onderwijs', ['- Het aantal leerlingen in het voortgezet onderwijs bedroeg 5.830.', '- In 2029 groeit het aantal leerlingen naar 6.240, dat is een groei van 420.']), '`410`'],
  ['(5) an amount level before, the change after', s('Cultuur', ['De subsidie aan het poppodium bedroeg in 2025 € 82.000.', '', 'Vanaf 2027 stijgt de subsidie naar € 97.500, een stijging van € 17.500.']), '`15.500`'],
  ['(5) an amount level and a decrease in a list', s('Financiën', ['- Het weerstandsvermogen is nu € 4,2 mln.', '- Na de onttrekkingen daalt het weerstandsvermogen naar € 3,1 mln, een daling van € 1,3 mln.']), '`1.100.000`'],
  ['(5) a budget level and a growth', s('Jeugd', ['Het budget voor jeugdhulp was € 14.300.000. Het budget groeit in 2028 naar € 15.100.000, een groei van € 900.000.']), '`800.000`'],
  ['(6) a change between two year columns of a table row', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'De aanmeldingen namen tussen 2023 en 2025 met 100 toe.']), '`90`'],
  ['(6) a gap between two rows in one year', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'In 2024 lagen de aanmeldingen daarmee 130 boven de afhandeling; de achterstand groeit.']), '`120`'],
  ['(6) a gap to rows that share their first word', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'In 2025 lag de afhandeling 415 boven de doorverwijzing.']), '`395`'],
  ['(6) the verb before the subject, a participle', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'Tussen 2023 en 2025 is de afhandeling met 80 gestegen.']), '`90`'],
  ['(6) a gap written as hoger dan', s('Veiligheid', ['| Soort | 2021 | 2023 | 2025 |', '|---|---|---|---|', '| Meldingen van overlast | 1.240 | 1.315 | 1.190 |', '| Aangiften van inbraak | 310 | 275 | 240 |', '', 'Het aantal meldingen was in 2023 met 1.140 hoger dan het aantal aangiften.']), '`1.040`'],
  ['(6) a decrease with afgenomen in a list item', s('Veiligheid', ['| Soort | 2021 | 2023 | 2025 |', '|---|---|---|---|', '| Meldingen van overlast | 1.240 | 1.315 | 1.190 |', '| Aangiften van inbraak | 310 | 275 | 240 |', '', '- Tussen 2021 en 2025 zijn de aangiften met 80 afgenomen.']), '`70`'],
  ['(6) a change in another table and wording', s('Havens', [...['| Voorziening | 2022 | 2024 | 2026 |', '|---|---|---|---|', '| Ligplaatsen in de haven | 140 | 152 | 168 |', '| Wachtenden op de lijst | 60 | 75 | 90 |', ''], '- Het aantal wachtenden steeg tussen 2022 en 2026 met 25.']), '`30`'],
  ['(7) a total carried from the paragraph before', s('Klimaat', ['Van de provincie krijgen we in totaal € 360.000: € 100.000 in 2026, € 120.000 in 2027 en € 140.000 in 2028.', '', 'De gemeente zet daar € 180.000 tegenover. Samen is er dus € 520.000 beschikbaar.']), '`540.000`'],
  ['(7) daarnaast and a total in a list', s('Cultuur', ['- Het Rijk draagt in totaal € 75.000 bij aan het erfgoedprogramma.', '', 'Daarnaast investeert de gemeente € 45.000. Bij elkaar is dat € 130.000.']), '`120.000`'],
  ['(7) daarbovenop and in totaal', s('Wonen', ['Voor de startersleningen is bij elkaar € 1,2 mln gereserveerd.', '', 'Daarbovenop komt € 300.000 uit de reserve volkshuisvesting, zodat in totaal € 1,6 mln beschikbaar is.']), '`1.500.000`']
]

const clean: CleanWording[] = [
  ['(7) a total carried from the paragraph before that holds', s('Klimaat', ['Van de provincie krijgen we in totaal € 360.000: € 100.000 in 2026, € 120.000 in 2027 en € 140.000 in 2028.', '', 'De gemeente zet daar € 180.000 tegenover. Samen is er dus € 540.000 beschikbaar.'])],
  ['(7) a total of another paragraph without a back-reference', s('Cultuur', ['Het Rijk draagt in totaal € 75.000 bij aan het erfgoedprogramma.', '', 'De bibliotheek krijgt € 45.000. Met de eigen inkomsten is er samen € 130.000.'])],
  ['(7) a yearly amount on top of a total', s('Wonen', ['Voor de startersleningen is bij elkaar € 1,2 mln gereserveerd.', '', 'Daarnaast komt er € 300.000 per jaar bij, in totaal € 1,6 mln.'])],
  ['(1) a rate per unit and a count that hold', s('Onderwijs', ['Per bibliotheekpunt rekenen we 6 uur per week; bij € 55 per uur en 38 weken is dat € 12.540 per bibliotheekpunt per jaar. Voor alle 9 bibliotheekpunten samen komt dat op € 112.860 per jaar.'])],
  ['(1) the count first and a rate that hold', s('Schulden', ['We begeleiden in de pilot 85 huishoudens met kinderen. De kosten zijn € 2.300 per huishouden, samen € 195.500 per jaar.'])],
  ['(1) a rate per year and a count of years in the next sentence', s('Sport', ['Het budget is € 250.000 per jaar. Over vier jaar zijn de lasten samen € 1,3 miljoen, met de eenmalige kosten erbij.'])],
  ['(1) a count of something else and a rate per unit', s('Opvang', ['In de gemeente zijn 32 crisisplekken. Een traject kost € 41.000 per cliënt; samen is dat € 2.050.000 voor 50 cliënten.'])],
  ['(2) written off and correct', s('Accommodaties', ['Het nieuwe zwembad kost € 9.600.000. Afgeschreven over 40 jaar is dat € 240.000 per jaar.'])],
  ['(2) written off with interest in the yearly charge', s('Accommodaties', ['De investering is € 6,4 mln. Over 40 jaar annuïtair afgeschreven is de jaarlast inclusief rente € 230.000.'])],
  ['(2) capital charges with interest after the write-off', s('Accommodaties', ['De investering bedraagt € 4.000.000. Afgeschreven over 40 jaar is dat € 100.000 per jaar, en met de rente van € 60.000 komen de kapitaallasten op € 160.000.'])],
  ['(2) spread over years, a first tranche', s('Klimaat', ['De bijdrage van € 750.000 verdelen we over 5 jaar; in 2026 storten we € 200.000 als eerste tranche.'])],
  ['(3) a count change that holds', s('Werk', ['Het aantal bijstandsuitkeringen daalt van 2.310 eind 2025 naar 2.150 eind 2027, dat zijn 160 uitkeringen minder.'])],
  ['(3) more than another year', s('Wonen', ['Het aantal woningen groeit van 4.820 naar 5.140, 200 woningen meer dan in het vorige plan.'])],
  ['(3) fewer of another unit', s('Jeugd', ['Het aantal trajecten gaat van 960 naar 885, dat zijn 12 aanbieders minder.'])],
  ['(4) per year over the whole period that holds', s('Economie', ['De centrummanager kost € 80.000 per jaar. Gemeente en ondernemers betalen elk de helft, € 40.000 per jaar, en dus over de hele periode elk € 160.000.'])],
  ['(4) per year from a later year over the whole period', s('Cultuur', ['Het festival krijgt vanaf 2028 € 35.000 per jaar, over de gehele periode in totaal € 70.000.'])],
  ['(4) a period of another length', s('Groen', ['Het bomenplan krijgt € 60.000 per jaar over een periode van tien jaar, samen € 600.000.'])],
  ['(5) a level and a change that hold', s('Ouderen', ['Het aantal mantelzorgers lag in 2024 op 3.420.', '', 'Volgens de regionale prognose stijgt het aantal mantelzorgers tot 2030 naar 3.980, een toename van 560.'])],
  ['(5) a level of another count', s('Werk', ['Eind 2025 was het aantal uitkeringen 1.265. Met de nieuwe aanpak daalt het aantal werkzoekenden naar 1.140, een daling van 135 mensen.'])],
  ['(5) a change measured from another year', s('Onderwijs', ['Het aantal leerlingen bedroeg 5.830. In 2029 groeit het aantal leerlingen naar 6.240, een groei van 700 ten opzichte van 2015.'])],
  ['(5) an amount level before and a change that hold', s('Cultuur', ['De subsidie aan het poppodium bedroeg in 2025 € 82.000.', '', 'Vanaf 2027 stijgt de subsidie naar € 97.500, een stijging van € 15.500.'])],
  ['(5) a level of another amount', s('Financiën', ['- De algemene reserve is nu € 4,2 mln.', '- Na de onttrekkingen daalt het weerstandsvermogen naar € 3,1 mln, een daling van € 1,3 mln.'])],
  ['(5) a change measured from another year', s('Jeugd', ['Het budget voor jeugdhulp was € 14.300.000. Het budget groeit in 2028 naar € 15.100.000, een groei van € 2.100.000 ten opzichte van 2020.'])],
  ['(6) a change between year columns that holds', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'De aanmeldingen namen tussen 2023 en 2025 met 90 toe.'])],
  ['(6) a gap between rows that holds', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'In 2024 lagen de aanmeldingen daarmee 120 boven de afhandeling; de achterstand groeit.'])],
  ['(6) a gap to a row the table does not have', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'In 2024 lag de afhandeling 300 boven de landelijke norm.'])],
  ['(6) the verb before the subject, holding', s('Dienstverlening', [...['| Stroom | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Aanmeldingen bij het loket | 520 | 575 | 610 |', '| Afhandeling binnen acht weken | 410 | 455 | 500 |', '| Doorverwijzing naar de regio | 64 | 71 | 80 |', '| Doorverwijzing overig | 30 | 28 | 25 |', ''], 'Tussen 2023 en 2025 is de afhandeling met 90 gestegen.'])],
  ['(6) two rows named in one sentence', s('Veiligheid', ['| Soort | 2021 | 2023 | 2025 |', '|---|---|---|---|', '| Meldingen van overlast | 1.240 | 1.315 | 1.190 |', '| Aangiften van inbraak | 310 | 275 | 240 |', '', 'Tussen 2021 en 2025 zijn de meldingen en de aangiften met 160 afgenomen.'])],
  ['(6) a gap to something the table does not hold', s('Veiligheid', ['| Soort | 2021 | 2023 | 2025 |', '|---|---|---|---|', '| Meldingen van overlast | 1.240 | 1.315 | 1.190 |', '| Aangiften van inbraak | 310 | 275 | 240 |', '', 'Het aantal meldingen was in 2023 met 200 hoger dan het landelijke gemiddelde.'])],
  ['(6) a change in a year the table does not have', s('Havens', [...['| Voorziening | 2022 | 2024 | 2026 |', '|---|---|---|---|', '| Ligplaatsen in de haven | 140 | 152 | 168 |', '| Wachtenden op de lijst | 60 | 75 | 90 |', ''], 'Het aantal wachtenden steeg tussen 2020 en 2026 met 50.'])]
]

describeWordings(proseCalculation, defects, clean)
