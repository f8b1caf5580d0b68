import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'

// Written from general Dutch municipal usage before any eval run: products of a count of groups
// and their size, a rate after `elk voor` / `ieder met`, a number word shown in digits, a deficit
// or surplus over sentences after an income and a cost, and a price per unit a paragraph or two
// before a count and its total. Each wrong one gives one message with the calculation; each right
// one (the sum holds, or a look-alike that is no such calculation) none.
const wrong: WrongCalculation[] = [
  ['groepen met in totaal', ['Per jaar starten drie taalgroepen van veertien cursisten, in totaal 45 plaatsen.'], '`3 × 14 = 45` klopt niet: de uitkomst is `42`'],
  ['ploegen met samen', ['Er komen vijf ploegen van zeven vrijwilligers, samen 40 vrijwilligers.'], '`5 × 7 = 40` klopt niet: de uitkomst is `35`'],
  ['klassen met dat zijn', ['We plannen acht klassen van 26 leerlingen; dat zijn 218 leerlingen.'], '`8 × 26 = 218` klopt niet: de uitkomst is `208`'],
  ['bijeenkomsten goed voor', ['We houden zes bijeenkomsten van 30 bewoners, goed voor 200 bewoners.'], '`6 × 30 = 200` klopt niet: de uitkomst is `180`'],
  ['elk voor een deel van een fte', ['Er komen vijf jongerenwerkers, elk voor 0,6 fte, samen goed voor 3,3 fte.'], '`5 × 0,6 = 3,3` klopt niet: de uitkomst is `3`'],
  ['ieder met uren', ['We zetten zeven mentoren in, ieder met 120 uur, samen 900 uur.'], '`7 × 120 = 900` klopt niet: de uitkomst is `840`'],
  ['elk van een bedrag', ['We renoveren vier speelplekken, elk van € 45.000, samen € 190.000.'], '`4 × 45.000 = 190.000` klopt niet: de uitkomst is `180.000`'],
  ['een aantal in woorden na elk', ['Er komen drie kringen van elk twaalf mantelzorgers, samen 40 mantelzorgers.'], '`3 × 12 = 40` klopt niet: de uitkomst is `36`'],
  ['tekort na inkomsten in delen', ['In 2025 ontving de sportclub € 62.000: € 45.000 subsidie en € 17.000 uit contributies. De uitgaven bedroegen € 69.000, zodat het jaar eindigde met een tekort van € 9.000.'], '`69.000 − 62.000 = 9.000` klopt niet: de uitkomst is `7.000`'],
  ['te kort na subsidie en uitgaven', ['Het wijkfonds krijgt € 45.000 subsidie. De uitgaven zijn € 52.000, dus komen we € 9.000 te kort.'], '`52.000 − 45.000 = 9.000` klopt niet: de uitkomst is `7.000`'],
  ['negatief saldo', ['Er is € 120.000 begroot. De uitgaven waren € 134.000. Het negatief saldo van € 16.000 vullen we aan uit de reserve.'], '`134.000 − 120.000 = 16.000` klopt niet: de uitkomst is `14.000`'],
  ['overschot na baten en lasten', ['De baten van de kermis waren € 27.300. De lasten kwamen op € 22.100, een overschot van € 4.200.'], '`27.300 − 22.100 = 4.200` klopt niet: de uitkomst is `5.200`'],
  ['prijs een alinea terug, dat kost', ['Een nieuwe gevelboom kost € 380 per boom.', '', 'We planten dit jaar 40 gevelbomen. Dat kost € 16.200.'], '16.200` klopt niet: de uitkomst is `15.200`'],
  ['prijs twee alinea’s terug, hiervoor nodig', ['De bijdrage is € 2.200 per aansluiting.', '', 'Het netbedrijf legt de leidingen aan.', '', 'Voor 2028 staan 35 aansluitingen gepland. Hiervoor is € 81.000 nodig.'], '`35 × 2.200 = 81.000` klopt niet: de uitkomst is `77.000`']
]

const right: Array<[string, string[]]> = [
  ['groepen die kloppen', ['Per jaar starten drie taalgroepen van veertien cursisten, in totaal 42 plaatsen.']],
  ['groepen van de school', ['Drie groepen van de school komen op bezoek, samen 75 kinderen.']],
  ['sessies van een bedrag die kloppen', ['We bieden vier sessies van € 200, samen € 800.']],
  ['groepen van verschillende grootte', ['We vormen vier groepen van tien tot vijftien deelnemers, in totaal 55 deelnemers.']],
  ['een totaal van iets anders', ['Er komen vijf ploegen van zeven vrijwilligers, samen 12 coördinatoren.']],
  ['elk voor een deel van een fte dat klopt', ['Er komen vijf jongerenwerkers, elk voor 0,6 fte, samen goed voor 3 fte.']],
  ['tekort dat klopt', ['In 2025 ontving de sportclub € 62.000: € 45.000 subsidie en € 17.000 uit contributies. De uitgaven bedroegen € 69.000, zodat het jaar eindigde met een tekort van € 7.000.']],
  ['tekort terwijl de inkomsten groter zijn', ['De sportclub ontving € 70.000. De uitgaven bedroegen € 66.000. Het tekort van € 3.000 op de kantine vullen we aan.']],
  ['bijdrage per jaar aan één kant', ['De provincie geeft jaarlijks € 30.000 subsidie. De aanleg kost € 95.000, een tekort van € 5.000.']],
  ['een derde bedrag ertussen', ['Het budget was € 50.000. De kosten waren € 48.000 en de inhuur kostte € 6.000, een tekort van € 4.000.']],
  ['prijs die klopt', ['De bijdrage is € 2.200 per aansluiting.', '', 'Voor 2028 staan 35 aansluitingen gepland. Hiervoor is € 77.000 nodig.']],
  ['twee prijzen voor dezelfde eenheid', ['We betalen € 2.200 per aansluiting in de kern.', '', 'Buiten de kern betalen we € 2.900 per aansluiting.', '', 'Voor 2028 staan 35 aansluitingen gepland. Hiervoor is € 90.000 nodig.']],
  ['een aantal van iets anders', ['De bijdrage is € 2.200 per aansluiting.', '', 'Voor 2028 staan 35 woningen gepland. Hiervoor is € 81.000 nodig.']],
  ['een deel elders gedekt', ['De bijdrage is € 2.200 per aansluiting.', '', 'Voor 2028 staan 35 aansluitingen gepland. Hiervoor is naast de provinciale bijdrage € 60.000 nodig.']]
]

describeCalculationWordings('Groups of a size, elk voor, deficits over sentences and carried prices', wrong, right)
