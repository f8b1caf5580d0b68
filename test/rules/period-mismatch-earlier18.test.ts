import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the code: the plan's own title with other years.
// Defects: the title with years that overlap the plan's, in the present or future tense. Look-alikes:
// the earlier plan under the same title, its years wholly before this plan's, said to be over
// (`is verlopen`, `is afgelopen`, `is geëindigd`, `is vervangen`, `loopt af`, `is verlengd`).
const front = { titel: 'Actieplan Schone Lucht 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['the title a year early', p('Het Actieplan Schone Lucht 2026-2029 zet in op minder uitstoot van bussen.'), '2026-2029'],
  ['the title a year long', p('In het Actieplan Schone Lucht 2027-2031 staan twaalf maatregelen.'), '2027-2031'],
  ['the title with tot en met', p('Met het Actieplan Schone Lucht 2028-2030 willen we de binnenstad gezonder maken.'), '2028-2030'],
  ['the title in a list item', p('Dit plan bouwt op:', '', '- het Actieplan Schone Lucht 2026-2030;', '- de regionale luchtagenda.'), '2026-2030'],
  ['the title as the subject in the future', p('Het Actieplan Schone Lucht 2027-2029 zal in 2028 worden geëvalueerd.'), '2027-2029'],
  ['the title in brackets', p('De maatregelen (Actieplan Schone Lucht 2026-2029) kosten € 1,2 miljoen.'), '2026-2029']
]

const clean: CleanWording[] = [
  ['the earlier plan that has expired', p('Het Actieplan Schone Lucht 2019-2022 is verlopen en nog twee keer verlengd.')],
  ['the earlier plan that is over', p('Het Actieplan Schone Lucht 2020-2023 is afgelopen; veel maatregelen lopen door.')],
  ['the earlier plan that ended', p('Het Actieplan Schone Lucht 2018-2021 is in 2021 geëindigd.')],
  ['the earlier plan that this one replaces', p('Het Actieplan Schone Lucht 2021-2024 is vervangen door deze nieuwe aanpak.')],
  ['the earlier plan that runs out before the start', p('Het Actieplan Schone Lucht 2023-2026 loopt eind 2026 af.')],
  ['the earlier plan formally expired with an adverb', p('Het Actieplan Schone Lucht 2017-2020 is formeel verlopen, maar de raad heeft het verlengd tot de nieuwe versie klaar was.')],
  ['an earlier nota by a definite name that expired', p('De Nota luchtkwaliteit 2018-2022 is verlopen en door de raad verlengd.')],
  ['an earlier programme by a definite name that ran out', p('Het programma Gezonde Straten 2020-2024 liep eind 2024 af.')],
  ['the earlier plan that expired in a subclause', p('Omdat het Actieplan Schone Lucht 2019-2022 is verlopen, schrijven we een nieuw plan.')]
]

describeBattery(periodMismatch, defects, clean, 6, front)
