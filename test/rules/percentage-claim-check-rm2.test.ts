import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Re-read rm2: `ruim` or `bijna` before a share in digits (`ruim 1 op de 3`) is the share's own
// word, not a count said as approximate: said of exact counts it states a side, as in words.
const h = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

describeWordings(
  percentageClaimCheck,
  [
    ['a share in digits on the wrong side of ruim', h('Van de 3.000 leden van de harmonie zijn er 985 jeugdlid, ruim 1 op de 3.'), 'ruim 1 op de 3'],
    ['a share in words on the wrong side of ruim', h('Van de 3.000 leden van de harmonie zijn er 985 jeugdlid, ruim een op de drie.'), 'ruim een op de drie']
  ],
  [['a share in digits that holds', h('Van de 3.000 leden van de harmonie zijn er 1.030 jeugdlid, ruim 1 op de 3.')]]
)
