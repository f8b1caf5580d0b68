import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3calc (own payment): a cost, a contribution towards it, and what the payer still pays
// himself (`betaalt zelf nog`, `eigen bijdrage`, `resteert voor`). What remains is the cost
// minus the contribution. Look-alikes: the remainder right, a contribution to another cost,
// a contribution that is a share, a remainder of a budget that is not a cost.

const body = (...lines: string[]): string[] => ['# Regeling', '', ...lines]

const defects: BatteryWording[] = [
  ['betaalt zelf nog', body('Een zonneboiler kost een huurder gemiddeld € 2.400. Met de bijdrage van € 900 betaalt de huurder zelf nog € 1.600.'), '1.500'],
  ['eigen bijdrage', body('Een traplift kost ongeveer € 6.200. De gemeente vergoedt € 4.500; de eigen bijdrage is dan € 1.900.'), '1.700'],
  ['resteert voor', body('Het vervangen van een cv-ketel kost € 3.100. Na de premie van € 750 resteert voor de bewoner € 2.450.'), '2.350'],
  ['contribution first', body('Met een tegemoetkoming van € 300 op een cursus van € 1.150 betaalt de deelnemer zelf € 950.'), '850'],
  ['two sentences, komt voor rekening van', body('De aanleg van een groen dak kost per woning € 4.800. De provincie betaalt daarvan € 1.800, zodat € 2.800 voor rekening van de eigenaar komt.'), '3.000'],
  ['dankzij de subsidie, eigen bijdrage', body('Een isolatiepakket kost € 5.600. Dankzij de subsidie van € 2.100 is de eigen bijdrage € 3.300.'), '3.500'],
  ['brackets', body('Een fietsenstalling voor de vereniging (kosten € 12.500) krijgt € 7.500 subsidie; de vereniging betaalt zelf nog € 4.000.'), '5.000'],
  ['list item', body('- Een regenton met aansluiting kost € 180; na de actiekorting van € 45 betalen inwoners zelf € 125.'), '135'],
  ['eigen deel, millions', body('De renovatie van het zwembad kost € 3,6 miljoen. De provincie draagt € 1,4 miljoen bij, waardoor het eigen deel van de gemeente € 2,4 miljoen wordt.'), '2.200.000'],
  ['vergoeding, betalen ouders zelf', body('Een schoolreis kost per leerling € 95. Het fonds vergoedt € 40, dus betalen ouders zelf nog € 65.'), '55'],
  ['zelf betalen after the amount', body('Een deelauto-abonnement kost € 420. Omdat de gemeente € 150 bijdraagt, moet de gebruiker nog € 290 zelf betalen.'), '270'],
  ['hele bedragen', body('Een warmtepomp kost een eigenaar circa € 11.000. Met de subsidie van € 3.750 blijft er voor de eigenaar zelf € 7.750 te betalen.'), '7.250']
]

const clean: CleanWording[] = [
  ['remainder right', body('Een zonneboiler kost een huurder gemiddeld € 2.400. Met de bijdrage van € 900 betaalt de huurder zelf nog € 1.500.')],
  ['eigen bijdrage right', body('Een traplift kost ongeveer € 6.200. De gemeente vergoedt € 4.500; de eigen bijdrage is dan € 1.700.')],
  ['resteert right', body('Het vervangen van een cv-ketel kost € 3.100. Na de premie van € 750 resteert voor de bewoner € 2.350.')],
  ['contribution first right', body('Met een tegemoetkoming van € 300 op een cursus van € 1.150 betaalt de deelnemer zelf € 850.')],
  ['own payment per month', body('Een traplift kost ongeveer € 6.200. De gemeente vergoedt € 4.500 en de bewoner betaalt zelf € 25 per maand aan onderhoud.')],
  ['contribution is a maximum', body('Een warmtepomp kost tussen € 8.000 en € 14.000. De subsidie is maximaal € 3.750; de eigenaar betaalt zelf minimaal € 4.250.')],
  ['two costs', body('Een zonneboiler kost € 2.400 en een lijst van installateurs € 50. Met de bijdrage van € 900 betaalt de huurder zelf nog € 1.550.')],
  ['the municipality pays itself, no contribution', body('De nieuwe speeltuin kost € 48.000. De gemeente betaalt zelf € 48.000 uit de reserve.')],
  ['own payment of another item', body('Een fiets kost € 650. De werkgever geeft € 200 en de werknemer betaalt zelf de verzekering van € 75.')],
  ['list item right', body('- Een regenton met aansluiting kost € 180; na de actiekorting van € 45 betalen inwoners zelf € 135.')],
  ['voor rekening van right', body('Een deelauto-abonnement kost € 420. Omdat de gemeente € 150 bijdraagt, moet de gebruiker nog € 270 zelf betalen.')],
  ['plus installation', body('Een isolatiepakket kost € 5.600, exclusief € 400 installatie. Na aftrek van de subsidie van € 2.100 betaalt de eigenaar zelf € 3.900.')]
]

describeBattery(proseCalculation, defects, clean, 9)
