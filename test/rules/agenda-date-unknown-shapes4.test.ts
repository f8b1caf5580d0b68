import { agendaDateUnknown } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 cause: a quarter, season or medio with the century left out (`Q3 '28`, `najaar ’27`) is a date, as a month
// with a short year (`juni '28`) already was; words that are no date still count.
const table = (row: string): string[] => ['# Uitvoeringsagenda', '', '| Activiteit | Doel | Start | Eind | Trekker |', '|---|---|---|---|---|', row]

const defects: DefectWording[] = [
  ['a quarter without its year', table('| Buurtkamer openen | Ontmoeting | Q3 | 2028 | Welzijn |'), 'Q3'],
  ['a quarter with a word for the year', table('| Loket uitbreiden | Bereik | 2027 | K2 volgend jaar | Team Zorg |'), 'K2 volgend jaar'],
  ['a school year with years that do not follow', table('| Schoolzwemmen | Zwemvaardigheid | schooljaar 2026/29 | 2029 | Team Sport |'), '2026/29'],
  ['a quarter with a three-digit year', table('| Pilot afronden | Leren | Q1 \'287 | 2028 | Team Beleid |'), "Q1 '287"]
]

const clean: CleanWording[] = [
  ['a quarter with a short year and an apostrophe', table('| Onderzoek mantelzorg onder ondernemers | Inzicht | Q3 \'28 | Q1 \'29 | Team Zorg |')],
  ['a K-quarter with a curly apostrophe', table('| Wijkscan opstellen | Inzicht | K1 ’27 | K4 ’27 | Team Wijken |')],
  ['a quarter with a short year and a dash', table('| Sportakkoord evalueren | Leren | Q2-\'28 | Q3-\'28 | Sportraad |')],
  ['a season with a short year', table('| Speelplekken vernieuwen | Buiten spelen | voorjaar \'27 | najaar ’28 | Team Openbare Ruimte |')],
  ['a school year with its second year shortened', table('| Schoolzwemmen | Zwemvaardigheid | schooljaar 2026/27 | schooljaar 2027/28 | Team Sport |')],
  ['a season year with a dash', table('| Sportakkoord | Meer bewegen | 2026-27 | 2028-29 | Sportraad |')],
  ['medio and eind with a short year', table('| Laadpalen plaatsen | Schoon vervoer | medio \'27 | eind \'28 | Team Mobiliteit |')]
]

describeWordings(agendaDateUnknown, defects, clean)
