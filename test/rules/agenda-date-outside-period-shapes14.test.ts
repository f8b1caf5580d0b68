import { agendaDateOutsidePeriod } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 14 battery (htext8), written before reading the rule again (plan period 2026-2029): an
// agenda row whose end lies in the first months after the period, written as a quarter, a month,
// a season or a half year, also for an evaluation or a proposal for a follow-up, and with extra
// columns before the dates. Look-alikes: the same ends inside the period, an open end, an end
// after the period where the text says in words that the row runs on after the period.
// Start code: 2 of 6 caught: an evaluation or account row alone was given the first quarter after
// the period, though authors mean the plan's own evaluation to lie inside it.
const table = (row: string, before: string[] = []): string[] => [...before, '# Uitvoeringsagenda', '', '| Nr | Activiteit | Thema | Trekker | Partners | Start | Gereed |', '|---|---|---|---|---|---|---|', row]
const after = ['# Evaluatie', '', 'Na afloop van de planperiode volgt een evaluatie door een extern bureau.', '']

const defects: BatteryWording[] = [
  ['an evaluation and proposal in Q1 after', table('| 20 | Evaluatie programma en voorstel vervolg | Leren | Gemeente | Regio | Q3 2029 | Q1 2030 |'), 'Q1 2030'],
  ['a work row in Q1 after', table('| 7 | Herinrichting Marktplein | Openbare ruimte | Gemeente | Aannemer | Q2 2029 | Q1 2030 |'), 'Q1 2030'],
  ['a work row in January after', table('| 8 | Aanleg fietspad Dijkweg | Verkeer | Gemeente | Provincie | mei 2029 | januari 2030 |'), 'januari 2030'],
  ['a final report in the first quarter in words', table('| 21 | Eindrapportage aan de raad | Leren | Gemeente | - | 2029 | eerste kwartaal 2030 |'), 'eerste kwartaal 2030'],
  ['an evaluation in February after', table('| 19 | Evaluatie huisbezoeken | Zorg | Gemeente | GGD | najaar 2029 | februari 2030 |'), 'februari 2030'],
  ['an account in January after, no text on a follow-up', table('| 23 | Verantwoording aan de raad | Leren | Gemeente | - | december 2029 | januari 2030 |'), 'januari 2030'],
  ['an account wholly after the period', table('| 24 | Verantwoording aan de raad | Leren | Gemeente | - | januari 2030 | maart 2030 |'), 'maart 2030'],
  ['a final evaluation in Q1 with a short quarter notation', table('| 22 | Eindevaluatie | Leren | Gemeente | Bureau | Q4 2029 | 1e kwartaal 2030 |'), '1e kwartaal 2030']
]

const clean: CleanWording[] = [
  ['an evaluation in Q4 of the last year', table('| 20 | Evaluatie programma en voorstel vervolg | Leren | Gemeente | Regio | Q3 2029 | Q4 2029 |')],
  ['a work row ending in December', table('| 8 | Aanleg fietspad Dijkweg | Verkeer | Gemeente | Provincie | mei 2029 | december 2029 |')],
  ['an open end', table('| 9 | Jaarlijkse monitor | Leren | Gemeente | GGD | 2026 | doorlopend |')],
  ['an evaluation after, the text says it follows', table('| 22 | Eindevaluatie | Leren | Gemeente | Bureau | Q4 2029 | Q1 2030 |', after)],
  ['a start in the first quarter', table('| 1 | Werving coaches | Zorg | Gemeente | - | Q1 2026 | Q3 2026 |')],
  ['an end at the last quarter in words', table('| 21 | Eindrapportage aan de raad | Leren | Gemeente | - | 2029 | vierde kwartaal 2029 |')]
]

describeBattery(agendaDateOutsidePeriod, defects, clean, 8)
