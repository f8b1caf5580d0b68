import { financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { cleanCalculations } from './calculation-wordings.js'
import { describeWordings, wordingReasons, type DefectWording } from './wordings.js'

// Fresh wordings of a calculation the text writes out (an operator or a result word, every term
// stated) that does not hold: a fout. Each gives one message with the right outcome.
const defects: DefectWording[] = [
  ['fte times a salary', ['# Handhaving', '', 'Voor handhaving ramen we 3 fte × € 85.000 = € 245.000.'], '`255.000`'],
  ['an equation in a table cell', ['# Financiën', '', '| Onderdeel | Berekening |', '|---|---|', '| Speeltoestellen | 4 × 12.500 = 60.000 |'], '`50.000`'],
  ['schools à an amount, samen', ['# Onderwijs', '', 'We ondersteunen 12 scholen à € 45.000, samen € 560.000.'], '`540.000`'],
  ['bruto after deduction netto in miljoen', ['# Grondzaken', '', 'De verkoop levert bruto € 2,4 miljoen op; na aftrek van € 0,6 miljoen uitvoeringskosten blijft netto € 1,9 miljoen over.'], '`1.800.000`'],
  ['amounts in k', ['# Jeugd', '', 'Het jongerenwerk krijgt € 120k + € 45k = € 175k.'], '`165.000`'],
  ['amounts in mln', ['# Financiën', '', 'De dekking is € 1,5 mln + € 0,8 mln = € 2,4 mln.'], '`2.300.000`'],
  ['amounts in duizend euro', ['# Welzijn', '', 'Vijf buurthuizen à 40 duizend euro, samen 220 duizend euro.'], '`200.000`'],
  ['a count in words à an amount', ['# Zorg', '', 'Zes wijkteams à € 70.000 kosten samen € 400.000.'], '`420.000`'],
  ['a subtraction with a dash', ['# Financiën', '', 'Het saldo is € 450.000 − € 125.000 = € 335.000.'], '`325.000`'],
  ['revenue minus costs yields', ['# Grondzaken', '', 'De opbrengst van € 600.000 minus de sloopkosten van € 240.000 levert € 370.000 op.'], '`360.000`'],
  ['a list item with a product', ['# Begroting', '', '- Jongerenwerk: 2 × € 35.000 = € 80.000', '- Buurtsport: € 20.000'], '`70.000`'],
  ['maal in words', ['# Mobiliteit', '', 'Acht laadpalen maal € 6.000 is € 42.000.'], '`48.000`'],
  ['keer with a count in words', ['# Onderwijs', '', 'De cursus draait tien keer; tien keer € 1.800 is € 16.000.'], '`18.000`'],
  ['verminderd met', ['# Financiën', '', 'Het krediet van € 900.000 verminderd met de subsidie van € 250.000 is € 600.000.'], '`650.000`'],
  ['what remains after deduction in mln', ['# Financiën', '', 'Van de rijksbijdrage van € 3 mln resteert na aftrek van € 1,2 mln voor beheer nog € 2,1 mln.'], '`1.800.000`'],
  ['a price per participant for a count', ['# Jeugd', '', 'De training kost € 350 per deelnemer voor 30 deelnemers: € 12.000.'], '`10.500`'],
  ['a result before its calculation', ['# Openbare ruimte', '', 'De watertappunten kosten € 20.000 (6 × € 3.500).'], '`21.000`'],
  ['amounts in k without euro sign', ['# Sport', '', 'Kunstgras: 4 × 25k = 90k.'], '`100.000`'],
  ['a difference halved with a slash', ['# Financiën', '', 'De helft van het saldo is (€ 300.000 − € 120.000) / 2 = € 100.000.'], '`90.000`'],
  ['ieder an amount, samen', ['# Onderwijs', '', 'Vier scholen krijgen ieder € 25.000, samen € 90.000.'], '`100.000`'],
  ['a percentage of an amount', ['# Financiën', '', 'De overhead is 15% van € 240.000, dat is € 38.000.'], '`36.000`'],
  ['plus is samen', ['# Cultuur', '', 'Het theater krijgt € 75.000 plus € 40.000 voor de verbouwing, is samen € 125.000.'], '`115.000`']
]

describeWordings(financeNetStatedVsComputed, defects, cleanCalculations)

describe('finance-net-stated-vs-computed wordings, once', () => {
  it.each(defects)('should leave %s to this rule alone', async (_name, body) => {
    expect(await wordingReasons(proseCalculation, body)).toEqual([])
  })
})

// After a rounding word (`circa`, `ongeveer`) the zeros at the end of the decimals are rounding
// too: `circa € 2,40` is about 2,4, so 2,41 is no error; written without one, `€ 2,40` is exact.
describe('finance-net-stated-vs-computed, decimals after a rounding word', () => {
  const roughly: Array<[string, string, boolean]> = [
    ['circa with a zero decimal, right', 'Per leerling is dat circa € 2,40 (€ 31.000 gedeeld door 12.850 leerlingen).', false],
    ['ongeveer with a zero decimal, right', 'Per bezoeker komt dat neer op ongeveer € 0,90 (€ 14.600 gedeeld door 16.400 bezoekers).', false],
    ['zo’n with a zero decimal, right', 'De bijdrage per huishouden is zo’n € 3,10 (€ 52.000 gedeeld door 16.900 huishoudens).', false],
    ['circa but a tenth off', 'Per leerling is dat circa € 2,60 (€ 31.000 gedeeld door 12.850 leerlingen).', true],
    ['no rounding word, the cent off', 'Per leerling is dat € 2,40 (€ 31.000 gedeeld door 12.850 leerlingen).', true],
    ['ongeveer but two tenths off', 'Per bezoeker komt dat neer op ongeveer € 1,10 (€ 14.600 gedeeld door 16.400 bezoekers).', true]
  ]
  it.each(roughly)('should judge %s', async (_name, sentence, wrong) => {
    const reasons = await wordingReasons(financeNetStatedVsComputed, ['# Financiën', '', sentence])
    expect(reasons.length).toBe(wrong ? 1 : 0)
  })
})

// A bracket that adds up to the number right before it explains that number; a result word later
// in the sentence (`is dat`, `dat is`) states something else and is no result of the bracket.
describe('finance-net-stated-vs-computed, a bracket that explains the number before it', () => {
  const explained: Array<[string, string, boolean]> = [
    ['places, then hours per team', 'Er komen 58 ligplaatsen (36 vaste plus 22 voor passanten), en per haven is dat 29.', false],
    ['benches, then a shortfall', 'We plaatsen 15 banken (9 nieuwe plus 6 uit de opslag) en dat is 5 minder dan de wijkraad vroeg.', false],
    ['amounts, then a share per wijk', 'Het fonds krijgt € 70.000 (€ 45.000 plus € 25.000), en per wijk is dat € 14.000.', false],
    ['a bracket with no number before, wrong result', 'We plaatsen banken (9 nieuwe plus 6 uit de opslag), dat is 16 banken.', true],
    ['a bracket with no number before, its own result wrong', 'De kosten (€ 45.000 plus € 25.000) zijn dat samen € 80.000.', true]
  ]
  it.each(explained)('should judge %s', async (_name, sentence, wrong) => {
    const reasons = await wordingReasons(financeNetStatedVsComputed, ['# Financiën', '', sentence])
    expect(reasons.length).toBe(wrong ? 1 : 0)
  })
})
