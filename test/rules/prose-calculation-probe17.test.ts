import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 17 probe (hwhole), written before reading the table-claim code: a row of a yearly table
// totalled in prose over a span the sentence names with `over` (`over vier jaar`, `over de hele
// planperiode`, `over de looptijd`) instead of `samen` or `in totaal`. The right look-alikes: the
// total that holds, a span of fewer years than the table, a yearly amount after the span, a
// moment in the future (`over vier jaar willen we …`).
// Start code: 0/6 caught, all right ones quiet. After wave 17 (a span cue in
// table-sentence-claims): 6/6.

const table = ['| Onderdeel | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|', '| Buurtcoaches | € 47.000 | € 53.000 | € 51.000 | € 56.000 |', '| Tekort | € 12.000 | € 18.000 | € 9.000 | € 6.000 |', '']

const spanWrong: WrongCalculation[] = [
  ['over vier jaar gerekend', [...table, 'Over vier jaar gerekend kosten de buurtcoaches € 217.000.'], '217.000'],
  ['over de hele planperiode', [...table, 'De buurtcoaches kosten over de hele planperiode € 197.000.'], '197.000'],
  ['over de looptijd, the row after the span', [...table, 'Over de looptijd van het plan is voor de buurtcoaches € 215.000 nodig.'], '215.000'],
  ['over de vier jaren, komt uit op', [...table, 'Het tekort komt over de vier jaren uit op € 55.000.'], '55.000'],
  ['over de periode 2027-2030', [...table, 'Over de periode 2027-2030 bedraagt het tekort € 48.000.'], '48.000'],
  ['over vier begrotingsjaren, the row noun first', [...table, 'Voor buurtcoaches trekken we over vier jaar € 199.000 uit.'], '199.000']
]

const spanRight: Array<[string, string[]]> = [
  ['over vier jaar, holding', [...table, 'Over vier jaar gerekend kosten de buurtcoaches € 207.000.']],
  ['over two years of four', [...table, 'Over twee jaar kosten de buurtcoaches € 104.000.']],
  ['a yearly amount after the span', [...table, 'Over vier jaar willen we € 35.000 per jaar aan buurtcoaches besteden.']],
  ['a moment in the future', [...table, 'Over vier jaar moet het tekort weg zijn; dan besteden we € 30.000 meer aan buurtcoaches.']],
  ['over de planperiode, holding with ruim', [...table, 'Het tekort komt over de hele planperiode uit op ruim € 40.000.']]
]

describeCalculationBattery('prose calculation probe (wave 17, a row over the span the sentence names)', spanWrong, spanRight, 6)
