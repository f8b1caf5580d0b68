import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Helper hcalc12a, written before reading the calculation code: calculations told inside one
// sentence whose operator is a word or whose result is named by a noun: a change `van A naar B`
// with its size named (`een daling van`, `een winst van`, `scheelt`), a product with `à` or `tegen`
// whose result follows `ofwel`, `oftewel`, `dus`, `dat is`, and a calculation written out in words
// (`min`, `plus`, `maal`, `gedeeld door`, `minus`, `vermeerderd met`) in brackets after its result
// or after it. Look-alikes: the same sums right, a rounded result that holds, a change given in
// percent, a difference with another base, and `min` meaning `less` in ordinary prose.

const wrong: WrongCalculation[] = [
  ['a change named by besparing, unit after it', ['Het papierverbruik zakt van 48.000 naar 31.000 vel per jaar, een besparing van 19.000 vel.'], '19.000'],
  ['a change named by afname, in words', ['Het aantal meldingen loopt terug van 640 naar 575, een afname van 75 meldingen.'], '75'],
  ['a rise named by toename, money', ['De huur stijgt van € 14.200 naar € 15.900, een toename van € 1.900.'], '1.900'],
  ['a reduction in tonnes', ['De uitstoot gaat omlaag van 8,4 naar 6,1 ton, een reductie van 2,7 ton.'], '2,7'],
  ['a loss named verlies, hectares', ['Het groen slinkt van 36 naar 29 hectare: een verlies van 9 hectare.'], '9'],
  ['à with ofwel', ['We zetten 3,5 fte in à € 71.000, ofwel € 258.500 per jaar.'], '258.500'],
  ['à with oftewel in brackets', ['De schoonmaak (14 lokalen à € 1.350, oftewel € 19.800) betalen we uit het onderhoudsbudget.'], '19.800'],
  ['à with dus', ['Er komen 22 bankjes à € 840, dus € 19.280 in totaal.'], '19.280'],
  ['tegen a price, dat is', ['We kopen 120 boompjes tegen € 35 per stuk; dat is € 4.800.'], '4.800'],
  ['min in brackets after the result', ['Het tekort bedraagt € 412.000 (€ 1.208.000 min € 786.000).'], '412.000'],
  ['plus in brackets after the result', ['De bijdrage komt op € 96.500 (€ 58.000 plus € 36.500).'], '96.500'],
  ['maal in brackets', ['Voor de cursussen trekken we € 7.800 uit (65 deelnemers maal € 130).'], '7.800'],
  ['gedeeld door in brackets', ['Per wijk is dat 37 uur (296 uur gedeeld door 9 wijken).'], '37'],
  ['minus spelled out, result before', ['Over blijft € 18.400, namelijk € 62.000 minus € 41.600.'], '18.400'],
  ['a change per year, the saving in another unit word', ['Het aantal ritten zakt van 9.400 naar 7.100 per jaar, een besparing van 2.800 ritten.'], '2.800'],
  ['a gain named winst, per week', ['De wachttijd gaat van 35 naar 22 minuten per aanvraag, een winst van 15 minuten.'], '15'],
  ['samen and a decimal count à, ofwel per jaar', ['Het loket krijgt versterking (samen 1,5 fte à € 64.000, ofwel € 102.000 per jaar).'], '102.000'],
  ['min in brackets after a result with voordelig', ['Het resultaat is € 512.000 voordelig (€ 2.604.000 min € 2.102.000).'], '512.000'],
  ['vermeerderd met', ['Het budget wordt € 283.000: € 240.000 vermeerderd met € 48.000 indexering.'], '283.000']
]

const right: Array<[string, string[]]> = [
  ['a change named by besparing, right', ['Het papierverbruik zakt van 48.000 naar 31.000 vel per jaar, een besparing van 17.000 vel.']],
  ['a change named by afname, right', ['Het aantal meldingen loopt terug van 640 naar 575, een afname van 65 meldingen.']],
  ['a change in percent', ['De huur stijgt van € 14.200 naar € 15.900, een toename van 12%.']],
  ['a saving on another quantity', ['Het papierverbruik zakt van 48.000 naar 31.000 vel per jaar, een besparing van € 900.']],
  ['à with ofwel, right', ['We zetten 3,5 fte in à € 71.000, ofwel € 248.500 per jaar.']],
  ['à with dus, rounded', ['Er komen 22 bankjes à € 840, dus ongeveer € 18.500 in totaal.']],
  ['min in brackets, right', ['Het tekort bedraagt € 422.000 (€ 1.208.000 min € 786.000).']],
  ['plus in brackets, right', ['De bijdrage komt op € 94.500 (€ 58.000 plus € 36.500).']],
  ['maal in brackets, right', ['Voor de cursussen trekken we € 8.450 uit (65 deelnemers maal € 130).']],
  ['gedeeld door, rounded right', ['Per wijk is dat ruim 32 uur (296 uur gedeeld door 9 wijken).']],
  ['min as less in prose', ['Een leerling van 12 min jaar oud mag alleen onder begeleiding komen, en we willen min 20% afval.']],
  ['plus as extra in prose', ['Het tarief is € 45 plus btw; 65-plussers betalen € 30.']],
  ['a change per year, right', ['Het aantal ritten zakt van 9.400 naar 7.100 per jaar, een besparing van 2.300 ritten.']],
  ['a change per year, a saving of money', ['Het aantal ritten zakt van 9.400 naar 7.100 per jaar, een besparing van 2.800 euro.']],
  ['samen à, ofwel per jaar, right', ['Het loket krijgt versterking (samen 1,5 fte à € 64.000, ofwel € 96.000 per jaar).']],
  ['min in brackets with voordelig, right', ['Het resultaat is € 502.000 voordelig (€ 2.604.000 min € 2.102.000).']],
  ['a count with a label bracket in the same unit', ['We bezoeken 24 scholen (6 scholen in elke wijk) en 30 minuten per bezoek (15 minuten heen en 15 minuten terug).']],
  ['a count with its calculation in brackets, right', ['Er komen 65 plekken (40 plekken plus 25 extra).', '', 'Per team is dat 37 uur (296 uur gedeeld door 8 teams).']],
  ['a count whose bracket counts another unit', ['Er komen 60 plekken (40 vrijwilligers maal 2 dagdelen).']],
  ['vermeerderd met, right', ['Het budget wordt € 288.000: € 240.000 vermeerderd met € 48.000 indexering.']]
]

describeCalculationBattery('calculation battery hcalc12a (one-sentence calculations with word operators)', wrong, right, 19)
