import { agendaDateOutsidePeriod } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 cause (plan period 2026-2029): an evaluation that follows the plan is done at its end,
// so only a row that starts in the last year of the period or later may end in the half year
// after it. An evaluation of some part that starts earlier and runs on past the period is work
// outside the period like any other, also in a quarter with a short year.
// Wave 14: an evaluation row alone may no longer end after the period (authors mean the plan's
// own evaluation to lie in it); the text must say the evaluation follows after the period.
const followsAfter = ['# Evaluatie', '', 'Na afloop van de planperiode volgt een evaluatie door een extern bureau.', '']
const table = (row: string, before: string[] = []): string[] => [...before, '# Uitvoeringsagenda', '', '| Activiteit | Doel | Start | Eind | Trekker |', '|---|---|---|---|---|', row]

const defects: DefectWording[] = [
  ['an evaluation of a part that runs on for years', table('| Evaluatie subsidieregeling sport | Leren | 2027 | Q2 2030 | Team Sport |'), 'Q2 2030'],
  ['an evaluation in a season after a start mid-period', table('| Tussenevaluatie wijkteams | Bijsturen | 2028 | voorjaar 2030 | Team Zorg |'), 'voorjaar 2030'],
  ['an effect measurement over years', table('| Effectmeting leefstijlaanpak | Inzicht | Q3 2026 | 1e helft 2030 | GGD |'), '1e helft 2030'],
  ['an evaluation with a short year', table('| Evaluatie verdeling budgetten | Leren | 2028 | Q2 \'30 | Team Financiën |'), "Q2 '30"]
]

const clean: CleanWording[] = [
  // Wave 11: an evaluation row alone may run into the first quarter after the period; the half
  // year only where the text says the evaluation follows after the period (shapes11).
  ['an evaluation at the end of the period, the text says it follows', table('| Eindevaluatie programma | Leren | 2029 | Q1 2030 | Team Beleid |', followsAfter)],
  ['an account that starts after the period, the text says an evaluation follows', table('| Verantwoording aan de raad | Transparantie | januari 2030 | maart 2030 | Team Beleid |', followsAfter)],
  ['an evaluation in the last year with a month, the text says it follows', table('| Evaluatie aanpak eenzaamheid | Leren | najaar 2029 | februari 2030 | Welzijnsstichting |', followsAfter)],
  ['an evaluation inside the period with a short year', table('| Evaluatie verdeling budgetten | Leren | 2028 | Q4 \'29 | Team Financiën |')]
]

describeWordings(agendaDateOutsidePeriod, defects, clean)
