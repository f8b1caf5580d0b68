import { arithmeticSlip, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { wordingReasons, type CleanWording, type DefectWording } from './wordings.js'

// Two neighbouring digits swapped is, with one digit changed, the typist's slip in a result
// (`€ 2.464.000` for `€ 2.446.000`). Only one changed digit was read; a swap went unseen even
// where the sentence made the calculation plain.
const p = (lines: string[]): string[] => ['# Financiën', '', ...lines]

const defects: DefectWording[] = [
  ['a sum with two digits swapped', p(['De koopsom van het pand was € 1.720.000; samen met € 54.000 aan kosten koper kwam de aankoop uit op € 1.747.000.']), '1.774.000'],
  ['a product over two sentences with two digits swapped', p(['We verwachten 512.000 overnachtingen. De verhoging met € 0,30 per overnachting levert dan € 135.600 extra op.']), '153.600'],
  ['a difference with two digits swapped', p(['De lasten zijn € 412.000 en de baten € 150.000; per saldo resteert € 226.000.']), '262.000'],
  ['a count product with two digits swapped', p(['Er komen 14 wijkteams met elk 6 coaches, samen 48 coaches.']), '84']
]

const clean: CleanWording[] = [
  ['a sum that holds', p(['De koopsom van het pand was € 1.720.000; samen met € 54.000 aan kosten koper kwam de aankoop uit op € 1.774.000.'])],
  ['a product that holds', p(['We verwachten 512.000 overnachtingen. De verhoging met € 0,30 per overnachting levert dan € 153.600 extra op.'])],
  ['a swapped number that is another figure of the text', p(['In 2025 kwamen 1.240 meldingen binnen en in 2026 1.420; het budget blijft € 300.000.'])],
  ['years that mirror each other', p(['De lening van € 500.000 loopt van 2026 tot 2062 en kost € 12.000 rente per jaar.'])],
  ['two amounts that only look alike', p(['Noord krijgt € 45.000 en Zuid € 54.000, samen € 99.000.'])]
]

// Either calculation rule may read the sentence; together they give one message with the right result.
const calculationReasons = async (body: string[]): Promise<string[]> => [...(await wordingReasons(arithmeticSlip, body)), ...(await wordingReasons(proseCalculation, body))]

describe('calculation rules on swapped digits', () => {
  it.each(defects)('should report %s', async (_name, body, result) => {
    const reasons = await calculationReasons(body)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain(result)
  })

  it.each(clean)('should stay quiet on %s', async (_name, body) => {
    expect(await calculationReasons(body)).toEqual([])
  })
})
