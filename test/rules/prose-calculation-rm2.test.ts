import { proseCalculation } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Re-read rm2: a price at an unchanged count (unchanged-count-products) whose result is a change
// (`extra € …`) or is said as approximate (`circa € …`).
const h = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

describeWordings(
  proseCalculation,
  [['unchanged count, result off', h('In 2025 verkochten we 2.000 dagkaarten.', '', 'Vanaf 2027 kost een dagkaart € 95. Bij een gelijk aantal dagkaarten levert dat € 200.000 op.'), '2.000 × 95 = 200.000']],
  [
    ['unchanged count, the result is extra yield', h('In 2025 verkochten we 2.000 dagkaarten.', '', 'Vanaf 2027 kost een dagkaart € 30. Bij een gelijk aantal dagkaarten levert dat extra € 50.000 op.')],
    ['unchanged count, result said as circa', h('In 2025 verkochten we 2.000 dagkaarten.', '', 'Vanaf 2027 kost een dagkaart € 95. Bij een gelijk aantal dagkaarten levert dat circa € 200.000 op.')]
  ]
)
