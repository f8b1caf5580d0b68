import { arithmeticSlip, proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Helper hcalc9b: a product whose rate is laid down before the sentence that applies it, out of
// the reach of the one-sentence window: in an earlier paragraph of the same section, two or more
// sentences back, or with a measure whose name carries a digit (`CO2`, `PM10`). The defects state a
// product of a count of the rate's unit and that rate that is wrong; the clean look-alikes apply the
// rate rightly, apply another rate of another unit, or count another thing.

const body = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines]

const defects: BatteryWording[] = [
  ['a rate per m² in the paragraph before', body('Een marktkraam betaalt € 12,40 per m² per week.', '', 'Een kraam van 16 m² betaalt daarmee € 218,40 per week.'), '218,40'],
  ['a rate per m² two paragraphs back', body('De gemeente vraagt voor een reclamezuil € 47 per m² per jaar.', '', 'De zuilen staan vooral langs de ringweg.', '', 'Een zuil van 9 m² kost de eigenaar zo € 463 per jaar.'), '463'],
  ['a rate per hour three sentences back', body('Een schoonmaker kost ons € 38 per uur. Het werk wordt elk jaar aanbesteed. De aannemer levert ook de middelen. Voor 1.150 uur komt dat samen op € 47.700.'), '47.700'],
  ['a rate per kWh before a count of kWh, result in kg', body('Met 0,45 kg CO2 per kWh rekenen we voor stroom van het net.', '', 'De sporthal verbruikt 82.000 kWh per jaar; dat is samen 41.900 kg CO2.'), '41.900'],
  ['a CO2 rate in the sentence of the result', body('De pompen van het gemaal gebruiken 64.000 kWh. Met 0,3 kg CO2 per kWh is dat samen 21.200 kg.'), '21.200'],
  ['a rate per tree in a paragraph before, count in words', body('Het planten van een straatboom kost € 640 per boom, inclusief drie jaar water geven.', '', 'In de Vlietbuurt planten we achttien bomen; dat kost samen € 12.520.'), '12.520'],
  ['a rate per meter in a paragraph before, count in km', body('Nieuwe stoeprand kost € 85 per meter.', '', 'Langs de Dorpsweg vervangen we 1,4 km stoeprand, samen € 109.000.'), '109.000'],
  ['a rate per pupil in brackets in the paragraph before', body('Elke school krijgt een bijdrage voor de schooltuin (€ 14 per leerling).', '', 'De Regenboog heeft 310 leerlingen en ontvangt daarmee € 4.560.'), '4.560'],
  ['a rate per night in a list item before', body('Voor de camperplaatsen geldt:', '', '- toeristenbelasting: € 2,15 per nacht;', '- openingsperiode: april tot oktober.', '', 'Bij 4.600 nachten brengt dat samen € 10.420 op.'), '10.420'],
  ['a rate per m³ in an earlier paragraph, result in another sentence order', body('Grond afvoeren kost € 23,50 per m³.', '', 'Samen € 15.470 kost het afvoeren van de 620 m³ grond bij het nieuwe fietspad.'), '15.470'],
  ['a rate per visit, count after the result word', body('Een huisbezoek door de wijkverpleging kost € 58 per bezoek.', '', 'In 2027 verwachten we 2.300 bezoeken, dus samen € 138.400.'), '138.400'],
  ['a rate per ton in the paragraph before, count in kg', body('Het verwerken van snoeiafval kost € 62 per ton.', '', 'Dit najaar haalden we 184.000 kg snoeiafval op; dat kost samen € 14.408.'), '14.408'],
  ['a rate per kilometre in the paragraph before', body('De vergoeding voor vrijwilligers die rijden is € 0,23 per kilometer.', '', 'Samen reden zij 41.000 kilometer, zodat de vergoeding uitkomt op € 10.430.'), '10.430'],
  ['a change with a cause clause holding an amount', body('De bijdrage aan de veiligheidsregio gaat van € 2.184.000 naar € 2.291.000, € 117.000 meer, mede door de bouw van een kazerne van € 6 miljoen.'), '117.000'],
  ['a change of counts with a cause clause holding a count', body('Het aantal leerlingen in het vervoer groeide van 412 naar 468, 66 meer, omdat de school in Oosthaven 40 plaatsen sloot.'), '66'],
  ['a change in millions with a cause clause holding a rate', body('De opbrengst van de parkeergarage steeg van € 1,42 miljoen naar € 1,57 miljoen, € 0,25 miljoen meer, mede doordat het tarief met € 0,40 per uur omhoog ging.'), '0,25'],
  ['elk with an adjective and a long description before the price', body('Elk nieuw buurthuis krijgt een kast met een AED, een jaar onderhoud en een cursus voor de beheerder ter waarde van € 2.340; voor de negen nieuwe buurthuizen is dat € 23.060.'), '23.060'],
  ['iedere with an adjective and a list before the price', body('Iedere nieuwe vrijwilliger ontvangt een startset met een jas, een tas en een handboek van € 85; voor de veertig nieuwe vrijwilligers is dat samen € 3.800.'), '3.800'],
  ['elk before a neuter noun, result before the count', body('Elk klein dorpshuis krijgt jaarlijks een vaste bijdrage voor energie, schoonmaak en verzekering van € 4.600, samen € 36.200 voor de acht kleine dorpshuizen.'), '36.200'],
  ['a total per year before its product in brackets', body('De vier nieuwe boa’s kosten samen € 268.000 per jaar (4 fte à € 64.000).'), '268.000'],
  ['a total per month before its product in brackets with a note', body('De huur van de noodlokalen komt op € 9.450 per maand (7 lokalen à € 1.250, inclusief schoonmaak).'), '9.450'],
  ['a total before its product in brackets with a note after a comma', body('Voor de kunstgrasvelden trekken we € 1.140.000 uit (3 velden × € 360.000, exclusief verlichting).'), '1.140.000'],
  ['an amount indexed by a percentage to a new level', body('Vanaf 1 maart indexeren we het onderhoudscontract voor de gemalen, nu € 1.480.000, met 3,5 procent naar € 1.541.800.'), '1.541.800'],
  ['an amount that rises by a percentage, the level in an aside', body('De bijdrage aan de GGD, nu € 912.000, stijgt door de loonontwikkeling met 4% naar € 958.000.'), '958.000'],
  ['an amount lowered by a percentage', body('We verlagen de subsidie aan de harmonie van € 36.000 met 15 procent naar € 31.200.'), '31.200'],
  ['an amount in brackets growing by an index', body('Het budget voor de schoonmaak van de scholen (€ 2.730.000) groeit met de prijsindex van 5% naar € 2.896.500.'), '2.896.500'],
  ['an amount that falls by a percentage to a level', body('De energiekosten van het zwembad van € 415.000 dalen na de renovatie met 20 procent tot € 342.000.'), '342.000'],
  ['a whole and its parts, then a sentence that adds no quantity', body('De 960 leerlingen bestaan uit 610 basisschoolleerlingen en 330 leerlingen van het voortgezet onderwijs. Daarnaast doen ook de peuterspeelzalen mee aan de proef.'), '960'],
  ['a budget and its parts, then verder without an amount', body('Het budget van € 2,4 miljoen bestaat uit € 1,5 miljoen van het Rijk en € 0,8 miljoen van de provincie. Verder zoeken we sponsors voor de inrichting.'), '2,4'],
  ['a rate per lamp, result two sentences on', body('Een ledlamp in een lantaarnpaal kost € 215 per stuk. In 2028 vervangen we 460 lampen in Oostwijk. Het werk doet de netbeheerder. Dat kost samen € 108.900.'), '108.900']
]

const clean: CleanWording[] = [
  ['a rate per m² applied rightly in the next paragraph', body('Een marktkraam betaalt € 12,40 per m² per week.', '', 'Een kraam van 16 m² betaalt daarmee € 198,40 per week.')],
  ['a rate per kWh applied rightly with CO2', body('Met 0,45 kg CO2 per kWh rekenen we voor stroom van het net.', '', 'De sporthal verbruikt 82.000 kWh per jaar; dat is samen 36.900 kg CO2.')],
  ['a CO2 rate right in the sentence of the result', body('De pompen van het gemaal gebruiken 64.000 kWh. Met 0,3 kg CO2 per kWh is dat samen 19.200 kg.')],
  ['a rate per m² and a later amount for another thing', body('Een steiger huren kost € 21 per m² per week.', '', 'Een steiger van 30 m² heeft vaak ook een net; een net kost samen met de plaatsing € 1.450.')],
  ['two rates per m² for two things, the right one applied', body('Een steiger kost € 21 per m² en een container € 9 per m².', '', 'Een container van 4 m² kost daarmee € 36.')],
  ['a rate per hour far back and a budget for another task', body('Een schoonmaker kost ons € 38 per uur.', '', 'Voor 1.150 uur groenonderhoud ramen we samen € 52.900, uitgevoerd door de sociale werkvoorziening tegen een eigen tarief.')],
  ['a rate per tree applied rightly, count in words', body('Het planten van een straatboom kost € 640 per boom.', '', 'In de Vlietbuurt planten we achttien bomen; dat kost samen € 11.520.')],
  ['a rate per m³ and a count of another unit', body('Grond afvoeren kost € 23,50 per m³.', '', 'Het nieuwe fietspad is 620 meter lang en kost samen € 15.470.')],
  ['a rate per visit and a count of other people', body('Een huisbezoek kost € 58 per bezoek.', '', 'In 2027 verwachten we 2.300 cliënten, samen goed voor € 1,2 miljoen aan zorg.')],
  ['a rate per ton applied rightly to kg', body('Het verwerken van snoeiafval kost € 62 per ton.', '', 'Dit najaar haalden we 184.000 kg snoeiafval op; dat kost samen € 11.408.')],
  ['a maximum per m² that bounds, not gives, the sum', body('De subsidie is € 15 per m², met een maximum van € 900 per woning.', '', 'Een dak van 80 m² levert daarmee € 900 op.')],
  ['a change right with a cause clause holding an amount', body('De bijdrage aan de veiligheidsregio gaat van € 2.184.000 naar € 2.291.000, € 107.000 meer, mede door de bouw van een kazerne van € 6 miljoen.')],
  ['a change of counts right with a cause clause', body('Het aantal leerlingen in het vervoer groeide van 412 naar 468, 56 meer, omdat de school in Oosthaven 40 plaatsen sloot.')],
  ['a change and a second amount that is no cause', body('De subsidie stijgt van € 80.000 naar € 95.000, € 15.000 meer, en daarnaast gaat € 30.000 naar een nieuw project.')],
  ['elk with an adjective, the product right', body('Elk nieuw buurthuis krijgt een kast met een AED, een jaar onderhoud en een cursus voor de beheerder ter waarde van € 2.340; voor de negen nieuwe buurthuizen is dat € 21.060.')],
  ['elk and a price, then an amount for something else', body('Elke school krijgt een pakket met boeken, spellen en een kast van € 900; de zes scholen krijgen daarnaast samen € 12.000 voor een gezamenlijke bus.')],
  ['a total per year before its product in brackets, right', body('De vier nieuwe boa’s kosten samen € 256.000 per jaar (4 fte à € 64.000).')],
  ['a total before a product in brackets with an added sum', body('De huur van de noodlokalen komt op € 9.450 per maand (7 lokalen à € 1.250, plus € 700 voor schoonmaak).')],
  ['a total before a product in brackets with an added word', body('De huur van de noodlokalen komt op € 9.450 per maand (7 lokalen à € 1.250, plus schoonmaak).')],
  ['an amount indexed by a percentage, right', body('Vanaf 1 maart indexeren we het onderhoudscontract voor de gemalen, nu € 1.480.000, met 3,5 procent naar € 1.531.800.')],
  ['a rise by a rounded percentage to a rounded level', body('De bijdrage aan de GGD, nu € 912.000, stijgt met ongeveer 4% naar € 950.000.')],
  ['a rise by a percentage and another amount', body('Het budget van € 2.730.000 groeit met 5%, en daarnaast komt er € 120.000 bij, tot € 2.986.500.')],
  ['percentages as levels of an interest rate', body('De rente op de lening van € 4 miljoen stijgt van 3% naar 4%, zodat de lasten naar € 160.000 gaan.')],
  ['an amount lowered by a percentage, right', body('We verlagen de subsidie aan de harmonie van € 36.000 met 15 procent naar € 30.600.')],
  ['a yearly percentage over several years', body('De lasten van € 3.400.000 stijgen jaarlijks met 3% naar € 3.826.000 in 2030.')],
  ['a change over years from one amount to another', body('De lasten groeiden in drie jaar van € 8,4 miljoen naar € 9,1 miljoen.')],
  ['a whole and its parts, then a further part with a count', body('De 960 leerlingen bestaan uit 610 basisschoolleerlingen en 330 leerlingen van het voortgezet onderwijs. Daarnaast zijn er 20 leerlingen van het speciaal onderwijs.')],
  ['a whole and its parts right, then a sentence that adds no quantity', body('De 960 leerlingen bestaan uit 630 basisschoolleerlingen en 330 leerlingen van het voortgezet onderwijs. Daarnaast doen ook de peuterspeelzalen mee aan de proef.')],
  ['a rate in another section', ['# Tarieven', '', 'Een standplaats kost € 12 per m² per week.', '', '# Markt', '', 'Een kraam van 16 m² betaalt samen € 210 per week aan huur en stroom.']]
]

describeBattery(proseCalculation, defects, clean, 24)

// An amount in brackets with its share as an aside (`(€ 840.000, 35% van het budget)`) is a term
// of the sums after it: the share restates the amount, it does not make the bracket a label.
const asides: BatteryWording[] = [
  ['a whole minus an amount with a share aside', body('De bijdrage van het Rijk (€ 840.000, 35% van het budget) ligt vast. De totale begroting is € 2.400.000. Na aftrek van het Rijk blijft er € 1.460.000 over.'), '1.460.000'],
  ['two amounts with share asides and their sum', body('Het sociaal domein (€ 38,2 miljoen, 61% van de lasten) is de grootste post, gevolgd door de openbare ruimte (€ 9,4 miljoen, 15%). Samen is dat € 48,6 miljoen.'), '48,6'],
  ['a subsidy with a share aside and the own part', body('De subsidie (€ 126.000, 40 procent van de kosten) komt van de provincie. De kosten zijn € 315.000, zodat we zelf € 179.000 betalen.'), '179.000']
]
const asidesClean: CleanWording[] = [
  ['a whole minus an amount with a share aside, right', body('De bijdrage van het Rijk (€ 840.000, 35% van het budget) ligt vast. De totale begroting is € 2.400.000. Na aftrek van het Rijk blijft er € 1.560.000 over.')],
  ['a subsidy with a share aside and the own part, right', body('De subsidie (€ 126.000, 40 procent van de kosten) komt van de provincie. De kosten zijn € 315.000, zodat we zelf € 189.000 betalen.')],
  ['an amount with a share aside and an unrelated amount', body('De bijdrage van het Rijk (€ 840.000, 35% van het budget) ligt vast. Daarnaast vragen we € 1.460.000 aan bij de provincie voor de haven.')]
]

describeBattery(arithmeticSlip, asides, asidesClean, 3)

// A change between two year columns of a table whose row the sentence does not name itself: the
// total row named by `de totale …`, or the row the sentence before names, carried to a sentence
// without a subject of its own (`Van 2024 op 2025 kwamen er … bij`).
const visits = ['| Vestiging | 2023 | 2024 | 2025 |', '|---|---|---|---|', '| Centrum | 18.200 | 19.050 | 19.800 |', '| Noord | 7.400 | 7.900 | 8.350 |', '| Totaal | 25.600 | 26.950 | 28.150 |', '', 'Tabel 2. Bezoekers per vestiging.', '']
const tableDefects: BatteryWording[] = [
  ['the total row named by totale', body(...visits, 'Het totale aantal bezoekers groeide tussen 2023 en 2025 met 3.550.'), '3.550'],
  ['the total row carried to a sentence without subject', body(...visits, 'Het totale bezoek steeg in twee jaar flink. Van 2024 op 2025 kwamen er 1.300 bezoekers bij.'), '1.300'],
  ['a named row carried to a sentence without subject', body(...visits, 'Noord trok in 2025 ruim 8.000 bezoekers. Van 2023 op 2025 kwamen er 1.150 bij.'), '1.150']
]
const tableClean: CleanWording[] = [
  ['the total row named by totale, right', body(...visits, 'Het totale aantal bezoekers groeide tussen 2023 en 2025 met 2.550.')],
  ['the total row carried, right', body(...visits, 'Het totale bezoek steeg in twee jaar flink. Van 2024 op 2025 kwamen er 1.200 bezoekers bij.')],
  ['a sentence with a subject of its own after one naming the total', body(...visits, 'Het totale bezoek steeg in twee jaar flink. De leesclub kreeg tussen 2024 en 2025 er 1.300 leden bij.')],
  ['a sentence before that names no row', body(...visits, 'De bibliotheek kreeg het druk. Van 2024 op 2025 kwamen er 1.300 nieuwe leden bij.')]
]

describeBattery(proseCalculation, tableDefects, tableClean, 3)

// A share of a whole and what it leaves (or what it is) in the same sentence: `P% van de kosten van
// € W, zodat … nog € R zelf` is W minus the share, `…, dat is € R` the share itself.
const shareDefects: BatteryWording[] = [
  ['the rest after a share, zodat', body('Het Rijk betaalt 70% van de renovatie van € 3,2 miljoen, zodat de gemeente zelf nog € 1.120.000 moet vinden.'), '1.120.000'],
  ['the rest after a share in procent, waardoor', body('De provincie neemt 45 procent van de kosten van € 840.000 voor haar rekening, waardoor voor de gemeente € 420.000 overblijft.'), '420.000'],
  ['the rest after a share, after a semicolon with dus', body('Het fonds vergoedt 25% van de investering van € 1,6 miljoen; de gemeente betaalt dus € 1,1 miljoen zelf.'), '1,1'],
  ['a share that bij aan a project, the own part after it', body('Europa draagt 50% bij aan het project van € 780.000, zodat wij nog € 410.000 bijdragen.'), '410.000']
]
const shareClean: CleanWording[] = [
  ['the rest after a share, right', body('Het Rijk betaalt 70% van de renovatie van € 3,2 miljoen, zodat de gemeente zelf nog € 960.000 moet vinden.')],
  ['the share itself after dat is, right', body('De provincie neemt 45 procent van de kosten van € 840.000 voor haar rekening, dat is € 378.000.')],
  ['a share and an unrelated amount', body('Het Rijk betaalt 70% van de renovatie van € 3,2 miljoen, en daarnaast € 150.000 voor de tuin.')],
  ['the own part right, rounded', body('Europa draagt 50% bij aan het project van € 780.000, zodat wij nog ongeveer € 400.000 bijdragen.')]
]

describeBattery(proseCalculation, shareDefects, shareClean, 4)

// A fixed amount plus a rate per unit, laid down once and applied to a count of the unit later:
// the result is the fixed amount plus the count times the rate.
const fixedDefects: BatteryWording[] = [
  ['a fixed fee plus a rate per m², applied in the next sentence', body('Een standplaatsvergunning kost € 65 plus € 4,20 per m². Voor een kraam van 12 m² betaalt de ondernemer zo € 125,40.'), '125,40'],
  ['a fixed amount and a rate per tree, a count in words', body('Een kapvergunning kost € 88 en € 14 per boom. Voor zes bomen komt dat op € 182.'), '182'],
  ['a base amount plus a rate per square metre, applied a paragraph on', body('We rekenen een basisbedrag van € 240 plus € 1,15 per vierkante meter vloeroppervlak.', '', 'Een woning van 120 vierkante meter betaalt daarmee € 408.'), '408']
]
const fixedClean: CleanWording[] = [
  ['a fixed fee plus a rate per m², right', body('Een standplaatsvergunning kost € 65 plus € 4,20 per m². Voor een kraam van 12 m² betaalt de ondernemer zo € 115,40.')],
  ['a fixed amount and a rate per tree, right', body('Een kapvergunning kost € 88 en € 14 per boom. Voor zes bomen komt dat op € 172.')],
  ['a fixed fee plus a rate, then an amount for something else', body('Een standplaatsvergunning kost € 65 plus € 4,20 per m². Een kraam van 12 m² heeft vaak ook een luifel van € 300.')]
]

describeBattery(proseCalculation, fixedDefects, fixedClean, 3)
