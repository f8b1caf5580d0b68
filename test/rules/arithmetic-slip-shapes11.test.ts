import { arithmeticSlip } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11: a small amount written with cents has as many digits as a large one, so a slip in it
// is as unlikely to be chance (`€ 34,60` for 4 × € 8,40 = € 33,60); whole amounts under € 100
// (`€ 60`) stay too easily one digit apart.

const body = (...lines: string[]): string[] => ['# Tarieven', '', ...lines]

const defects: BatteryWording[] = [
  ['a count of times a price with cents in the sentence before', body('Een huishouden betaalt € 6,20 voor elke lediging.', 'Wie vijf keer per jaar aanbiedt, betaalt dus € 32,00 aan ledigingen.'), '32,00'],
  ['a price with cents and a count in the next sentence', body('Een zwemles kost € 11,40.', 'Een kind dat zes lessen volgt, betaalt daarmee € 78,40.'), '78,40'],
  ['a fare with cents and trips in the next sentence', body('Een rit met de buurtbus kost € 3,35.', 'Wie er vier maakt, is daarmee € 14,40 kwijt.'), '14,40']
]

const clean: CleanWording[] = [
  ['the count of times right', body('Een huishouden betaalt € 6,20 voor elke lediging.', 'Wie vijf keer per jaar aanbiedt, betaalt dus € 31,00 aan ledigingen.')],
  ['the lessons right', body('Een zwemles kost € 11,40.', 'Een kind dat zes lessen volgt, betaalt daarmee € 68,40.')],
  ['the trips right', body('Een rit met de buurtbus kost € 3,35.', 'Wie er vier maakt, is daarmee € 13,40 kwijt.')],
  ['whole amounts under a hundred', body('Een dagkaart kost € 8; drie dagkaarten kosten samen € 34 met korting.')],
  ['a price raised by an index with cents', body('Het tarief van € 24,60 stijgt met 2,5% naar € 25,22.')]
]

describeBattery(arithmeticSlip, defects, clean, 3)
