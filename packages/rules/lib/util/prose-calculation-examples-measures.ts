import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a price per unit of measure worked out from a total and a
// measured quantity in one sentence, the measure spelled otherwise after `per` (`m²` and `vierkante
// meter`, `km` and `meter`, `m3` and `kubieke meter`).
const plan = (lines: string[]): string => example(['# Kosten', '', ...lines], 'gemeente: Lindewaarde')

/** Prices per unit of measure that hold, and a bound that is no quotient. */
export const measuresOk: RuleExample[] = [
  { title: 'Een prijs per m² na ruim die klopt', text: plan(['Het herstel van de kademuur vraagt € 84.000 over 350 m2 gevel, ofwel ruim € 240 per m².']) },
  { title: 'Een prijs per meter van een lengte in kilometers die klopt', text: plan(['Het fietspad kost € 270.000 over 1,5 km, dat is € 180 per meter.']) },
  { title: 'Een gemiddelde prijs per kubieke meter die klopt', text: plan(['Het afvoeren van grond kost € 43.200 voor 2.700 m3 zand, gemiddeld € 16 per kubieke meter.']) },
  { title: 'Een maximum per m² is geen deling', text: plan(['De speelplaats kost € 42.000 voor 600 m² rubbertegels, maximaal € 80 per m².']) }
]

/** Prices per unit of measure that are not the total divided by the quantity. */
export const measuresNotOk: RuleExample[] = [
  {
    title: 'Een prijs per meter van een lengte in kilometers die niet klopt',
    text: plan(['Het fietspad kost € 270.000 over 1,5 km, dat is € 160 per meter.']),
    expected: ['Berekening `€ 270.000 ÷ 1.500 = 160` klopt niet: de uitkomst is `180`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Ruim een prijs per m² die eronder ligt',
    text: plan(['Het herstel van de kademuur vraagt € 84.000 over 350 m2 gevel, ofwel ruim € 260 per m².']),
    expected: ['Berekening `€ 84.000 ÷ 350 = 260` klopt niet: de uitkomst is `240`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een gemiddelde prijs per kubieke meter die niet klopt',
    text: plan(['Het afvoeren van grond kost € 43.200 voor 2.700 m3 zand, gemiddeld € 18 per kubieke meter.']),
    expected: ['Berekening `€ 43.200 ÷ 2.700 = 18` klopt niet: de uitkomst is `16`; herstel de berekening of de uitkomst']
  }
]
