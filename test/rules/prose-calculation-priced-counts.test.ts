import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'
import { checkMarkdownWith } from './helpers.js'
import { wordingsPlan } from './wordings.js'

// The price of one thing in one sentence and a count of those things with their total in the next,
// and a price with a discount in percent and what is paid after it: neither was read, so a total
// that is not count × price, or a paid amount that is not the price less the discount, went unreported.

const defects: WrongCalculation[] = [
  ['a price per time, then a number of times and a total', ['Elke keer kost de braderie € 5.300. Over de planperiode houden we de braderie vijf keer, samen € 29.500.'], '29.500'],
  ['the price of one with a phrase, then a budget with uittrekken', ['Een excursie met de bus kost € 780. Voor de elf excursies in 2027 trekken we € 9.600 uit.'], '9.600'],
  ['a mean price, then a yearly count and a yearly total', ['De vervanging van een verkeersbord kost gemiddeld € 410. We vervangen jaarlijks 60 borden; dat kost € 27.000 per jaar.'], '27.000'],
  ['costs per thing, then rekenen we met', ['De kosten per nestkast zijn € 45. Voor 300 nestkasten rekenen we met € 16.500.'], '16.500'],
  ['per time in the price sentence, then komt op', ['Per keer kost een inzamelactie € 1.250. We houden de inzamelactie acht keer; dat komt op € 12.000.'], '12.000'],
  ['a price per year over counted years', ['Het beheer van een vijver kost € 2.400 per jaar. Gedurende vier jaar beheren we 9 vijvers, samen € 76.400.'], '76.400'],
  ['a discount and what is paid', ['Een seizoenskaart kost € 320. Met de Stadspas krijgen inwoners 25 procent korting en betalen zij € 255.'], '255'],
  ['a reduction with zodat … betalen', ['De cursus kost € 180. Voor minima geldt een reductie van 50%, zodat zij € 110 betalen.'], '110'],
  ['a discount and kost het nog', ['Een parkeervergunning kost € 140 per jaar. Voor bewoners met een laag inkomen geldt 40 procent korting; dan kost het nog € 96 per jaar.'], '96']
]

const clean: Array<[string, string[]]> = [
  ['a count and total that hold', ['Een excursie met de bus kost € 780. Voor de elf excursies in 2027 trekken we € 8.580 uit.']],
  ['a count of something else', ['Een excursie met de bus kost € 780. We nodigen 14 klassen uit, samen € 16.500.']],
  ['a total with another cost in it', ['Een excursie met de bus kost € 780. Voor elf excursies trekken we € 10.500 uit, inclusief de entree.']],
  ['a total plus another cost', ['De kosten per nestkast zijn € 45. Voor 300 nestkasten rekenen we met € 13.500 plus € 2.000 voor het ophangen.']],
  ['a maximum per application, then a budget', ['We vergoeden maximaal € 500 per aanvraag. Voor de 40 aanvragen die we verwachten, trekken we € 15.000 uit.']],
  ['a price per year and a count over the plan period', ['Het beheer van een vijver kost € 2.400 per jaar. In de planperiode nemen we 9 vijvers in beheer, samen € 86.400.']],
  ['two amounts that could be the total', ['Een excursie met de bus kost € 780. Voor elf excursies trekken we € 10.500 uit en voor de lunch € 1.200.']],
  ['a discount that holds', ['Een seizoenskaart kost € 320. Met de Stadspas krijgen inwoners 25 procent korting en betalen zij € 240.']],
  ['a discount on a part of the price', ['Een seizoenskaart kost € 320. Met de Stadspas krijgen inwoners 25 procent korting op de parkeerplaats en betalen zij € 290.']],
  ['a paid amount per another unit', ['Een seizoenskaart kost € 320 per jaar. Met de Stadspas krijgen inwoners 25 procent korting en betalen zij € 20 per maand.']],
  ['a maximum price with a discount', ['Een cursus kost maximaal € 300. Met de Stadspas krijgen inwoners 50 procent korting en betalen zij € 180.']],
  ['the discount amount given and fitting', ['Een seizoenskaart kost € 320. Met de Stadspas krijgen inwoners 25 procent korting, € 80, en betalen zij € 240.']]
]

describeCalculationWordings('calculation rules on a price, then a count and a total, and on a discount', defects, clean)

// One message, of prose-calculation and as a warning: which numbers belong together is a reading.
const warned: Array<[string, string]> = [
  ['De kosten per nestkast zijn € 45. Voor 300 nestkasten rekenen we met € 16.500.', 'Berekening `300 × 45 = 16.500` klopt niet: de uitkomst is `13.500`; herstel de berekening of de uitkomst'],
  ['Een seizoenskaart kost € 320. Met de Stadspas krijgen inwoners 25 procent korting en betalen zij € 255.', 'Berekening `320 × (1 − 25%) = 255` klopt niet: de uitkomst is `240`; herstel de berekening of de uitkomst']
]

describe('prose-calculation on a price with its count or discount in the next sentence', () => {
  it.each(warned)('should warn once on %s', async (line, reason) => {
    const file = await checkMarkdownWith([arithmeticSlip, proseCalculation, financeNetStatedVsComputed], wordingsPlan(['# Uitvoering', '', line]))
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([['prose-calculation', false, reason]])
  })
})
