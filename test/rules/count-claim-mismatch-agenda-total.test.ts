import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A count of the agenda's activities stated elsewhere in the plan (`De uitvoeringsagenda in
// hoofdstuk 4 bevat zes activiteiten.`), against the activities the agenda holds. Look-alikes:
// the right count, a part of the agenda (a year, a thema, `waarvan`, `onder meer`, new ones),
// and a count of activities without the agenda named.
const agenda = (...rows: string[]): string[] => ['# Uitvoeringsagenda {.agenda}', '', '| Nr | Activiteit | Start | Gereed |', '|---|---|---|---|', ...rows]
const five = agenda('| 1 | Inloop openen | 2026-Q1 | 2026-Q4 |', '| 2 | Cursus starten | 2026-Q2 | 2027-Q4 |', '| 3 | Huisbezoeken | 2027-Q1 | 2027-Q4 |', '| 4 | Campagne | 2026-Q3 | 2027-Q1 |', '| 5 | Evaluatie | 2029-Q3 | 2029-Q4 |')
const intro = (...lines: string[]): string[] => ['# Inleiding', '', ...lines, '', ...five]

const defects: BatteryWording[] = [
  ['the agenda in another chapter counted one too many', intro('De uitvoeringsagenda in hoofdstuk 2 bevat zes activiteiten.'), 'zes activiteiten'],
  ['acties in digits with the agenda as subject', intro('Onze agenda telt 7 acties, die we samen met de partners uitvoeren.'), '7 acties'],
  ['maatregelen in the agenda as a place', intro('In de actieagenda staan vier maatregelen die elkaar versterken.'), 'vier maatregelen'],
  ['verdeeld over after the count', intro('De uitvoeringsagenda omvat acht projecten, verdeeld over drie jaar.'), 'acht projecten']
]

const clean: CleanWording[] = [
  ['the right count', intro('De uitvoeringsagenda in hoofdstuk 2 bevat vijf activiteiten.')],
  ['a year narrows the count', intro('In 2026 starten we volgens de uitvoeringsagenda drie activiteiten.')],
  ['waarvan narrows the count', intro('De agenda bevat vijf activiteiten, waarvan twee nieuwe acties voor jongeren.')],
  ['onder meer narrows the count', intro('De uitvoeringsagenda noemt onder meer drie acties voor ouderen.')],
  ['new activities are a part', intro('De uitvoeringsagenda bevat twee nieuwe activiteiten.')],
  ['no agenda named', intro('We voeren zes activiteiten uit met de bibliotheek.')],
  ['a thema narrows the count', intro('Voor het thema Wonen bevat de agenda twee acties.')]
]

describeBattery(countClaimMismatch, defects, clean, 4)
