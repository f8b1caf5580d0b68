import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery h3misc, written before reading the rule: preparation for an event dated before the
// document, still told as running (`loopt nog`, `zijn we bezig met`, `bereiden we voor`, `werken
// we aan`). Look-alikes: the event after the document, the past tense, work that runs on after
// the event (`sinds`), an event with no date, a deadline that is the subject of the sentence.
const front = { titel: 'Programma Dorpshuizen 2027-2030', soort: 'programma', periode: '2027-2030', datum: '2026-10-13' }
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['loopt nog, event fronted', p('Voor de dorpsmarkt van mei 2026 loopt de inschrijving van kraamhouders nog.'), 'mei 2026'],
  ['zijn we bezig met', p('Voor de opening van het dorpshuis in juni 2026 zijn we nog bezig met de inrichting.'), 'juni 2026'],
  ['bereiden we voor', p('De vrijwilligers bereiden de open dag van 14 september 2026 voor.'), '14 september 2026'],
  ['werken we aan', p('Voor de raadsvergadering van juli 2026 werken we aan een voorstel over de huur.'), 'juli 2026'],
  ['loopt nog after the subject', p('De werving van vrijwilligers voor het zomerfeest van augustus 2026 loopt nog.'), 'augustus 2026'],
  ['two sentences', p('Het oogstfeest is in september 2026. Voor dat feest loopt de kaartverkoop nog; de eerste 80 kaarten zijn weg.'), 'september 2026'],
  ['list item', p('Stand van zaken:', '', '- voor de verkiezing van het dorpsbestuur in april 2026 loopt de kandidaatstelling nog;', '- de statuten zijn klaar.'), 'april 2026'],
  ['bracket aside', p('Voor de kermis (juni 2026) is de gemeente nog bezig met de vergunningen.'), 'juni 2026'],
  ['in volle gang', p('De voorbereiding van de buurtdag van 20 juni 2026 is in volle gang.'), '20 juni 2026'],
  ['werven we nog', p('Voor het sportevenement van het voorjaar van 2026 werven we nog sponsors.'), '2026']
]

const clean: CleanWording[] = [
  ['the event after the document', p('Voor de dorpsmarkt van mei 2027 loopt de inschrijving van kraamhouders nog.')],
  ['past tense', p('Voor de dorpsmarkt van mei 2026 liep de inschrijving tot april.')],
  ['perfect', p('Voor de opening in juni 2026 hebben we de inrichting afgerond.')],
  ['preparation for a later event', p('De vrijwilligers bereiden de open dag van 14 november 2026 voor.')],
  ['work since a past date', p('Sinds de opening in juni 2026 werken we aan een vast rooster.')],
  ['no date', p('Voor de jaarlijkse dorpsmarkt loopt de inschrijving van kraamhouders nog.')],
  ['a result of the past event', p('Na de buurtdag van 20 juni 2026 werken we de ideeën van bewoners verder uit in 2027.')],
  ['evaluation of a past event', p('De evaluatie van het zomerfeest van augustus 2026 loopt nog.')],
  ['a contract from a past date', p('Het contract van maart 2026 loopt nog tot en met 2028.')],
  ['looking back', p('Voor de kermis van juni 2026 waren we druk bezig met de vergunningen.')]
]

describeBattery(staleStatement, defects, clean, 8, front)
