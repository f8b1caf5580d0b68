import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hlevel17 (fractions): a fraction in words laid down of a noun in one sentence (`Een kwart van de
// daken krijgt zonnepanelen.`) and applied to a count of that noun in the next, with what it comes
// to (`Bij 640 daken gaat het om 190 installaties.`). Look-alikes: the result right, a fraction of
// another noun, a result that is not what the fraction comes to, two fractions.

const body = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines]

const defects: BatteryWording[] = [
  ['een kwart, gaat het om', body('Een kwart van de daken krijgt zonnepanelen. Bij 640 daken gaat het om 190 installaties.'), '160'],
  ['de helft, komt dat neer op', body('De helft van de lantaarnpalen krijgt een ledlamp. Met 3.480 lantaarnpalen komt dat neer op 1.640 lampen.'), '1.740'],
  ['twee derde, gaat het dan om', body('Twee derde van de leerlingen gaat op de fiets naar school. Voor de 1.350 leerlingen van de wijk gaat het dan om 960 fietsers.'), '900'],
  ['een vijfde, compound noun', body('Een vijfde van de huurwoningen wordt verduurzaamd. Bij 2.150 woningen gaat het om 380 woningen.'), '430'],
  ['drie kwart', body('Drie kwart van de sportverenigingen doet mee. Van de 96 verenigingen gaat het om 64 clubs.'), '72'],
  ['een tiende', body('Een tiende van de aanvragen wordt ter plekke gecontroleerd. Bij de verwachte 1.900 aanvragen gaat het om 210 controles.'), '190'],
  ['driekwart, one word', body('Driekwart van de bezoekers komt met het openbaar vervoer. Met 8.400 bezoekers gaat het om 5.700 reizigers.'), '6.300'],
  ['twee vijfde', body('Twee vijfde van de bomen wordt vervangen. Bij 1.150 bomen in het park gaat het om 520 nieuwe bomen.'), '460'],
  ['een derde, parking', body('Een derde van de parkeerplaatsen wordt omgevormd tot groen. Bij 870 parkeerplaatsen gaat het om 320 plekken.'), '290'],
  ['de helft, in brackets count', body('De helft van de deelnemers volgt ook de vervolgcursus. Bij 436 deelnemers gaat het om 208 cursisten.'), '218'],
  ['een kwart, scholen', body('Een kwart van de basisscholen krijgt een schooltuin. Bij 52 scholen gaat het om 16 tuinen.'), '13'],
  ['een derde, pompen', body('Een derde van de woningen krijgt een warmtepomp. Met 2.790 woningen in het plangebied gaat het om 850 pompen.'), '930']
]

const clean: CleanWording[] = [
  ['een kwart right', body('Een kwart van de daken krijgt zonnepanelen. Bij 640 daken gaat het om 160 installaties.')],
  ['de helft right', body('De helft van de lantaarnpalen krijgt een ledlamp. Met 3.480 lantaarnpalen komt dat neer op 1.740 lampen.')],
  ['twee derde right', body('Twee derde van de leerlingen gaat op de fiets naar school. Voor de 1.350 leerlingen van de wijk gaat het dan om 900 fietsers.')],
  ['another noun', body('Een kwart van de daken krijgt zonnepanelen. Bij 640 woningen gaat het om 190 installaties.')],
  ['two fractions', body('Een kwart van de daken krijgt zonnepanelen en een derde een groen dak. Bij 640 daken gaat het om 190 installaties.')],
  ['a cost, not the fraction', body('Een kwart van de daken krijgt zonnepanelen. Bij 640 daken gaat het om € 190.000 subsidie.')],
  ['no comes-to', body('Een kwart van de daken krijgt zonnepanelen. Er zijn 640 daken en 190 eigenaren hebben zich gemeld.')],
  ['fraction of a subset', body('De helft van de deelnemers volgt ook de vervolgcursus. Bij 436 deelnemers, van wie 80 uit andere gemeenten, gaat het om 218 cursisten.')],
  ['rounded right', body('Een derde van de woningen krijgt een warmtepomp. Met 2.790 woningen in het plangebied gaat het om circa 900 pompen.')],
  ['driekwart right', body('Driekwart van de bezoekers komt met het openbaar vervoer. Met 8.400 bezoekers gaat het om 6.300 reizigers.')],
  ['at most a third, bound holds', body('Hooguit een derde van de parkeerplaatsen wordt omgevormd tot groen. Bij 870 parkeerplaatsen gaat het om ten hoogste 320 plekken.')],
  ['een derde partij', body('Een derde partij controleert de woningen. Bij 2.790 woningen gaat het om 850 controles.')]
]

describeBattery(proseCalculation, defects, clean, 12)
