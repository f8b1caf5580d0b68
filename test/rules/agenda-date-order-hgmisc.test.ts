import { agendaDateOrder } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: an agenda row whose start and end are
// both approximate (a season, a half year, `medio`, `begin`, `eind`, a quarter) and whose end lies
// wholly before its start: the two spans do not overlap at all, so the order is wrong whatever day
// within them is meant.
const agenda = (start: string, end: string): string[] => [
  '# Uitvoeringsagenda', '',
  '| Nr | Activiteit | Start | Gereed |', '|---|---|---|---|',
  '| 1 | Bewonersavond organiseren | januari 2027 | maart 2027 |',
  `| 2 | Speelplek vernieuwen | ${start} | ${end} |`,
  '| 3 | Evaluatie | Q1 2029 | Q2 2029 |', ''
]

const defects: BatteryWording[] = [
  ['autumn start, summer end', agenda('najaar 2028', 'zomer 2028')],
  ['end of year start, begin end', agenda('eind 2028', 'begin 2028')],
  ['a fourth quarter start, spring end', agenda('Q4 2028', 'voorjaar 2028')],
  ['second half start, first half end', agenda('tweede helft 2028', 'eerste helft 2028')],
  ['autumn start, mid-year end', agenda('najaar 2027', 'medio 2027')],
  ['mid-year start, begin end', agenda('medio 2028', 'begin 2028')],
  // Spans that touch at one edge: every day but the shared few puts the end before the start.
  ['mid-year start, spring end', agenda('medio 2030', 'voorjaar 2030')],
  ['mid-year start, first half end', agenda('medio 2028', 'eerste helft 2028')]
]

const clean: CleanWording[] = [
  ['spring start, mid-year end', agenda('voorjaar 2028', 'medio 2028')],
  ['mid-year start, summer end', agenda('medio 2028', 'zomer 2028')],
  ['begin and first quarter', agenda('begin 2028', 'Q1 2028')],
  ['summer then autumn', agenda('zomer 2028', 'najaar 2028')],
  ['end of year and fourth quarter', agenda('eind 2028', 'Q4 2028')],
  ['one season twice', agenda('voorjaar 2028', 'voorjaar 2028')],
  // Spans that overlap for a good part: a short action may start and end within the overlap.
  ['end of year start, autumn end', agenda('eind 2028', 'najaar 2028')],
  ['summer start, mid-year end', agenda('zomer 2028', 'medio 2028')],
  ['second quarter start, spring end', agenda('Q2 2028', 'voorjaar 2028')]
]

describeBattery(agendaDateOrder, defects, clean, 8)
