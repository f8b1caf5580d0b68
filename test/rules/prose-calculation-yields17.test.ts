import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'

// A rate per unit times a count, with the result after `levert … op` or `is de opbrengst`: the
// result words were read only as `levert dat`/`brengt het`, so `levert dan € 67.000 op` and
// `is de opbrengst € 67.000` left a wrong product unread, also with the count a sentence before.

const defects: WrongCalculation[] = [
  ['levert dan … op, count a sentence before', ['We rekenen dit seizoen op 24.000 bezoekers. Een toeslag van € 3 per bezoeker levert dan € 62.000 op.'], '72.000'],
  ['levert … extra op with decimals', ['Er worden 61.000 parkeervergunningen verkocht. De verhoging met € 0,40 per vergunning levert € 42.400 extra op.'], '24.400'],
  ['is de opbrengst after a rate', ['Het gaat om 1.800 standplaatsen. Met een tarief van € 35 per standplaats is de opbrengst € 56.000.'], '63.000'],
  ['bracht … op in the past', ['In 2025 kwamen 9.400 aanvragen binnen. De leges van € 25 per aanvraag brachten € 253.000 op.'], '235.000']
]

const clean: Array<[string, string[]]> = [
  ['levert … op that holds', ['We rekenen dit seizoen op 24.000 bezoekers. Een toeslag van € 3 per bezoeker levert dan € 72.000 op.']],
  ['is de opbrengst that holds', ['Het gaat om 1.800 standplaatsen. Met een tarief van € 35 per standplaats is de opbrengst € 63.000.']],
  ['a yield of something else', ['Er worden 61.000 vergunningen verkocht. De nieuwe parkeergarage levert € 42.400 op aan huur.']],
  ['a rate whose unit is not the counted one', ['We tellen 9.400 inwoners in Oost. Een bijdrage van € 25 per huishouden levert € 100.000 op.']],
  ['op as a preposition later in the sentence', ['We verwachten 300 deelnemers. De cursus van € 40 per deelnemer levert een plek op de wachtlijst op.']]
]

describeCalculationWordings('calculation rules on a rate product with its yield', defects, clean)
