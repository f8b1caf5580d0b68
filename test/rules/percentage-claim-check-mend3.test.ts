import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mend3). A count's own share is read at the count's own place: `300` inside `2.300`
// with `(60 procent)` after it is no count with a share of its own, so it stays a whole.
const defects: DefectWording[] = [
  [
    'a whole whose digits end a larger count with a share',
    ['# Loket', '', 'Het loket ontving 2.300 telefoontjes (60 procent) en 300 aanvragen. Er werden 90 aanvragen afgewezen, 40 procent.'],
    '40 procent'
  ]
]

const clean: CleanWording[] = [
  ['the same whole with the right share', ['# Loket', '', 'Het loket ontving 2.300 telefoontjes (60 procent) en 300 aanvragen. Er werden 90 aanvragen afgewezen, 30 procent.']]
]

describeWordings(percentageClaimCheck, defects, clean)
