import { arithmeticSlip } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Helper hgcalc: plain relations between quantities that carry no cue word, whose result stands
// before its terms, or whose terms stand in the sentence or paragraph before. The defects are
// one-digit slips of a sum, difference or product of numbers that are all in the text; the clean
// look-alikes put a third number one digit away from such a relation by chance (another noun,
// another unit, a list of parts rather than a remainder).

const body = (...lines: string[]): string[] => ['# Financiën', '', ...lines]

const defects: BatteryWording[] = [
  ['a shortfall after expenses and income, no cue word', body('De muziekschool had in 2025 € 612.000 aan uitgaven en € 274.000 aan inkomsten, een gat van € 348.000.'), '348.000'],
  ['a shortfall across two sentences', body('De lasten van de kinderboerderij waren in 2025 € 186.400. De baten kwamen uit op € 97.300, zodat het tekort € 99.100 bedroeg.'), '99.100'],
  ['a product whose result stands before its count', body('We rekenen € 8.500 per laadpaal; dat wordt € 256.500 voor de 29 palen aan de rand van het centrum.'), '256.500'],
  ['a sum whose result opens the sentence', body('Samen € 74.300 kost de inrichting van de bibliotheek: € 41.200 voor meubilair en € 32.100 voor computers.'), '74.300'],
  ['a product with its count in the sentence before', body('Vorig jaar deden 318 gezinnen mee aan de regeling. Met een bijdrage van € 75 per gezin ging er € 24.850 naar de regeling.'), '24.850'],
  ['a count in words in the sentence before', body('In de gemeente liggen achttien speeltuinen. Het onderhoud kost € 2.350 per speeltuin, in totaal € 43.300 per jaar.'), '43.300'],
  ['a deduction whose whole stands in the paragraph before', body('De verkoop van het oude raadhuis bracht € 1.380.000 op.', '', 'De sloop van de bijgebouwen kostte € 215.000. Na aftrek daarvan resteert € 1.265.000 voor de nieuwe bibliotheek.'), '1.265.000'],
  ['a growth whose new value stands in the paragraph before', body('Begin 2026 kende het steunpunt 2.915 mantelzorgers.', '', 'In 2023 waren het er nog 2.640, zodat er in drie jaar 375 mantelzorgers bij kwamen.'), '375'],
  ['a saving in kWh over two sentences', body('Het verbruik van het stadskantoor was in 2024 184.000 kWh. In 2026 is dat 151.000 kWh, dus 43.000 kWh minder.'), '43.000'],
  ['a sum in brackets', body('De subsidie (€ 36.500 voor de wijkcentra en € 18.750 voor de buurthuizen) komt uit op € 56.250.'), '56.250'],
  ['a count of items in words before the price', body('Langs de rivier komen vijfentwintig nieuwe banken. Een bank kost € 1.150, zodat we € 29.750 uittrekken.'), '29.750'],
  ['a remainder in a list', body('Voor het groenonderhoud geldt in 2026:', '', '- begroot: € 520.000;', '- besteed: € 487.500;', '- over: € 42.500.'), '42.500'],
  ['a product with the result before the count and the price last', body('Het leerlingenvervoer kost € 97.700 voor 42 leerlingen, bij gemiddeld € 2.350 per leerling.'), '97.700'],
  ['a remainder whose whole stands in the paragraph before', body('Het budget voor straatverlichting is € 730.000 per jaar.', '', 'Daarvan gaat € 265.000 naar energie. Er blijft € 475.000 over voor onderhoud en vervanging.'), '475.000'],
  ['a yearly total across two sentences, no back word', body('In het voorjaar kwamen 1.845 bezoekers naar de tentoonstelling. In het najaar waren het er 2.310, in het hele jaar 4.255.'), '4.255'],
  ['a total named first, its parts after a colon', body('De gemeente ontvangt in 2026 € 415.000 aan rijksgeld: € 260.000 voor jeugd, € 97.000 voor de Wmo en € 68.000 voor participatie.'), '415.000'],
  ['a total with a result word before its parts', body('Het onderhoud van de sportvelden vraagt € 243.000 per jaar, met € 118.000 voor het maaien, € 71.000 voor de belijning en € 44.000 voor de beregening.'), '243.000'],
  ['a payback over two sentences', body('Een nieuwe ketel voor het wijkcentrum kost € 64.000. Hij bespaart € 16.000 per jaar aan gas, zodat hij in drie jaar is terugverdiend.'), 'drie jaar'],
  ['a first digit off with the whole in the paragraph before', body('De parkeervergunningen brachten in 2025 € 538.260 op.', '', 'De handhaving kostte € 512.000. Na aftrek daarvan hielden we € 36.260 over.'), '36.260'],
  ['a payback time in words', body('Zonnepanelen op de sporthal kosten € 96.000 en besparen € 24.000 per jaar; ze zijn daarmee in drie jaar terugverdiend.'), 'drie']
]

const clean: CleanWording[] = [
  ['the shortfall right', body('De muziekschool had in 2025 € 612.000 aan uitgaven en € 274.000 aan inkomsten, een gat van € 338.000.')],
  ['the shortfall across two sentences right', body('De lasten van de kinderboerderij waren in 2025 € 186.400. De baten kwamen uit op € 97.300, zodat het tekort € 89.100 bedroeg.')],
  ['an extra amount one digit from a difference of two budgets', body('Het budget was € 640.000 in 2024 en € 520.000 in 2025; voor 2026 ramen we € 130.000 voor een nieuw project.')],
  ['a list of parts, not a remainder', body('Voor de renovatie van het clubhuis ramen we:', '', '- bouwkundig: € 520.000;', '- installaties: € 487.500;', '- advies: € 42.500.')],
  ['a third season one digit from the sum of two', body('In het voorjaar kwamen 1.845 bezoekers naar de tentoonstelling. In het najaar waren het er 2.310; de zomer trok er 4.255.')],
  ['a count times a count, then an amount', body('Vorig jaar deden 318 gezinnen mee aan de regeling. Een gezin kreeg gemiddeld 75 bonnen; de gemeente gaf € 24.850 uit aan de bonnen en de administratie.')],
  ['the product before its count right', body('We rekenen € 8.500 per laadpaal; dat wordt € 246.500 voor de 29 palen aan de rand van het centrum.')],
  ['an approximate shortfall', body('De muziekschool had in 2025 € 612.000 aan uitgaven en € 274.000 aan inkomsten, een gat van ongeveer € 340.000.')],
  ['the deduction right with the whole in the paragraph before', body('De verkoop van het oude raadhuis bracht € 1.380.000 op.', '', 'De sloop van de bijgebouwen kostte € 215.000. Na aftrek daarvan resteert € 1.165.000 voor de nieuwe bibliotheek.')],
  ['the growth right with the new value in the paragraph before', body('Begin 2026 kende het steunpunt 2.915 mantelzorgers.', '', 'In 2023 waren het er nog 2.640, zodat er in drie jaar 275 mantelzorgers bij kwamen.')],
  ['a paragraph before about another subject', body('Het zwembad trok in 2025 61.400 bezoekers.', '', 'De ijsbaan opende in 2023 met 24.300 schaatsers; in 2025 waren het er 27.100.')],
  ['the payback time right', body('Zonnepanelen op de sporthal kosten € 96.000 en besparen € 24.000 per jaar; ze zijn daarmee in vier jaar terugverdiend.')],
  ['a payback within a bound', body('Zonnepanelen op de sporthal kosten € 96.000 en besparen € 24.000 per jaar; ze zijn daarmee binnen vijf jaar terugverdiend.')],
  ['a price per unit and a total of another count', body('Er staan 29 laadpalen in de gemeente. Een nieuwe paal kost € 8.500; voor de 31 palen in de volgende fase trekken we € 263.500 uit.')],
  ['the parts after a colon right', body('De gemeente ontvangt in 2026 € 425.000 aan rijksgeld: € 260.000 voor jeugd, € 97.000 voor de Wmo en € 68.000 voor participatie.')],
  ['some of the parts of a total', body('De gemeente ontvangt in 2026 € 415.000 aan rijksgeld, waarvan € 250.000 voor jeugd, € 97.000 voor de Wmo en € 58.000 voor participatie.')],
  ['the payback over two sentences right', body('Een nieuwe ketel voor het wijkcentrum kost € 64.000. Hij bespaart € 16.000 per jaar aan gas, zodat hij in vier jaar is terugverdiend.')],
  ['another time after a yearly saving', body('Een nieuwe ketel voor het wijkcentrum kost € 64.000. Hij bespaart € 16.000 per jaar aan gas; de garantie loopt na drie jaar af.')],
  ['a first digit off by chance in a paragraph about another amount', body('De parkeervergunningen brachten in 2025 € 538.260 op.', '', 'De handhaving kostte € 512.000. Voor de nieuwe scanauto is € 36.000 nodig.')],
  ['the remainder in a list right', body('Voor het groenonderhoud geldt in 2026:', '', '- begroot: € 520.000;', '- besteed: € 487.500;', '- over: € 32.500.')]
]

// 8, not 10: 'a remainder whose whole stands in the paragraph before' is now reported on the same
// line by prose-calculation (carried-splits reads `Daarvan gaat … Er blijft … over`), and so is 'a
// shortfall across two sentences' (deficit-balances reads the lasten, the baten and `het tekort`);
// arithmetic-slip yields to it.
describeBattery(arithmeticSlip, defects, clean, 8)
