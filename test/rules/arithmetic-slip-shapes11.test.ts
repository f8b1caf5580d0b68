import { arithmeticSlip } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11: a small amount written with cents has as many digits as a large one, so a slip in it
// is as unlikely to be chance (`€ 34,60` for 4 × € 8,40 = € 33,60); whole amounts under € 100
// (`€ 60`) stay too easily one digit apart. A term may stand three sentences before the result
// that adds to it (`Met de 1.240 e-boeken erbij …`).

const body = (...lines: string[]): string[] => ['# Tarieven', '', ...lines]

const defects: BatteryWording[] = [
  ['a count of times a price with cents in the sentence before', body('Een huishouden betaalt € 6,20 voor elke lediging.', 'Wie vijf keer per jaar aanbiedt, betaalt dus € 32,00 aan ledigingen.'), '32,00'],
  ['a price with cents and a count in the next sentence', body('Een zwemles kost € 11,40.', 'Een kind dat zes lessen volgt, betaalt daarmee € 78,40.'), '78,40'],
  ['a term three sentences back, samen', body('In 2025 leenden inwoners 6.720 boeken bij de bibliotheek. Dat waren er meer dan ooit. Ook de e-boeken deden het goed. Met de 1.240 e-boeken erbij ging het samen om 7.860 uitleningen.'), '7.860'],
  ['a term three sentences back, erbij', body('De gemeente plantte in 2025 3.150 bomen. Het ging vooral om inheemse soorten. De scholen hielpen mee. Met de 480 bomen van bewoners erbij kwamen er samen 3.730 bij.'), '3.730'],
  ['a term three sentences back, totaal', body('Het zwembad trok in 2025 48.600 bezoekers. Het schoolzwemmen is daar niet bij geteld. Dat tellen we apart. Met 7.250 schoolzwemmers erbij komt het totaal op 56.850.'), '56.850'],
  ['a fare with cents and trips in the next sentence', body('Een rit met de buurtbus kost € 3,35.', 'Wie er vier maakt, is daarmee € 14,40 kwijt.'), '14,40']
]

const clean: CleanWording[] = [
  ['the count of times right', body('Een huishouden betaalt € 6,20 voor elke lediging.', 'Wie vijf keer per jaar aanbiedt, betaalt dus € 31,00 aan ledigingen.')],
  ['the lessons right', body('Een zwemles kost € 11,40.', 'Een kind dat zes lessen volgt, betaalt daarmee € 68,40.')],
  ['the trips right', body('Een rit met de buurtbus kost € 3,35.', 'Wie er vier maakt, is daarmee € 13,40 kwijt.')],
  ['the term three sentences back right', body('In 2025 leenden inwoners 6.720 boeken bij de bibliotheek. Dat waren er meer dan ooit. Ook de e-boeken deden het goed. Met de 1.240 e-boeken erbij ging het samen om 7.960 uitleningen.')],
  ['the trees right', body('De gemeente plantte in 2025 3.150 bomen. Het ging vooral om inheemse soorten. De scholen hielpen mee. Met de 480 bomen van bewoners erbij kwamen er samen 3.630 bij.')],
  ['a number three sentences back that is no term', body('Het zwembad trok in 2025 48.600 bezoekers. Het schoolzwemmen is daar niet bij geteld. Dat tellen we apart. De sporthal had 7.250 bezoekers meer dan het jaar ervoor en kwam op 31.900.')],
  ['whole amounts under a hundred', body('Een dagkaart kost € 8; drie dagkaarten kosten samen € 34 met korting.')],
  ['a price raised by an index with cents', body('Het tarief van € 24,60 stijgt met 2,5% naar € 25,22.')]
]

describeBattery(arithmeticSlip, defects, clean, 6)
