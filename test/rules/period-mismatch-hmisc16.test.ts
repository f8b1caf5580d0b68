import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery (hmisc16), written before reading the rule again: the plan's own term told by
// its end alone, with a verb of validity (`geldt`, `blijft van kracht`, `is geldig`, `loopt door`)
// and `tot en met` or `tot` a year or a day, next to a start in its own clause (`treedt … in
// werking en blijft …`), fronted, after a pronoun, or in a bracket aside after the plan's name.
// Look-alikes: the right end, another instrument or contract with its own end, the previous
// plan in the past tense, an open end (`tot de raad …`), `tot 1 januari` of the year after the end.
const front = { titel: 'Actieplan Schone Lucht 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Samenvatting', '', ...lines]

const defects: BatteryWording[] = [
  ['geldt tot en met a later year', p('Dit actieplan geldt tot en met 2031.'), '2031'],
  ['blijft van kracht after a start in its own clause', p('Het actieplan treedt op 1 januari 2027 in werking en blijft van kracht tot en met 2032.'), '2032'],
  ['an end one year early', p('Het actieplan gaat op 1 januari 2027 in en blijft gelden tot en met 2029.'), '2029'],
  ['a pronoun after a semicolon', p('Het actieplan treedt per 1 januari 2027 in werking; het blijft gelden tot en met 2031.'), '2031'],
  ['fronted end', p('Tot en met 2031 blijft dit actieplan van kracht.'), '2031'],
  ['a bracket aside after the name', p('Dit actieplan (vier jaar, tot en met 2031) vertaalt de regionale afspraken naar de stad.'), '2031'],
  ['is geldig tot a month', p('Dit actieplan is geldig tot en met december 2031.'), '2031'],
  ['loopt door tot', p('Het actieplan loopt door tot en met 2032, waarna een evaluatie volgt.'), '2032'],
  ['a day at the end', p('Dit actieplan blijft van kracht tot en met 31 december 2031.'), '2031'],
  ['tot the first day of a later year', p('Het actieplan geldt tot 1 januari 2033.'), '2033'],
  ['a list item with the plan', p('Over dit plan:', '', '- het actieplan geldt tot en met 2031;', '- de raad evalueert het halverwege.'), '2031'],
  ['a bracket aside with geldig', p('Het actieplan (geldig tot en met 2032) vervangt de nota uit 2022.'), '2032']
]

const clean: CleanWording[] = [
  ['the right end', p('Dit actieplan geldt tot en met 2030.')],
  ['the right end after a start', p('Het actieplan treedt op 1 januari 2027 in werking en blijft van kracht tot en met 2030.')],
  ['another instrument', p('De subsidieregeling voor laadpalen blijft van kracht tot en met 2031.')],
  ['the current ordinance', p('De huidige verordening geldt nog tot en met 2026.')],
  ['a contract', p('Het contract met de meetdienst loopt door tot en met 2032.')],
  ['an ambition beyond the plan', p('De doelen in dit actieplan gelden tot en met 2030; de ambitie reikt tot 2040.')],
  ['an open end', p('Dit actieplan blijft van kracht tot de raad een nieuw plan vaststelt.')],
  ['tot the first day after the end', p('Het actieplan geldt tot 1 januari 2031.')],
  ['agreements that outlast the plan', p('De afspraken met de vervoerders blijven van kracht tot en met 2031, ook na dit actieplan.')],
  ['the previous plan in the past tense', p('Het vorige actieplan bleef van kracht tot en met 2026.')],
  ['effects that last longer', p('De maatregelen werken door tot en met 2035.')],
  ['a bracket aside of another thing', p('Het actieplan sluit aan op het regionale programma (geldig tot en met 2032).')]
]

describeBattery(periodMismatch, defects, clean, 12, front)
