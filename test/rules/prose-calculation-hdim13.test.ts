import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Battery hdim13, written before reading the calculation code: a product of quantities whose
// units cancel (a rate per a unit times a count of that unit, maybe times a count per week or
// year), stated without a cue word or with its result before its terms, its factors in the
// sentence before or earlier in the section (`hetzelfde tarief`), in words or digits, after `à`,
// `tegen` or `/`, with scale words and units that convert. Look-alikes: the same products right,
// a rounded product after `ongeveer`/`ruim`, a product of another scope next to a rate, sums and
// differences next to rates, a half of the product, a cap, a count of another noun.
// Start code (7e91150): 11/16 caught; two look-alikes noisy (an added term after `en`, a cap).
// After unit-products: 15/16 caught (not the terms inside brackets after the result), no new noise.

const wrong: WrongCalculation[] = [
  ['part of an fte times a wage per fte, result last', ['De coördinator werkt 0,5 fte; bij € 86.500 per fte kost dat jaarlijks € 45.000.'], '45.000'],
  ['rate a sentence before, hours in the result sentence', ['Vrijwilligers krijgen € 3,75 per uur. Wie 120 uur meedraait, ontvangt zo € 470.'], '470'],
  ['result first, à per hectare after a colon', ['We trekken € 19.000 uit voor de bermen: 45 hectare maaien à € 400 per hectare.'], '19.000'],
  ['a length per year over years in words', ['Het pad verzakt 2 cm per jaar; over acht jaar ligt het dan 18 cm lager.'], '18'],
  ['three factors over two sentences', ['De tolk is 6 uur per week nodig, 43 weken per jaar. Tegen € 65 per uur betalen we daarvoor € 17.800 per jaar.'], '17.800'],
  ['a count à a price, result in millions', ['Voor de 30 starterswoningen à € 75.000 per woning is € 2,1 miljoen nodig.'], '2,1 miljoen'],
  ['kilometres against a price per metre', ['De nieuwe fietsstrook wordt 3,2 km lang; met € 140 per meter komt de aanleg op € 398.000.'], '398.000'],
  ['days per year tegen a price per day', ['We huren 14 dagen per jaar een veegwagen tegen € 310 per dag, jaarlijks € 4.640.'], '4.640'],
  ['a price with a slash and tonnes', ['Strooizout kost € 95/ton; voor 60 ton per winter rekenen we € 6.200.'], '6.200'],
  ['hours per week over weeks in a list item', ['Inzet van de straatcoaches per wijk:', '', '- Oost: 12 uur per week gedurende 30 weken, 390 uur;', '- West: 8 uur per week gedurende 30 weken, 240 uur.'], '390'],
  ['count first, price per item and total next sentence', ['Het jongerenwerk organiseert dit jaar 26 filmavonden. Per avond rekenen we € 180 zaalhuur, dus € 4.860.'], '4.860'],
  ['km per week over weeks in words, no euro', ['De ploeg loopt per week 35 km aan schouwroutes, in twaalf weken dus 460 km.'], '460'],
  ['the same rate earlier in the section', ['De schoonmaker rekent € 32 per uur.', '', 'Voor de nieuwe gymzaal is 10 uur per week nodig. Bij datzelfde tarief en 45 weken kost dat € 15.400 per jaar.'], '15.400'],
  ['a monthly rent over months in words', ['De opslagcontainer kost € 240 per maand; voor de negen zomermaanden betalen we € 2.610.'], '2.610'],
  ['result before its terms in brackets', ['De begeleiding kost € 7.400 (4 uur per week, 37 weken, € 48 per uur).'], '7.400'],
  ['a wage per hour times hours per week times weeks, count in words', ['Twee avonden per week staat er een beheerder in het clubhuis, elke avond vier uur. Bij € 24 per uur en 40 weken kost dat € 8.160.'], '8.160']
]

const right: Array<[string, string[]]> = [
  ['part of an fte times a wage per fte, right', ['De coördinator werkt 0,5 fte; bij € 86.500 per fte kost dat jaarlijks € 43.250.']],
  ['a product rounded after ongeveer', ['De tolk is 6 uur per week nodig, 43 weken per jaar; tegen € 65 per uur is dat ongeveer € 16.800 per jaar.']],
  ['a product rounded after ruim', ['Bij € 0,21 per kilometer en 7.300 dienstkilometers betalen we ruim € 1.500.']],
  ['another scope next to a rate', ['Vrijwilligers krijgen € 3,75 per uur. In 2025 keerden we aan 140 vrijwilligers samen € 52.000 uit.']],
  ['a whole budget next to a rate and a count', ['Maaien kost € 400 per hectare. De gemeente beheert 45 hectare berm; het hele groenbudget is € 310.000.']],
  ['a sum next to a rate', ['De huur is € 240 per maand en de borg € 500; bij aanvang betalen we € 740.']],
  ['a difference of two rates', ['Het uurtarief gaat van € 58 naar € 62 per uur, € 4 per uur meer.']],
  ['a length per year over years, right', ['Het pad verzakt 2 cm per jaar; over acht jaar ligt het dan 16 cm lager.']],
  ['a product with an added term', ['De fietsstrook wordt 3,2 km lang; met € 140 per meter en € 30.000 voor de verlichting komt de aanleg op € 478.000.']],
  ['half of the product', ['De schoonmaak kost € 32 per uur, 10 uur per week gedurende 45 weken; de helft, € 7.200, betaalt de sportvereniging.']],
  ['a rate for part of the group', ['We hebben 30 vrijwilligers; 12 van hen volgen een training van € 85 per persoon, samen € 1.020.']],
  ['a capped amount', ['De subsidie is € 15 per m² met een maximum van € 4.000; voor het dak van 320 m² krijgt de eigenaar dus € 4.000.']],
  ['a count of another noun after day counts', ['De buurtbus rijdt 5 dagen per week, 48 weken per jaar, en vervoert zo’n 9.600 reizigers.']],
  ['a yearly amount and a one-off sum', ['Het onderhoud kost € 12.000 per jaar; in 2027 komt daar eenmalig € 3.000 bij, zodat we dat jaar € 15.000 nodig hebben.']],
  ['three factors over two sentences, right', ['De tolk is 6 uur per week nodig, 43 weken per jaar. Tegen € 65 per uur betalen we daarvoor € 16.770 per jaar.']],
  ['the same rate earlier, right', ['De schoonmaker rekent € 32 per uur.', '', 'Voor de nieuwe gymzaal is 10 uur per week nodig. Bij datzelfde tarief en 45 weken kost dat € 14.400 per jaar.']]
]

// Two look-alikes an older reader reports (a term added after `en`, a cap): kept as still noisy.
const stillNoisy = new Set(['a product with an added term', 'a capped amount'])

describeCalculationBattery('calculation rules on products whose units cancel (hdim13)', wrong, right, 15, stillNoisy)
