import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange16 (what others pay): `Van de € W blijft (daarmee, zo, dan) € R voor de gemeente`, where
// the amounts others pay stand in the sentence before (`De provincie draagt € A bij en het
// waterschap € B.`): R should be W − A − B. Look-alikes: the remainder right, one of the amounts
// alone gives it, amounts larger than the whole, amounts that make up the remainder itself, a
// remainder as a percentage.

const body = (...lines: string[]): string[] => ['# Dekking', '', ...lines]

const defects: BatteryWording[] = [
  ['two contributions, daarmee', body('De provincie draagt € 1,4 miljoen bij en het waterschap € 0,9 miljoen. Van de € 5,2 miljoen blijft daarmee € 3,1 miljoen voor de gemeente.'), '2.900.000'],
  ['resteert dan, total costs', body('Sponsors betalen € 12.000 en de verhuur levert € 8.500 op. Van de totale kosten van € 46.000 resteert dan € 27.500 voor het programma.'), '25.500'],
  ['semicolon, blijft zo over', body('Het Rijk vergoedt € 340.000; de corporaties nemen € 180.000 voor hun rekening. Van de € 900.000 blijft zo € 410.000 over voor de gemeente.'), '380.000'],
  ['three payers', body('De school betaalt € 6.000, de sportbond € 4.000 en het fonds € 5.000. Van de € 25.000 komt daarmee € 12.000 voor rekening van de gemeente.'), '10.000'],
  ['te dekken', body('Uit de reserve halen we € 75.000 en uit het onderhoudsbudget € 50.000. Daarmee blijft van de € 300.000 nog € 185.000 te dekken.'), '175.000'],
  ['over the years, totaal', body('In de jaren 2027-2030 betalen de buurgemeenten samen € 2,1 miljoen en de provincie € 1,6 miljoen. Van het totaal van € 8,5 miljoen blijft zo € 4,4 miljoen voor onze rekening.'), '4.800.000'],
  ['eigen bijdrage', body('De deelnemers betalen samen € 3.600 aan eigen bijdragen; de woningcorporatie legt € 4.900 bij. Van de € 15.000 blijft dus € 8.000 voor de gemeente.'), '6.500'],
  ['whole in brackets', body('Het Rijk betaalt € 220.000 en de provincie € 130.000. Van de kosten (€ 600.000) blijft daarmee € 270.000 voor de gemeente.'), '250.000'],
  ['resteert van … nog', body('Het waterschap draagt € 45.000 bij en een landelijk groenfonds € 30.000. Daarmee resteert van de € 160.000 nog € 95.000 voor de gemeente.'), '85.000'],
  ['budget, blijft dan … over', body('Bewoners brengen € 2.500 in en de corporatie € 7.500. Van het budget van € 26.000 blijft dan € 18.000 voor de gemeente over.'), '16.000'],
  ['payers in brackets', body('Van derden ontvangen we € 0,6 miljoen (provincie) en € 0,25 miljoen (fonds). Van de € 2,4 miljoen blijft daarmee € 1,45 miljoen voor de gemeente.'), '1.550.000'],
  ['whole first in its sentence, two sentences', body('De kosten van de brug zijn € 3,6 miljoen. De provincie betaalt € 1,5 miljoen en het Rijk € 0,8 miljoen. Van de € 3,6 miljoen blijft zo € 1,1 miljoen voor de gemeente.'), '1.300.000']
]

const clean: CleanWording[] = [
  ['the remainder right', body('De provincie draagt € 1,4 miljoen bij en het waterschap € 0,9 miljoen. Van de € 5,2 miljoen blijft daarmee € 2,9 miljoen voor de gemeente.')],
  ['three payers right', body('De school betaalt € 6.000, de sportbond € 4.000 en het fonds € 5.000. Van de € 25.000 komt daarmee € 10.000 voor rekening van de gemeente.')],
  ['semicolon right', body('Het Rijk vergoedt € 340.000; de corporaties nemen € 180.000 voor hun rekening. Van de € 900.000 blijft zo € 380.000 over voor de gemeente.')],
  ['resteert van … nog right', body('Het waterschap draagt € 45.000 bij en een landelijk groenfonds € 30.000. Daarmee resteert van de € 160.000 nog € 85.000 voor de gemeente.')],
  ['one contribution before, right', body('De provincie draagt € 2,1 miljoen bij. Van de € 5,2 miljoen blijft € 3,1 miljoen voor de gemeente.')],
  ['one of the amounts alone gives it', body('De provincie draagt € 1,4 miljoen bij en het waterschap € 0,9 miljoen. Van de € 5,2 miljoen blijft na de bijdrage van de provincie € 3,8 miljoen over.')],
  ['amounts larger than the whole', body('De gemeente gaf in 2025 € 400.000 uit en in 2026 € 450.000. Van de € 300.000 voor 2027 blijft na de eerste helft € 120.000 over.')],
  ['amounts that make up the remainder', body('De gemeente betaalt € 1,7 miljoen uit de reserve en € 1,2 miljoen uit de lopende begroting. Van de € 5,2 miljoen blijft zo € 2,9 miljoen voor de gemeente.')],
  ['a remainder as a percentage', body('Het Rijk vergoedt € 340.000 en de corporaties € 180.000. Van de € 900.000 blijft zo 42 procent voor de gemeente.')],
  ['a deduction of its own, right', body('Sponsors betalen € 12.000 en de verhuur levert € 8.500 op. Van de € 46.000 resteert na aftrek van € 20.500 nog € 25.500.')]
]

describeBattery(proseCalculation, defects, clean, 11)
