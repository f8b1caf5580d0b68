import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc8 battery, written before reading the rule: the plan's own work (the approach, what we do,
// the measures of this plan) is said to run up to an end past the plan's last year (`tot en met
// 2032`, `t/m 2032`, `tot eind 2032`, `tot 2033`), with the plan named in a phrase (`met dit plan`,
// `in deze nota`) or only by `we` and the work. Look-alikes: the right end, `tot` the year after the
// last (an exclusive end), a contract, subsidy or national programme of its own, the predecessor's
// span, an ambition for a later year, a decision after the plan.
const front = { titel: 'Uitvoeringsprogramma Licht en Lucht 2028-2031', soort: 'uitvoeringsprogramma', periode: '2028-2031', datum: '2027-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['the plan in a phrase, we continue', p('Met dit programma zetten we de buurtaanpak voort tot en met 2032.'), '2032'],
  ['the plan in a phrase at the end', p('We houden de spreekuren in de wijk vol tot en met 2032 met dit programma.'), '2032'],
  ['t/m', p('Met deze nota werken we t/m 2032 aan schonere lucht rond scholen.'), '2032'],
  ['tot eind', p('Met dit uitvoeringsprogramma lopen de maatregelen door tot eind 2032.'), '2032'],
  ['an exclusive end two years on', p('Met dit programma zetten we de aanpak voort tot 2033.'), '2033'],
  ['the approach as subject', p('De aanpak van dit programma loopt tot en met 2032.'), '2032'],
  ['in a second sentence', p('Het vorige programma werkte goed. Daarom zetten we de aanpak met dit programma voort tot en met 2032.'), '2032'],
  ['the end first', p('Tot en met 2032 zetten we met dit programma de lichtmetingen voort.'), '2032'],
  ['a list item', p('Wat we doen:', '', '- met dit programma blijven we tot en met 2032 lantaarns vervangen;', '- we meten het licht in elke wijk.'), '2032'],
  ['in brackets', p('Met dit programma (dat doorloopt tot en met 2032) bundelen we de inzet.'), '2032'],
  ['tot het einde van', p('Met dit programma werken we tot het einde van 2032 aan donkere nachten.'), '2032'],
  ['in deze nota, the work continues', p('In deze nota zetten we de inzet op schone lucht voort tot en met 2032.'), '2032']
]

const clean: CleanWording[] = [
  ['the right end', p('Met dit programma zetten we de buurtaanpak voort tot en met 2031.')],
  ['an exclusive end the year after', p('Met dit programma zetten we de aanpak voort tot 2032.')],
  ['a contract of its own', p('Het contract voor het onderhoud van de lantaarns loopt tot en met 2033.')],
  ['a subsidy of its own', p('De provincie subsidieert de luchtmeters tot en met 2032.')],
  ['a national programme', p('Het Rijk financiert het Schone Lucht Akkoord tot en met 2032.')],
  ['the predecessor', p('Het vorige programma liep tot en met 2027; dit programma zet de aanpak voort.')],
  ['an ambition for later', p('Met dit programma werken we aan een doel voor 2035: overal schone lucht.')],
  ['a decision after the plan', p('Na afloop van dit programma, in 2032, besluit de raad over een vervolg.')],
  ['a loan paid back later', p('De lening voor de nieuwe lantaarns lossen we af tot en met 2040.')],
  ['a vision further ahead', p('De omgevingsvisie kijkt vooruit tot 2040; dit programma werkt een deel ervan uit.')],
  ['the right end with tot eind', p('Met dit programma lopen de maatregelen door tot eind 2031.')]
]

describeBattery(periodMismatch, defects, clean, 10, front)
