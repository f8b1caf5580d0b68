import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend A: a citation with a paper's name and a place after a comma points into that paper,
// but not when the paper is this plan (`deze Woonvisie Veldhoorn 2026, hoofdstuk 7`).
const p = (line: string): string[] => ['# Woningbouw', '', '| Wijk | Woningen |', '|---|---|', '| Oost | 120 |', '| West | 80 |', '', line]

const defects: DefectWording[] = [
  ['this plan cited by its own name', p('Zoals deze Woonvisie Veldhoorn 2026, hoofdstuk 7 laat zien, bouwen we vooral in Oost.'), 'hoofdstuk 7'],
  ['this plan cited by its own name with onze', p('Volgens onze Nota Betaalbaar Wonen, hoofdstuk 6 bouwen we vooral in Oost.'), 'hoofdstuk 6']
]

const clean: CleanWording[] = [
  ['another paper cited by name', p('Zoals de Woonmonitor Veldhoorn 2025, hoofdstuk 7 laat zien, is de vraag groot.')]
]

describeWordings(xrefMissingTarget, defects, clean)
