import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'

// A percentage written as a word (`60 procent van € 250.000`) is a percentage: it was read as the
// plain number 60, so a right share of an amount got a false warning (`60 × 250.000`) and a wrong
// one a message that computed nonsense.

const defects: WrongCalculation[] = [
  ['a spelled percentage of an amount, result off', ['Het Rijk vergoedt 60 procent van de bouwkosten van € 250.000, dat is € 160.000.'], '60% van € 250.000 = € 150.000'],
  ['a spelled percentage of a budget with dus, off', ['Van het werkbudget van € 80.000 besteden we 30 procent aan voorlichting, dus € 26.000.'], '30% van € 80.000 = € 24.000'],
  ['a spelled percentage with oftewel, off', ['De regio draagt 25 procent bij van de totale aanleg van € 2 miljoen, oftewel € 400.000.'], '25% van € 2 miljoen = € 500.000'],
  ['a spelled decimal percentage, off', ['Voor onvoorzien reserveren we 7,5 procent van de raming van € 640.000, ofwel € 52.000.'], '7,5% × 640.000 = 52.000']
]

const clean: Array<[string, string[]]> = [
  ['a spelled percentage of an amount that is right', ['Het Rijk vergoedt 60 procent van de bouwkosten van € 250.000, dat is € 150.000.']],
  ['a spelled percentage with dus that is right', ['Van het werkbudget van € 80.000 besteden we 30 procent aan voorlichting, dus € 24.000.']],
  ['a spelled decimal percentage that is right', ['Voor onvoorzien reserveren we 7,5 procent van de raming van € 640.000, ofwel € 48.000.']],
  ['a percentage point change beside an amount', ['Het aandeel groeit met 4 procentpunt; daarvoor is € 35.000 nodig.']],
  ['a spelled percentage of people beside a budget', ['Ongeveer 40 procent van de 1.200 deelnemers komt uit Noord; het budget is € 60.000.']]
]

describeCalculationWordings('calculation rules on spelled percentages', defects, clean)
