import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'

// Two neighbouring digits swapped is, with one digit changed, the typist's slip in a result
// (`€ 2.464.000` for `€ 2.446.000`). Only one changed digit was read; a swap went unseen even
// where the sentence made the calculation plain.

const defects: WrongCalculation[] = [
  ['a sum with two digits swapped', ['De koopsom van het pand was € 1.720.000; samen met € 54.000 aan kosten koper kwam de aankoop uit op € 1.747.000.'], '1.774.000'],
  ['a product over two sentences with two digits swapped', ['We verwachten 512.000 overnachtingen. De verhoging met € 0,30 per overnachting levert dan € 135.600 extra op.'], '153.600'],
  ['a difference with two digits swapped', ['De lasten zijn € 412.000 en de baten € 150.000; per saldo resteert € 226.000.'], '262.000'],
  ['a count product with two digits swapped', ['Er komen 14 wijkteams met elk 6 coaches, samen 48 coaches.'], '84']
]

const clean: Array<[string, string[]]> = [
  ['a sum that holds', ['De koopsom van het pand was € 1.720.000; samen met € 54.000 aan kosten koper kwam de aankoop uit op € 1.774.000.']],
  ['a product that holds', ['We verwachten 512.000 overnachtingen. De verhoging met € 0,30 per overnachting levert dan € 153.600 extra op.']],
  ['a swapped number that is another figure of the text', ['In 2025 kwamen 1.240 meldingen binnen en in 2026 1.420; het budget blijft € 300.000.']],
  ['years that mirror each other', ['De lening van € 500.000 loopt van 2026 tot 2062 en kost € 12.000 rente per jaar.']],
  ['two amounts that only look alike', ['Noord krijgt € 45.000 en Zuid € 54.000, samen € 99.000.']]
]

describeCalculationWordings('calculation rules on swapped digits', defects, clean)
