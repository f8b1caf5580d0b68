import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3calc (products after the total): a total first, then after a colon or in brackets the count
// and the rate it is made of (`€ 96.000: drie coaches à € 30.000`), with words between the count,
// its unit and the rate. The total should be count × rate. Look-alikes: the product right, a rate
// with extra costs on top, a count that is not what the rate is of, a total with two products.

const body = (...lines: string[]): string[] => ['# Middelen', '', ...lines]

const defects: BatteryWording[] = [
  ['colon, brackets, words after the rate', body('Voor de wijkteams ramen we € 190.000 per jaar: drie extra coaches (3 fte in schaal 9 à € 61.000 inclusief opleiding).'), '183.000'],
  ['colon, count in digits', body('De inhuur kost € 52.000: 4 adviseurs à € 12.000 per stuk.'), '48.000'],
  ['brackets only', body('Het onderhoud van de bermen (18 kilometer à € 2.500 per kilometer) kost jaarlijks € 40.000.'), '45.000'],
  ['total after the product', body('Zes laadpalen à € 7.800 inclusief aansluiting kosten samen € 45.000.'), '46.800'],
  ['fte in words', body('De uitbreiding van de handhaving kost € 130.000: twee fte in schaal 7 à € 68.000.'), '136.000'],
  ['list item', body('- Schoolzwemmen: € 21.000 per jaar (14 groepen à € 1.600).'), '22.400'],
  ['vijf, tegen', body('Voor de nieuwe bankjes is € 9.000 nodig: vijf bankjes van het model Duin à € 2.100 per bankje.'), '10.500'],
  ['millions', body('De vervanging kost € 2,4 miljoen: drie gemalen à € 0,9 miljoen.'), '2.700.000']
]

const clean: CleanWording[] = [
  ['product right', body('Voor de wijkteams ramen we € 183.000 per jaar: drie extra coaches (3 fte in schaal 9 à € 61.000 inclusief opleiding).')],
  ['extra cost on top', body('De inhuur kost € 52.000: 4 adviseurs à € 12.000 per stuk en € 4.000 reiskosten.')],
  ['brackets right', body('Het onderhoud van de bermen (18 kilometer à € 2.500 per kilometer) kost jaarlijks € 45.000.')],
  ['half fte', body('De uitbreiding van de handhaving kost € 102.000: anderhalve fte in schaal 7 à € 68.000.')],
  ['two products', body('Het project kost € 30.000: 10 dagen à € 1.500 en 20 uur à € 750.')],
  ['rate per month, total per year', body('De huur kost € 14.400 per jaar: twee ruimtes à € 600 per maand.')],
  ['list item right', body('- Schoolzwemmen: € 22.400 per jaar (14 groepen à € 1.600).')],
  ['count is not what the rate is of', body('Voor de vier wijken is € 80.000 beschikbaar, à € 25.000 voor de grootste wijk en de rest voor de andere drie.')]
]

describeBattery(proseCalculation, defects, clean, 6)
