import { arithmeticSlip, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { wordingReasons, type CleanWording, type DefectWording } from './wordings.js'

// A percentage written as a word (`60 procent van € 250.000`) is a percentage: it was read as the
// plain number 60, so a right share of an amount got a false warning (`60 × 250.000`) and a wrong
// one a message that computed nonsense.
const p = (line: string): string[] => ['# Financiën', '', line]

const defects: DefectWording[] = [
  ['a spelled percentage of an amount, result off', p('Het Rijk vergoedt 60 procent van de bouwkosten van € 250.000, dat is € 160.000.'), '60% van € 250.000 = € 150.000'],
  ['a spelled percentage of a budget with dus, off', p('Van het werkbudget van € 80.000 besteden we 30 procent aan voorlichting, dus € 26.000.'), '30% van € 80.000 = € 24.000'],
  ['a spelled percentage with oftewel, off', p('De regio draagt 25 procent bij van de totale aanleg van € 2 miljoen, oftewel € 400.000.'), '25% van € 2 miljoen = € 500.000'],
  ['a spelled decimal percentage, off', p('Voor onvoorzien reserveren we 7,5 procent van de raming van € 640.000, ofwel € 52.000.'), '7,5% × 640.000 = 52.000']
]

const clean: CleanWording[] = [
  ['a spelled percentage of an amount that is right', p('Het Rijk vergoedt 60 procent van de bouwkosten van € 250.000, dat is € 150.000.')],
  ['a spelled percentage with dus that is right', p('Van het werkbudget van € 80.000 besteden we 30 procent aan voorlichting, dus € 24.000.')],
  ['a spelled decimal percentage that is right', p('Voor onvoorzien reserveren we 7,5 procent van de raming van € 640.000, ofwel € 48.000.')],
  ['a percentage point change beside an amount', p('Het aandeel groeit met 4 procentpunt; daarvoor is € 35.000 nodig.')],
  ['a spelled percentage of people beside a budget', p('Ongeveer 40 procent van de 1.200 deelnemers komt uit Noord; het budget is € 60.000.')]
]

// Either calculation rule may report a slip (the one that reads the shape); together they give one message.
const calculationReasons = async (body: string[]): Promise<string[]> => [...(await wordingReasons(arithmeticSlip, body)), ...(await wordingReasons(proseCalculation, body))]

describe('calculation rules on spelled percentages', () => {
  it.each(defects)('should report %s', async (_name, body, words) => {
    const reasons = await calculationReasons(body)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain(words)
  })

  it.each(clean)('should stay quiet on %s', async (_name, body) => {
    expect(await calculationReasons(body)).toEqual([])
  })
})
