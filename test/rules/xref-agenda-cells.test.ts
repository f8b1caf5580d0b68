import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A reference in a written cell of the agenda points into the plan as running text does.
const agenda = (cell: string): string[] => [
  '# Inleiding',
  '',
  'Tekst.',
  '',
  '# Uitvoeringsagenda',
  '',
  '| Nr | Activiteit | Start | Bijzonderheden |',
  '|---|---|---|---|',
  '| 1 | Buurtschouw organiseren | 2026 | Eerste ronde in het voorjaar |',
  `| 2 | Speelplekken opknappen | 2027 | ${cell} |`,
  '',
  '# Uitgangspunten',
  '',
  '1. Samen met bewoners.',
  '2. Dichtbij huis.',
  '3. Zuinig met geld.',
  '',
  '# Bijlagen',
  '',
  '## Bijlage 1: Overzicht speelplekken',
  '',
  'Tekst.',
  '',
  '## Bijlage 2: Kaart',
  '',
  'Tekst.'
]

const defects: DefectWording[] = [
  ['a bijlage beyond the last in a cell', agenda('zie de lijst in bijlage 4'), 'bijlage 4'],
  ['an uitgangspunt beyond the list in a cell', agenda('volgt uit uitgangspunt 5'), 'uitgangspunt 5'],
  ['a chapter beyond the last in a cell', agenda('uitwerking in hoofdstuk 9'), 'hoofdstuk 9']
]

const clean: CleanWording[] = [
  ['a bijlage that exists in a cell', agenda('zie de lijst in bijlage 2')],
  ['an uitgangspunt that exists in a cell', agenda('volgt uit uitgangspunt 3')],
  ['a place in another paper in a cell', agenda('conform hoofdstuk 9 van de Omgevingsverordening')],
  ['a year in a cell', agenda('na de evaluatie van 2027')]
]

describeWordings(xrefMissingTarget, defects, clean)
