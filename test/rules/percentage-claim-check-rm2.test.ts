import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Re-read rm2: `ruim` or `bijna` before a share in digits (`ruim 1 op de 3`) is the share's own
// word, not a count said as approximate: said of exact counts it states a side, as in words.
const h = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

// And a count with decimals in the sentence over the total of a table column (share-table-cells): `2,6 hectare` is not 2.
const groen = ['| Soort groen | Hectare | Onderhoud (€) |', '|---|---|---|', '| Plantsoenen | 1,5 | 41.000 |', '| Bermen | 1,1 | 23.000 |', '| Bossen | 7,4 | 16.000 |', '| Totaal | 10 | 80.000 |', '']

describeWordings(
  percentageClaimCheck,
  [
    ['a share in digits on the wrong side of ruim', h('Van de 3.000 leden van de harmonie zijn er 985 jeugdlid, ruim 1 op de 3.'), 'ruim 1 op de 3'],
    ['a count with decimals over a table total', h(...groen, 'De plantsoenen en de bermen beslaan samen 2,6 hectare, bijna een vijfde van al het groen.'), 'bijna een vijfde'],
    ['a share in words on the wrong side of ruim', h('Van de 3.000 leden van de harmonie zijn er 985 jeugdlid, ruim een op de drie.'), 'ruim een op de drie']
  ],
  [
    ['a count with decimals over a table total that holds', h(...groen, 'De plantsoenen en de bermen beslaan samen 2,6 hectare, ruim een kwart van al het groen.')],
    ['a share in digits that holds', h('Van de 3.000 leden van de harmonie zijn er 1.030 jeugdlid, ruim 1 op de 3.')]
  ]
)
