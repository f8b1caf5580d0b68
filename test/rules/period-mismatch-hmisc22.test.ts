import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc22 battery, written before reading any miss or changing the rule: the plan period (2027-2030)
// stated otherwise in the text. Forms, as authors vary them:
//  1. only the end year in a subordinate clause (`Omdat deze nota tot en met 2029 loopt, …`);
//  2. inversion with the end year fronted (`Tot en met 2031 loopt dit actieplan`);
//  3. `t/m` with the plan as subject (`beslaat de jaren 2027 t/m 2031`);
//  4. apostrophe years in brackets behind the plan (`dit actieplan (’27–’31)`);
//  5. a heading of the plan's own agenda with a shifted period (`# Uitvoeringsagenda 2028-2031`);
//  6. a two-column table row `| Looptijd | 2027 t/m 2031 |`;
//  7. a duration in words in the introduction (`De komende vijf jaar werken we …`);
//  8. an adjective duration (`dit driejarige actieplan`);
//  9. full dates (`van 1 januari 2027 tot en met 31 december 2031`);
// 10. `Voor u ligt` with a period that starts a year early;
// 11. passive with the plan (`In dit actieplan wordt voor de periode 2026-2030 vastgelegd …`);
// 12. the end in a bracket after `planperiode` (`de planperiode (tot en met 2029)`).
// Look-alikes: the right years in words and digits, the previous plan, a subsidy or rijksbijdrage
// with its own end, a visie looking further ahead, the evaluation after the end, a phase inside the
// period, a school year, the first years of the plan.
// Before the fix 11/12 (the verb-last subordinate clause missed); after 12/12.
const front = { titel: 'Actieplan Eenzaamheid 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2027-01-20' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['the end year in a subordinate clause', p('Omdat dit actieplan tot en met 2029 loopt, kiezen we voor een beperkt aantal acties.'), '2029'],
  ['the end year fronted with inversion', p('Tot en met 2031 loopt dit actieplan; daarna volgt een nieuw plan.'), '2031'],
  ['t/m with the plan as subject', p('Dit actieplan beslaat de jaren 2027 t/m 2031.'), '2031'],
  ['apostrophe years behind the plan', p('Met dit actieplan (’27–’31) zetten we in op ontmoeting.'), '31'],
  ['a heading of the own agenda with a shifted period', ['# Uitvoeringsagenda 2028-2031', '', '| Actie | Jaar |', '|---|---|', '| Buurtkamers | 2028 |'], '2028-2031'],
  ['a two-column table row', p('| Onderdeel | Waarde |', '|---|---|', '| Looptijd | 2027 t/m 2031 |', '| Budget | € 400.000 |'), '2031'],
  ['a duration in words in the introduction', p('De komende vijf jaar werken we met dit actieplan aan minder eenzaamheid.'), 'vijf'],
  ['an adjective duration', p('Dit driejarige actieplan richt zich op ouderen en jongeren.'), 'driejarig'],
  ['full dates', p('Het actieplan loopt van 1 januari 2027 tot en met 31 december 2031.'), '2031'],
  ['Voor u ligt with a start a year early', p('Voor u ligt het actieplan voor de periode 2026-2030.'), '2026-2030'],
  ['passive with the plan', p('In dit actieplan wordt voor de periode 2026-2030 vastgelegd wat we doen.'), '2026-2030'],
  ['the end in a bracket after planperiode', p('Binnen de planperiode (tot en met 2029) openen we zes buurtkamers.'), '2029']
]

const clean: CleanWording[] = [
  ['the right years with t/m', p('Dit actieplan beslaat de jaren 2027 t/m 2030.')],
  ['the right duration in words', p('De komende vier jaar werken we met dit actieplan aan minder eenzaamheid.')],
  ['the previous plan', p('Het vorige actieplan liep van 2023 tot en met 2026.')],
  ['a subsidy with its own end', p('De rijksbijdrage voor ontmoeting loopt tot en met 2029.')],
  ['a visie looking further ahead', p('De sociale visie kijkt vooruit tot 2040; dit actieplan is de eerste stap.')],
  ['the evaluation after the end', p('Na afloop van dit actieplan, in 2031, evalueren we de aanpak.')],
  ['a phase inside the period', p('In de eerste fase (2027-2028) openen we drie buurtkamers.')],
  ['a school year', p('Vanaf het schooljaar 2027-2028 doen ook de basisscholen mee.')],
  ['the first years of the plan', p('In de eerste twee jaar van dit actieplan ligt de nadruk op ouderen.')],
  ['the right full dates', p('Het actieplan loopt van 1 januari 2027 tot en met 31 december 2030.')],
  ['a subsidy end in a subordinate clause', p('Omdat de rijksbijdrage tot en met 2029 loopt, plannen we de buurtkamers vroeg.')],
  ['the right end in a subordinate clause', p('Zolang dit actieplan tot en met 2030 loopt, blijft het budget gelijk.')],
  ['a coalition period ending later', p('Het coalitieakkoord 2026-2030 vraagt om meer aandacht voor eenzaamheid.')]
]

describeBattery(periodMismatch, defects, clean, 12, front)
