import { pillarWithoutActions } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend A: a row for every part in the plan's own word for its parts (`alle sporen` under
// `# Sporen`) is an action of each of them, as the reader already takes it.
const sporen = ['# Sporen', '', '## Schone lucht {#s1}', '', 'Tekst.', '', '## Stille straten {#s2}', '', 'Tekst.', '', '## Groene erven {#s3}', '', 'Tekst.', '']
const agenda = (...rows: string[]): string[] => [...sporen, '# Uitvoeringsagenda', '', '| Actie | Spoor | Start |', '|---|---|---|', ...rows, '']

const defects: DefectWording[] = [
  ['two sporen without a row', agenda('| Meetpalen plaatsen | Schone lucht | 2026 |', '| Geluidsscherm bouwen | Schone lucht | 2027 |', '| Boomfeest | Groene erven | 2027 |'), 'Stille straten']
]

const clean: CleanWording[] = [
  ['a row for all sporen', agenda('| Meetpalen plaatsen | Schone lucht | 2026 |', '| Jaarlijkse voortgangsmeting | alle sporen | 2027 |')],
  ['a row for all three sporen', agenda('| Meetpalen plaatsen | Schone lucht | 2026 |', '| Bewonersavond over de wijk | alle drie sporen | 2027 |')]
]

describeWordings(pillarWithoutActions, defects, clean)
