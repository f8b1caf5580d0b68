import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A percentage of a whole restated as a count in the same sentence (fresh wordings).
const defects: DefectWording[] = [
  ['a share of the whole opening the sentence', ['Van de 640 aanmelders kreeg 35% een traject, dat zijn 256 mensen.'], '256'],
  ['a share before its whole', ['35% van de 2.400 woningen is een huurwoning; dat zijn er 960.'], '960'],
  ['a share in words of percent and the count in brackets', ['Van de 1.800 leerlingen fietst 40 procent naar school (760).'], '760'],
  ['a share with ofwel', ['Van alle 520 verenigingen vroeg 15% subsidie aan, ofwel 88 verenigingen.'], '88']
]

const clean: CleanWording[] = [
  ['a share whose count holds', ['Van de 2.400 woningen is 35% een huurwoning, dat zijn 840 huurwoningen.']],
  ['a count within the rounding of the percentage', ['Van de 1.800 leerlingen fietst 41 procent naar school (745).']],
  ['an approximate share', ['Van de 640 aanmelders kreeg ruim 35% een traject, dat zijn 230 mensen.']],
  ['a change in percent with a count', ['Van de 900 meldingen is het aantal met 12% gedaald, dat zijn er 108 minder dan vorig jaar.']],
  ['a count of something else after the share', ['Van de 2.400 woningen is 35% een huurwoning; dat zijn er in 2026 al 12 meer dan gepland.']]
]

describeWordings(proseCalculation, defects, clean)
