import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 21 battery (hmisc21), written before changing the rule: the plan's years in a frame of time
// (`in de jaren`, `in de periode`, `gedurende`) in a sentence whose subject is this plan, also when
// the verb ties it to another document (`geeft uitvoering aan de visie`, `werkt … uit`) or the subject
// is a pronoun back to a sentence that opens with the plan (`Het zet …`), and the other ways a period is
// written (`2027 tot 2030`, a count of years from a start). Look-alikes: the other document's own
// years bound to its name, its years in a relative clause, the past, a frame wholly before the plan,
// `Het` as an article of another subject.
const front = { titel: 'Uitvoeringsprogramma speelruimte 2027-2030', soort: 'uitvoeringsprogramma', periode: '2027-2030', datum: '2027-02-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a pronoun and a relation verb in a frame', p('Dit uitvoeringsprogramma beschrijft welke plekken we vernieuwen. Het geeft uitvoering aan de speelvisie in de jaren 2027 tot en met 2031.'), '2031'],
  ['the plan as subject with a relation verb in a frame', p('Het programma geeft invulling aan de groenvisie in de periode 2026-2030.'), '2026-2030'],
  ['a pronoun with another verb in a frame', p('Dit programma vertaalt de ambities naar projecten. Het zet die om in maatregelen gedurende de jaren 2027 tot en met 2032.'), '2032'],
  ['the plan working out a visie over a frame', p('Het uitvoeringsprogramma werkt de sportvisie uit in de jaren 2028 tot en met 2030.'), '2028'],
  ['tot without en met', p('Dit programma loopt van 2027 tot 2030.'), '2027 tot 2030'],
  ['a pronoun over a wrapped line', p('Dit uitvoeringsprogramma zegt welke toestellen we vervangen.', 'Het sluit aan op de wijkvisies in de jaren 2027 tot en met 2029.'), '2029']
]

const clean: CleanWording[] = [
  ['the visie with its own years', p('Het programma geeft uitvoering aan de speelvisie 2020-2035.')],
  ['the right years in a frame', p('Dit programma beschrijft de aanpak. Het geeft uitvoering aan de speelvisie in de jaren 2027 tot en met 2030.')],
  ['years of the visie in a relative clause', p('Het programma geeft uitvoering aan de groenvisie, die de raad vaststelde voor de jaren 2024 tot en met 2035.')],
  ['a frame wholly before the plan', p('Het programma bouwt voort op de aanpak in de jaren 2019 tot en met 2022.')],
  ['the past tense after the plan', p('Dit programma beschrijft de aanpak. Het vorige programma gaf in de jaren 2023 tot en met 2026 uitvoering aan de visie.')],
  ['Het as an article of another subject', p('Dit programma beschrijft de aanpak. Het budget stijgt in de jaren 2027 tot en met 2031 met twee procent.')],
  ['Het as an article with a noun ending on t', p('Dit programma beschrijft de aanpak. Het project loopt in de periode 2025-2031 door.')],
  ['a phase inside the period', p('Het programma geeft uitvoering aan de visie; in de eerste fase, in de jaren 2027 tot en met 2028, vernieuwen we tien plekken.')]
]

describeBattery(periodMismatch, defects, clean, 6, front)
