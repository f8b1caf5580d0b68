import { agendaDateOutsidePeriod } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11 (plan period 2026-2029): an evaluation row is done at the plan's end, but that licenses
// an end in the first quarter after the period, not the half year: an evaluation or account that
// is ready in the second quarter after the period is a date outside it, unless the text says in
// words that the evaluation follows after the period. Wave 14: in the first quarter after too.
const table = (row: string, before: string[] = []): string[] => [...before, '# Uitvoeringsagenda', '', '| Activiteit | Doel | Start | Eind | Trekker |', '|---|---|---|---|---|', row]
const after = ['# Evaluatie', '', 'Na afloop van de planperiode volgt een evaluatie door een extern bureau.', '']

const defects: BatteryWording[] = [
  ['final evaluation ready in Q2 after', table('| Eindevaluatie en advies vervolg | Leren | Q3 2029 | Q2 2030 | Team Beleid |'), 'Q2 2030'],
  ['evaluation from the first quarter of the last year', table('| Evaluatie huisbezoeken | Leren | Q1 2029 | Q2 2030 | Team Zorg |'), 'Q2 2030'],
  ['effect measurement ready in June after', table('| Effectmeting buurtaanpak | Inzicht | september 2029 | juni 2030 | Onderzoeksbureau |'), 'juni 2030'],
  ['account in the second quarter, words', table('| Verantwoording aan de raad | Transparantie | 2029 | tweede kwartaal 2030 | Team Beleid |'), 'tweede kwartaal 2030'],
  ['evaluation of a phase in the first half year after', table('| Evaluatie eerste fase | Leren | 1e helft 2029 | 2e kwartaal 2030 | Programmamanager |'), '2e kwartaal 2030'],
  ['final report in Q3 after', table('| Eindrapportage | Leren | Q4 2029 | Q3 2030 | Team Beleid |'), 'Q3 2030']
]

const clean: CleanWording[] = [
  ['final evaluation ready in Q1 after, the text says it follows', table('| Eindevaluatie programma | Leren | Q3 2029 | Q1 2030 | Team Beleid |', after)],
  ['account in January after, the text says an evaluation follows', table('| Verantwoording aan de raad | Transparantie | december 2029 | januari 2030 | Team Beleid |', after)],
  ['evaluation inside the period', table('| Evaluatie huisbezoeken | Leren | Q1 2029 | Q4 2029 | Team Zorg |')],
  ['evaluation in Q2 after, the text says it follows', table('| Eindevaluatie | Leren | Q3 2029 | Q2 2030 | Team Beleid |', after)],
  ['a work row ending in the last quarter', table('| Huisbezoeken bij achterstand | Bereik | Q1 2026 | Q4 2029 | Team Zorg |')],
  ['an open end', table('| Jaarlijkse monitor | Inzicht | 2026 | doorlopend | Team Beleid |')]
]

describeBattery(agendaDateOutsidePeriod, defects, clean, 6)
