import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc7 battery, written before reading the calculation code. Three general shapes:
// (A) a quantity in a unit (km, uur, m³, kWh), then a rate introduced by `bij`/`tegen` … `per <unit>`
//     with the result after it, in the same sentence or the next;
// (B) a count × a rate `per <thing> per maand/week` with a result per year (× 12 / × 52);
// (C) a product of quantities with units (length × width, area × mass per area, area × depth)
//     stated in another unit of the same dimension (g → kg → ton, m² → m³), one factor possibly
//     in the sentence before.
// Look-alikes: the same calculations right (rounded with `ongeveer`), a rate per another noun, an
// extra amount in the result, a daily quantity without the number of days, a part of a year, a
// fraction of the area.

const defects: WrongCalculation[] = [
  // (A) a quantity in a unit and a rate per that unit introduced by bij/tegen.
  ['km over weeks, bij € per kilometer', ['De veegwagen legt per week 310 kilometer af. Over 40 weken is dat 12.400 kilometer; bij € 1,40 per kilometer kost dat € 18.360.'], '18.360'],
  ['hours, bij € per uur komt dat op', ['In 2025 draaiden de pompen 2.600 uur, en bij € 38 per uur onderhoud komt dat op € 108.800.'], '108.800'],
  ['m³ in the sentence before, tegen € per m³', ['De zwembaden verbruiken samen 84.000 m³ gas per jaar. Tegen € 1,15 per m³ betalen we daarvoor € 86.600.'], '86.600'],
  ['kWh in the sentence before, bij een tarief van', ['De laadpalen leverden vorig jaar 46.500 kWh.', '', 'Bij een tarief van € 0,32 per kWh brengt dat € 16.880 op.'], '16.880'],
  ['km in a year, wat bij een vergoeding neerkomt op', ['Een mantelzorger rijdt wekelijks 60 kilometer; in een jaar van 52 weken is dat 3.120 kilometer, wat bij een vergoeding van € 0,21 per kilometer neerkomt op € 765,20.'], '765,20'],
  ['list item: km, bij € per kilometer, amount', ['De vervoerskosten per doelgroep:', '', '- dagbesteding: 18.200 kilometer, bij € 2,10 per kilometer € 39.220;', '- sport: 4.000 kilometer, bij € 2,10 per kilometer € 8.400.'], '39.220'],
  // (B) a count × a rate per thing per month or week, stated per year.
  ['à € per vergunning per maand, jaarlijks', ['De gemeente huurt 85 parkeervergunningen voor deelauto’s à € 14 per vergunning per maand, jaarlijks € 15.280.'], '15.280'],
  ['per laptop per maand, per jaar', ['Voor 1.150 laptops betalen we € 4,10 per laptop per maand aan beheer; dat kost € 60.580 per jaar.'], '60.580'],
  ['per zaal per week, over een jaar', ['De 32 gymzalen worden elke week schoongemaakt voor € 45 per zaal per week, over een jaar € 84.880.'], '84.880'],
  ['count in words, per maand, op jaarbasis', ['Zestig abonnementen van € 9,50 per maand kosten op jaarbasis € 7.740.'], '7.740'],
  ['per toestel per maand, yearly in the next sentence', ['Op 210 telefoons draait een beveiligingsapp van € 1,80 per toestel per maand. Op jaarbasis is dat € 5.436.'], '5.436'],
  // (C) a product of quantities with units in another unit of the same dimension.
  ['length × width × depth in m³', ['Het nieuwe wandelpad is 1,8 km lang en 3 meter breed; met 12 cm halfverharding is daarvoor 758 m³ nodig.'], '758'],
  ['km × m × gram per m² in ton', ['Op de 42 km bermen van gemiddeld 4 m breed zaaien we 5 gram per m² in; dat is in totaal ongeveer 1,1 ton zaad.'], '1,1'],
  ['length × width, then gram per m² in kg in the next sentence', ['De dijk krijgt over 2.400 meter een nieuwe grasmat van 6 meter breed. Bij 25 gram graszaad per m² is dat 460 kg.'], '460'],
  ['bij-measure, kg per m² in ton', ['Het plein meet 60 bij 45 meter; bij 90 kg split per m² is dat 203 ton.'], '203'],
  ['km × m in m²', ['We vegen 18 km trottoir van 1,5 meter breed, dat is 17.000 m².'], '17.000']
]

const clean: Array<[string, string[]]> = [
  ['km rate right', ['De veegwagen legt per week 310 kilometer af. Over 40 weken is dat 12.400 kilometer; bij € 1,40 per kilometer kost dat € 17.360.']],
  ['hours and a rate per another noun', ['In 2025 draaiden de pompen 2.600 uur; bij € 38 per storing kostte het verhelpen € 4.100.']],
  ['m³ rate with a fixed charge in the result', ['De zwembaden verbruiken samen 84.000 m³ gas per jaar. Tegen € 1,15 per m³ en een vast recht van € 2.000 betalen we daarvoor € 98.600.']],
  ['daily km, yearly amount without the days', ['De busjes rijden per dag 800 kilometer; bij € 1,60 per kilometer kost het vervoer € 256.000 per jaar.']],
  ['per vergunning per maand right', ['De gemeente huurt 85 parkeervergunningen voor deelauto’s à € 14 per vergunning per maand, jaarlijks € 14.280.']],
  ['per zaal per week right', ['De 32 gymzalen worden elke week schoongemaakt voor € 45 per zaal per week, over een jaar € 74.880.']],
  ['per laptop per maand with a monthly total', ['Voor 1.150 laptops betalen we € 4,10 per laptop per maand aan beheer, samen € 4.715 per maand.']],
  ['per maand over ten school months', ['Zestig abonnementen van € 9,50 per maand kosten over de tien schoolmaanden € 5.700.']],
  ['per toestel per maand plus a one-off in the first year', ['Op 210 telefoons draait een beveiligingsapp van € 1,80 per toestel per maand. Met de eenmalige installatie van € 1.500 kost dat in het eerste jaar € 6.036.']],
  ['length × width × depth right', ['Het nieuwe wandelpad is 1,8 km lang en 3 meter breed; met 12 cm halfverharding is daarvoor 648 m³ nodig.']],
  ['km × m × gram per m² right, rounded', ['Op de 42 km bermen van gemiddeld 4 m breed zaaien we 5 gram per m² in; dat is in totaal ongeveer 0,8 ton zaad.']],
  ['half of the area', ['Het plein meet 60 bij 45 meter; bij 90 kg split per m² voor de helft van het plein is dat 122 ton.']],
  ['per round, then over rounds', ['Per ronde strooien we 7 g/m² op 40.000 m², dat is 280 kg per ronde en 8,4 ton over 30 rondes.']],
  ['area right', ['We vegen 18 km trottoir van 1,5 meter breed, dat is 27.000 m².']]
]

describeCalculationBattery('prose-calculation hcalc7 battery', defects, clean, 14)

// Second batch, written after the first fixes: the same three shapes in other words and orders.
const defects2: WrongCalculation[] = [
  ['tegen € per km, zijn de rijkosten', ['De strooiwagens reden dit seizoen 21.500 km. Tegen € 2,60 per km zijn de rijkosten € 58.900.'], '58.900'],
  ['bracketed valuation per hour after a colon', ['Vrijwilligers maakten samen 1.840 uur (bij een waardering van € 15 per uur: € 26.600).'], '26.600'],
  ['per centrum per week, jaarlijks', ['Negen wijkcentra betalen € 85 per centrum per week voor schoonmaak; jaarlijks € 40.780.'], '40.780'],
  ['per hokje per maand, brengt op jaarbasis op', ['Elk van de 46 bushokjes krijgt een reclamecontract van € 30 per hokje per maand. Dat brengt op jaarbasis € 17.560 op.'], '17.560'],
  ['per leerling per maand, over een heel jaar', ['Voor 140 leerlingen betalen we een buskaart van € 38 per leerling per maand; over een heel jaar is dat € 58.840.'], '58.840'],
  ['list item: per sensor per maand, result per jaar', ['Het meetnet kost:', '', '- 25 sensoren, € 6 per sensor per maand: € 1.900 per jaar;', '- de dataopslag, € 400 per jaar.'], '1.900'],
  ['length and width before, depth in the result sentence', ['Het nieuwe plantvak is 85 meter lang en 6 meter breed. Met 40 cm teelaarde komt dat op 214 m³.'], '214'],
  ['strip with kg per m², ruim in ton', ['Rond de vijver leggen we een grindstrook van 320 m lang en 1,2 m breed aan, met 60 kg grind per m²; dat is in totaal ruim 25 ton.'], '25'],
  ['ditch, goed voor m³', ['De 6,5 kilometer lange sloot is gemiddeld 2 meter breed en wordt 0,4 meter uitgediept, goed voor 6.200 m³ bagger.'], '6.200'],
  ['field of A bij B meter, kg per m², zo’n ton', ['Op het kunstgrasveld van 105 bij 68 meter komt 15 kg rubberkorrels per m², samen zo’n 117 ton.'], '117']
]

const clean2: Array<[string, string[]]> = [
  ['plantvak right', ['Het nieuwe plantvak is 85 meter lang en 6 meter breed. Met 40 cm teelaarde komt dat op 204 m³.']],
  ['a sum of areas is no product', ['Het sportpark van 4,2 hectare krijgt 1.800 m² extra parkeerplaats, zodat 43.800 m² verhard of groen is.']],
  ['two strews added, per round', ['We strooien 10 g/m² op 12.000 m² rijbaan en 15 g/m² op 3.000 m² fietspad, samen 165 kg per ronde.']],
  ['per hokje per maand with a monthly total', ['De 46 bushokjes brengen € 30 per hokje per maand op, samen € 1.380 per maand.']],
  ['per leerling per maand over ten school months', ['Een buskaart kost € 38 per leerling per maand; voor 140 leerlingen in de tien schoolmaanden is dat € 53.200.']],
  ['tegen € per km right', ['De strooiwagens reden dit seizoen 21.500 km. Tegen € 2,60 per km zijn de rijkosten € 55.900.']],
  ['bij € per km with a maximum', ['De gemeente vergoedt bij € 0,19 per kilometer maximaal 4.000 kilometer per jaar, dus hooguit € 760.']],
  ['a trip priced right', ['Een rit van 18 km kost bij € 2,20 per km € 39,60.']],
  ['rate per trip next to kilometres', ['In 2025 reden de taxibusjes 96.000 km met 14.000 ritten; bij € 2,10 per rit een bedrag van € 29.400.']],
  ['ice rink water right', ['Voor de ijsbaan spuiten we 4 cm water op een veld van 1,1 hectare: 440 m³.']]
]

describeCalculationBattery('prose-calculation hcalc7 battery, second batch', defects2, clean2, 10)

// Third batch: a price given to the counted noun (`van`, `à`) per month or week, and more look-alikes
// for the loosened cues (a rate as a condition, a year as the result's period).
const defects3: WrongCalculation[] = [
  ['licenties à € per maand, jaarlijks', ['40 licenties à € 6 per maand kosten ons jaarlijks € 3.080.'], '3.080'],
  ['containers van € per week, over een jaar', ['We huren 12 containers van € 95 per week; over een jaar is dat € 61.280.'], '61.280'],
  ['kWh, bij € per kWh, ruim', ['Het zwembad verbruikte in 2025 410.000 kWh, bij € 0,28 per kWh ruim € 124.800.'], '124.800'],
  ['wall length × height, nodig', ['De geluidswal wordt 450 m lang en gemiddeld 4 m hoog; daarvoor is 1.600 m² begroeiing nodig.'], '1.600'],
  ['ditch profile over km, levert op', ['Een slootprofiel van 1,5 m breed en 0,8 m diep over 3,2 km levert 4.840 m³ grond op.'], '4.840']
]

const clean3: Array<[string, string[]]> = [
  ['licenties right', ['40 licenties à € 6 per maand kosten ons jaarlijks € 2.880.']],
  ['containers right', ['We huren 12 containers van € 95 per week; over een jaar is dat € 59.280.']],
  ['staff per month with a monthly total', ['12 medewerkers van gemiddeld € 4.100 per maand kosten samen € 49.200 per maand.']],
  ['a condition rate followed by a count of people', ['Bij een tarief van € 55 per uur werken de 3 monteurs samen 24 uur per week.']],
  ['jaarlijks before a rate per thing', ['De 25 sportverenigingen krijgen jaarlijks € 1.500 per vereniging.']],
  ['per stuk, jaarlijks right', ['Voor 30 bankjes van € 400 per stuk trekken we jaarlijks € 12.000 uit.']],
  ['areas side by side', ['Het terrein van 2 hectare krijgt 1.200 m² verharding en 800 m² speelplek.']],
  ['mowing strip right', ['De slootkant is 800 m lang; we maaien een strook van 3 m breed, dat is 2.400 m².']]
]

describeCalculationBattery('prose-calculation hcalc7 battery, third batch', defects3, clean3, 5)

// Fourth batch: a prose total, change or mean of one table row, where a cell holds a dash (nothing
// that year) or the row is named by the sentence before and the sentence points back (`daarvan`).
const thousands = (rows: string[]): string[] => ['Alle bedragen in deze paragraaf zijn x € 1.000.', '', '| Bron | 2027 | 2028 | 2029 |', '|---|---|---|---|', ...rows, '']
const defects4: WrongCalculation[] = [
  ['dash cell, row named before, daarvan over de hele looptijd', [...thousands(['| Provincie: subsidie fietsroutes | 50 | 75 | - |', '| Eigen middelen: mobiliteitsfonds | 210 | 215 | 220 |']), 'De provinciale subsidie voor fietsroutes stopt na 2028. In totaal krijgen we daarvan over de hele looptijd € 150.000.'], '150.000'],
  ['dash cell, row named in the sentence, drie jaren samen', [...thousands(['| Bijdrage waterschap | - | 40 | 40 |', '| Rioolheffing | 380 | 390 | 400 |']), 'Over de drie jaren samen bedraagt de bijdrage van het waterschap € 95.000.'], '95.000'],
  ['dash cell as the first level of a change', [...thousands(['| Monitoring | - | 20 | 45 |', '| Beheer | 90 | 95 | 95 |']), 'Tussen 2027 en 2029 stijgen de kosten van de monitoring met € 60.000.'], '60.000'],
  ['row named before, gemiddeld daarvan per jaar', [...thousands(['| Rijk: impulsuitkering bewegen | 60 | 60 | 60 |', '| Eigen middelen: sportbudget | 140 | 140 | 145 |']), 'Het Rijk betaalt een impulsuitkering voor bewegen. Gemiddeld ontvangen we daarvan € 70.000 per jaar.'], '70.000']
]
const clean4: Array<[string, string[]]> = [
  ['dash cell, total right', [...thousands(['| Provincie: subsidie fietsroutes | 50 | 75 | - |', '| Eigen middelen: mobiliteitsfonds | 210 | 215 | 220 |']), 'De provinciale subsidie voor fietsroutes stopt na 2028. In totaal krijgen we daarvan over de hele looptijd € 125.000.']],
  ['a sentence after that does not point back', [...thousands(['| Provincie: subsidie fietsroutes | 50 | 75 | - |', '| Eigen middelen: mobiliteitsfonds | 210 | 215 | 220 |']), 'De provinciale subsidie voor fietsroutes stopt na 2028. Daarnaast geven we over de looptijd samen € 300.000 uit aan onderhoud.']],
  ['PM stays unknown', [...thousands(['| Regionale samenwerking | 30 | 40 | PM |', '| Eigen middelen: sportbudget | 140 | 140 | 145 |']), 'Voor de regionale samenwerking is over de looptijd samen ten minste € 70.000 nodig.']],
  ['dash change right', [...thousands(['| Monitoring | - | 20 | 45 |', '| Beheer | 90 | 95 | 95 |']), 'Tussen 2027 en 2029 stijgen de kosten van de monitoring met € 45.000.']],
  ['sentence before names two rows', [...thousands(['| Rijk: impulsuitkering bewegen | 60 | 60 | 60 |', '| Provincie: sportakkoord | 40 | 40 | - |']), 'Het Rijk en de provincie dragen allebei bij. Over de looptijd ontvangen we daaruit samen € 400.000.']]
]
describeCalculationBattery('prose-calculation hcalc7 battery, fourth batch', defects4, clean4, 4)

// Fifth batch: a count per a measure (a density) over a measured length or area, the count as result.
const defects5: WrongCalculation[] = [
  ['hedge length × width × plants per m²', ['We planten 3 km haag van 0,6 m breed; bij 4 planten per m² zijn dat 8.200 planten.'], '8.200'],
  ['one post per a number of metres', ['Langs de 2,4 km lange weg zetten we 1 paal per 8 meter: 320 palen.'], '320'],
  ['bulbs per m² on a verge in the sentence before', ['De berm langs de Dorpsstraat is 650 meter lang en 2 meter breed.', 'Met 25 bollen per m² gaan er zo’n 36.000 bollen de grond in.'], '36.000']
]
const clean5: Array<[string, string[]]> = [
  ['hedge right', ['We planten 3 km haag van 0,6 m breed; bij 4 planten per m² zijn dat 7.200 planten.']],
  ['posts right', ['Langs de 2,4 km lange weg zetten we 1 paal per 8 meter: 300 palen.']],
  ['a part of the trees', ['Het bos van 12 hectare krijgt 1.800 bomen per hectare; 6.000 eiken en de rest beuken.']],
  ['two densities, a count of both', ['Op 5 hectare planten we 2.000 bomen per hectare en 500 struiken per hectare: 12.500 planten.']],
  ['a density and a year', ['We planten 3 km haag van 0,6 m breed met 4 planten per m²; de haag is in 2028 klaar.']],
  ['an area added with en', ['Het fietspad wordt 2 km lang en 3 m breed en het plein krijgt 5.000 m² nieuwe tegels.']],
  ['an area of another thing, far from the product', ['De kade is 300 m lang en 12 m breed; het water ernaast beslaat 2 hectare.']],
  ['three paths, a count in words', ['We leggen drie paden aan van 400 m lang en 2 m breed: 1.200 m² halfverharding.']],
  ['both sides of the road', ['Aan beide kanten van de 1,5 km lange weg komt een berm van 2 m breed, samen 4.500 m².']],
  ['bulbs right', ['De berm langs de Dorpsstraat is 650 meter lang en 2 meter breed.', 'Met 25 bollen per m² gaan er zo’n 32.500 bollen de grond in.']]
]
describeCalculationBattery('prose-calculation hcalc7 battery, fifth batch', defects5, clean5, 3)
