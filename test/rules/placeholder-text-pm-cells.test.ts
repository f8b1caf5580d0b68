import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Pro memorie in a finance table is the notation, however it is written: `PM`, `p.m.`, `P.M.`,
// `pm`, `€ p.m.`. The same spellings as a value left open in a sentence are placeholders.
const table = (cell: string): string[] => ['# Financiën', '', 'Bedragen x € 1.000.', '', '| Post | 2027 | 2028 |', '|---|---:|---:|', `| Inhuur | 120 | ${cell} |`, `| Totaal | 120 | ${cell} |`]

const defects: DefectWording[] = [
  ['p.m. as an amount in a sentence', ['# Inleiding', '', 'De bijdrage van de provincie bedraagt p.m. per jaar vanaf 2028.'], 'p.m.'],
  ['PM as a count in a sentence', ['# Inleiding', '', 'We openen in 2028 PM nieuwe laadpunten in de wijken.'], 'PM'],
  ['p.m. in a list item', ['# Inleiding', '', 'Wat het kost:', '', '- inhuur van een projectleider: p.m.;', '- drukwerk: € 3.500.'], 'p.m.']
]

const clean: CleanWording[] = [
  ['PM cells', table('PM')],
  ['p.m. cells', table('p.m.')],
  ['P.M. cells', table('P.M.')],
  ['pm cells', table('pm')],
  ['€ p.m. cells', table('€ p.m.')],
  ['p.m. as per maand after an amount', ['# Inleiding', '', 'De huur is € 850 p.m. per woning.']]
]

describeWordings(placeholderText, defects, clean)
