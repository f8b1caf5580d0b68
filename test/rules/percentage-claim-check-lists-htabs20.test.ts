import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A share whose part the sentence names as a list in brackets, of the whole it opens with:
// `Van de zes partijen heeft een derde een hoog profiel (VRNV en De Linde)` names two of six.
// Before: 0/5 caught.
const h = (sentence: string): string[] => ['# Uitvoering', '', sentence]

const defects: BatteryWording[] = [
  ['the second share of a pair names too few', h('Van de zes verbonden partijen heeft een derde een hoog risicoprofiel (Veiligheidsregio en GGD) en de helft een laag profiel (Recreatieschap en Belastingdienst).'), '2 (Recreatieschap, Belastingdienst) van zes'],
  ['a whole in digits and three names', h('Van de 12 scholen heeft een kwart een wachtlijst (De Esch, Het Palet en De Wieken), en ruim de helft een tekort aan leraren (De Linde, De Bron en Het Anker).'), '3 (De Linde, De Bron, Het Anker) van 12'],
  ['a percentage with a list of districts', h('Van de acht wijken heeft 50 procent een buurtteam (Noord en Oost).'), '2 (Noord, Oost) van acht'],
  ['a fraction with a list of codes', h('Van de tien projecten loopt bijna de helft achter op schema (P2, P5 en P9).'), '3 (P2, P5, P9) van tien'],
  ['one in five with a list of clubs', h('Van de vijftien sportclubs heeft een op de vijf geen eigen kantine (HV Delta en VV Rood-Wit).'), '2 (HV Delta, VV Rood-Wit) van vijftien']
]

const clean: CleanWording[] = [
  ['a named part that fits', h('Van de zes verbonden partijen heeft een derde een hoog risicoprofiel (Veiligheidsregio en GGD).')],
  ['examples in the brackets', h('Van de acht wijken heeft de helft een buurtteam (onder meer Noord en Oost).')],
  ['years in the brackets', h('Van de acht wijken groeide de helft het sterkst in twee jaren (2024 en 2025).')],
  ['a list that is not of the whole named first', h('Van de zes wethouders heeft de helft een portefeuille met twee domeinen (zorg en jeugd, wonen en werk).')],
  ['a share with a bracketed note of one name', h('Van de zes partijen heeft de helft een laag profiel (zie de risicoparagraaf).')]
]

describeBattery(percentageClaimCheck, defects, clean, 5)
