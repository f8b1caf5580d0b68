import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Battery hprod11, written before reading the calculation code: a stated product that does not
// hold. A rate times a count (times weeks or years), with the rate in an earlier sentence or the
// lead of a list, the result before its terms, units that convert (hectare against a price per
// m², kiloton against a price per ton, a result in millions), and a result after `brengt … op`,
// `komt … op`, `samen`, `was dat` or with no cue. Look-alikes: the same products right, a third
// term in the result, a count of another noun or year, a cap, a rounded result, a half of it.
// Start code (539331c): 13/21 caught (the hectare one only with a wrong product, 2,4 × 18 = 43,2, as a
// fout that a right sentence got too), 3 of 20 look-alikes noisy (a third term, a taken-along item, a half).
// After hprod11: 21/21 caught, all look-alikes quiet.

const wrong: WrongCalculation[] = [
  ['rate and count in a list item after a semicolon', ['Bij de vergunning horen toeslagen:', '', '- avondtoeslag: € 40 per ontheffing; bij de 35 ontheffingen van vorig jaar was dat € 1.600;', '- geen toeslag voor verenigingen.'], '1.600'],
  ['rate a sentence before, count and yield after', ['Het tarief voor de rondleiding is € 6 per kaart. In 2025 verkochten we 2.300 kaarten; dat bracht € 15.800 op.'], '15.800'],
  ['result before its terms after a colon', ['We ontvangen € 9.600 huur per jaar: twaalf maanden à € 850.'], '9.600'],
  ['hectare against a price per m2', ['Voor de uitbreiding kopen we 2,4 hectare grond à € 18 per m², samen € 423.000.'], '423.000'],
  ['kiloton against a price per ton', ['Met een heffing van € 30 per ton op 4,5 kiloton bouwafval komt de opbrengst op € 153.000.'], '153.000'],
  ['a result in millions', ['De 1.250 nieuwe aansluitingen van € 1.600 per stuk vragen samen € 2,4 miljoen.'], '2,4 miljoen'],
  ['three factors with the rate last', ['Een club die 2 uur per week traint, 38 weken per jaar, betaalt bij € 22 per uur dan € 1.760.'], '1.760'],
  ['a count in words times a sum each', ['Elk van de zeven wijkteams krijgt € 12.500; dat komt neer op € 97.500.'], '97.500'],
  ['rate in brackets', ['De vergoeding (€ 0,23 per kilometer) komt bij 8.000 dienstkilometers uit op € 2.040.'], '2.040'],
  ['result first, the terms in the next sentence', ['We trekken € 64.000 uit voor nieuwe zitbanken. Dat zijn 40 banken van € 1.800 per stuk.'], '64.000'],
  ['a yearly cost over the plan years', ['Het onderhoud van de speelplekken kost € 14.000 per jaar; over vier jaar is dat € 65.000.'], '65.000'],
  ['price per hectare and hectares after komt op', ['Maaien kost € 420 per hectare; voor de 35 hectare bermen komt dat op € 13.700.'], '13.700'],
  ['compound noun of the rate', ['Een huisbezoek kost € 65. Voor de 320 avondhuisbezoeken rekenen we op € 23.800.'], '23.800'],
  ['hours per week times weeks', ['Twee medewerkers werken elk 16 uur per week aan het loket, 46 weken per jaar: samen 1.572 uur.'], '1.572'],
  ['a yield after brengt … op, rate a sentence before', ['Voor een standplaats op de weekmarkt vragen we € 14 per dag. Met 2.600 marktdagen per jaar brengt dat € 40.400 op.'], '40.400'],
  ['kost right after a rate in brackets, count a sentence before', ['We nemen twaalf nieuwe vrijwilligers aan. Hun EHBO-cursus (€ 175 per persoon) kost ons € 2.700.'], '2.700'],
  ['a loanword plural in -es at per coach', ['We zetten 6 buurtcoaches in. Met € 2.400 per coach rekenen we daarvoor op € 15.400.'], '15.400'],
  ['lead with the price after the unit, second item wrong', ['Voor elke deelnemende school rekenen we € 1.200 per klas:', '', '- Noord: 6 klassen, € 7.200;', '- Zuid: 9 klassen, € 11.800.'], '11.800'],
  ['a count per year over a span, no result word', ['Met 35 nieuwe lichtmasten per jaar vervangen we over vier jaar 150 lichtmasten.'], '150'],
  ['a count per week over weeks, no result word', ['Met 12 cursisten per week bereiken we in 40 weken 520 cursisten.'], '520'],
  ['rate in the lead of a list', ['Per deelnemer vragen we € 75:', '', '- voorjaarscursus: 18 deelnemers, € 1.550;', '- najaarscursus: 22 deelnemers, € 1.650.'], '1.550']
]

const right: Array<[string, string[]]> = [
  ['the list item that holds', ['Bij de vergunning horen toeslagen:', '', '- avondtoeslag: € 40 per ontheffing; bij de 35 ontheffingen van vorig jaar was dat € 1.400;', '- geen toeslag voor verenigingen.']],
  ['a count of another noun', ['Het tarief voor de rondleiding is € 6 per kaart. In 2025 kwamen 2.300 bezoekers; de horeca bracht € 15.800 op.']],
  ['a third term in the result', ['Voor 2,4 hectare à € 18 per m² plus € 25.000 notariskosten betalen we samen € 457.000.']],
  ['hectare against a price per m2 that holds', ['Op het bedrijventerrein gaat het om 3,1 hectare tegen € 45 per m², samen € 1.395.000.']],
  ['a cap on the area', ['De bijdrage is € 20 per m² met een maximum van 30 m² per woning, zodat niemand meer dan € 600 krijgt.']],
  ['a rounded result', ['Bij 8.000 dienstkilometers van € 0,23 is dat ruim € 1.800.']],
  ['an extra cost in the total', ['De 14 lantaarns kosten € 300 per stuk; met de montage komt het totaal op € 5.600.']],
  ['a count of another year', ['In 2024 verwerkten we 210 aanvragen. Een aanvraag kost € 45. Voor 2027 verwachten we 260 aanvragen, samen € 11.700.']],
  ['kiloton that holds', ['4,5 kiloton bouwafval à € 30 per ton levert € 135.000 op.']],
  ['millions that hold', ['De 1.250 nieuwe aansluitingen van € 1.600 per stuk vragen samen € 2 miljoen.']],
  ['half of the product', ['Een huisbezoek kost € 65; de gemeente vergoedt de helft, bij 320 bezoeken is dat € 10.400.']],
  ['a count per week times weeks', ['Het team draait 3 avonden per week; in 40 weken zijn dat 120 avonden.']],
  ['a price per head of part of the group', ['We nemen twaalf nieuwe vrijwilligers aan, van wie vijf de cursus volgen. Die cursus (€ 175 per persoon) kost ons € 875.']],
  ['rekenen we op a count that holds', ['Een groep telt 15 deelnemers. Voor acht groepen rekenen we op 120 deelnemers.']],
  ['kost after a rate, for another thing', ['We nemen twaalf nieuwe vrijwilligers aan. De cursus (€ 175 per persoon) volgen ze in het voorjaar; de zaal kost € 600.']],
  ['list items with another number or an added word', ['De eigen bijdrage is € 75 per deelnemer:', '', '- voorjaar: 18 deelnemers in 2 groepen, € 1.550;', '- najaar: 22 deelnemers, € 1.850 inclusief materiaal.']],
  ['list items counting another noun', ['Per deelnemer vragen we € 75:', '', '- voorjaar: 3 avonden, € 1.350;', '- najaar: 4 avonden, € 1.650.']],
  ['another noun over the span', ['Met 35 nieuwe lichtmasten per jaar vervangen we over vier jaar ook 60 schakelkasten.']],
  ['the span total right', ['Met 12 cursisten per week bereiken we in 40 weken 480 cursisten.']],
  ['the lead of a list that holds', ['Per deelnemer vragen we € 75:', '', '- voorjaarscursus: 18 deelnemers, € 1.350;', '- najaarscursus: 22 deelnemers, € 1.650.']]
]

describeCalculationBattery('calculation rules on stated products (hprod11)', wrong, right, 21)

// A new price applied to a count that stays as it was: `bij een gelijk aantal …`, `blijft het
// aantal … gelijk`. The count is the last level of that noun earlier in the section, the price the
// one amount of the result's sentence or the one before it. Look-alikes: the same projection right,
// a count of another noun, two prices in view, a rise in percent, no result.
// Start code: 2/6 (the two with the count in the same paragraph); after hprod11 6/6, all look-alikes quiet.
const unchangedWrong: WrongCalculation[] = [
  ['bij een gelijk aantal, count two paragraphs up', ['In 2025 verkochten we 3.800 jaarkaarten.', '', 'Vanaf 2027 kost een jaarkaart € 42.', 'Bij een gelijk aantal jaarkaarten levert dat € 162.600 op.'], '162.600'],
  ['blijft het aantal gelijk, dan …', ['Het zwembad telde vorig seizoen 21.500 bezoekers.', '', 'De entree gaat naar € 6,50. Blijft het aantal bezoekers gelijk, dan komt de opbrengst op € 148.750.'], '148.750'],
  ['als het aantal gelijk blijft, no result word', ['We gaven in 2025 840 parkeervergunningen uit. De prijs van een vergunning wordt € 95 per jaar. Als het aantal vergunningen gelijk blijft, ontvangen we € 78.300.'], '78.300'],
  ['bij hetzelfde aantal, price in the same sentence', ['De bibliotheek had eind 2025 2.940 leden.', '', 'Bij hetzelfde aantal leden brengt een abonnement van € 48 samen € 145.120 op.'], '145.120'],
  ['uitgaande van een constant aantal', ['Er zijn nu 1.150 standplaatsen verhuurd.', '', 'Het nieuwe tarief wordt € 310. Uitgaande van een constant aantal standplaatsen is de huuropbrengst € 346.500.'], '346.500'],
  ['bij een ongewijzigd aantal in a list item', ['De nieuwe tarieven:', '', '- ligplaats: € 640 per seizoen; bij een ongewijzigd aantal van de 212 ligplaatsen is dat € 153.680;', '- kraanhuur blijft gelijk.'], '153.680']
]

const unchangedRight: Array<[string, string[]]> = [
  ['the projection right', ['In 2025 verkochten we 3.800 jaarkaarten.', '', 'Vanaf 2027 kost een jaarkaart € 42.', 'Bij een gelijk aantal jaarkaarten levert dat € 159.600 op.']],
  ['a count of another noun', ['Het zwembad telde vorig seizoen 21.500 bezoekers.', '', 'De entree gaat naar € 6,50. Bij een gelijk aantal abonnementen levert de verhoging € 52.000 op.']],
  ['two prices in view', ['In 2025 verkochten we 3.800 jaarkaarten.', '', 'Een jaarkaart gaat naar € 42 en een dagkaart naar € 5. Bij een gelijk aantal jaarkaarten levert de verhoging € 9.000 op.']],
  ['a rise in percent', ['Het zwembad telde vorig seizoen 21.500 bezoekers.', '', 'De entree stijgt met 10%. Bij een gelijk aantal bezoekers levert dat € 14.000 extra op.']],
  ['a price without a result', ['De school telt 640 leerlingen.', '', 'Bij een gelijk aantal leerlingen blijft de bijdrage € 45 per leerling.']],
  ['the extra yield of a price rise', ['We gaven in 2025 840 parkeervergunningen uit.', '', 'De prijs stijgt met € 15 naar € 95. Als het aantal vergunningen gelijk blijft, ontvangen we € 12.600 meer.']]
]

describeCalculationBattery('calculation rules on a new price at an unchanged count (hprod11)', unchangedWrong, unchangedRight, 6)
