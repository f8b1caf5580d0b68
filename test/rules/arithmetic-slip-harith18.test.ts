import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Helper harith18, written before changing arithmetic-slip: products of a count, a mean size per
// item and a rate per unit of size, read by arithmetic-slip as one product of all the sentence's
// numbers. The look-alikes hold: within the rounding of the mean, with the total the mean comes
// from, or with an amount stated `met … voor …` as a term on top. The wrong forms lie beyond the
// mean's rounding, or have a fee that does not close the gap.

const wrong: WrongCalculation[] = [
  ['beyond the rounding of a mean area', ['De schoolpleinen zijn gemiddeld 420 m² groot. Herbestrating kost € 55 per m². Voor de zes pleinen ramen we € 148.600.'], '148.600'],
  ['beyond the rounding of a mean length, result first', ['De sloten zijn gemiddeld 300 meter lang. Baggeren kost € 9 per meter. Samen € 29.700 voor de twaalf sloten.'], '29.700'],
  ['a fee that does not close the gap', ['De daken zijn gemiddeld 180 m² groot. Reinigen kost € 4 per m². Voor de tien daken is dat, met € 1.500 voor de hoogwerker, € 9.700.'], '9.700'],
  ['a total with its mean, product off by one digit', ['De 14 volkstuinen beslaan samen 4.200 m², gemiddeld 300 m² per tuin. Tegen € 2 per m² brengt de verhuur € 9.400 op.'], '9.400']
]

const right: Array<[string, string[]]> = [
  // the three from hprod18
  ['C mean rounded from exact sizes', ['De speeltuinen zijn gemiddeld 650 m² groot. We rekenen voor het onderhoud met € 3 per m². Voor de acht speeltuinen is dat € 15.680 per jaar.']],
  ['C mean derived from a stated total', ['De 26 kavels beslaan samen 62.300 m², gemiddeld 2.400 m² per kavel. Tegen € 145 per m² levert de verkoop € 9.033.500 op.']],
  ['C with keuringen on top', ['De speeltuinen zijn gemiddeld 650 m² groot. Onderhoud kost € 3 per m². Voor de acht speeltuinen is dat, met € 2.000 voor keuringen, € 17.600 per jaar.']],
  // fresh ones
  ['mean length rounded, rate per meter', ['De sloten zijn gemiddeld 300 meter lang. Baggeren kost € 9 per meter. Voor de twaalf sloten ramen we € 32.800.']],
  ['mean area rounded, count in digits', ['Een schoolplein meet gemiddeld 420 m². Herbestrating kost € 55 per m²; voor 6 pleinen komt dat op € 139.800.']],
  ['total with its mean, rent', ['De 14 volkstuinen beslaan samen 4.150 m², gemiddeld 300 m² per tuin. Tegen € 2 per m² brengt de verhuur € 8.300 op.']],
  ['fee on top, mean rounded', ['Reinigen kost € 4 per m². De daken zijn gemiddeld 180 m² groot. Voor de tien daken is dat, met € 1.500 voor de hoogwerker, € 8.820.']],
  ['fee on top, other order', ['De bermen zijn gemiddeld 800 meter lang. Maaien kost € 2 per meter. Met € 900 voor het afvoeren kost het maaien van de vijf bermen € 8.900.']]
]

describeCalculationBattery('products with a mean, its total or a fee on top (harith18)', wrong, right, 4)
