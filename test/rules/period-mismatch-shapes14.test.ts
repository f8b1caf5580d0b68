import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 14 battery (htext8), written before reading the rule again: the plan's years stated late in
// a long sentence whose subject is the plan (`Het plan bundelt … voor de jaren A tot en met B`),
// after an enumeration, with a line break between `de jaren` and the years, and followed by `en`
// and a second verb. Look-alikes: the plan's own years, another party's years, a part of the
// period, the previous plan, a budget for a single year, a forecast.
// Start code: 6 of 6 caught in Markdown; the reader's gate was elsewhere: a hit in a YAML block
// scalar (`samenvatting: >-`) sat on the key's line (see folded-yaml-location14.test.ts).
const front = { titel: 'Programmaplan Sterke Kernen 2027-2031', soort: 'programmaplan', periode: '2027-2031', datum: '2026-10-06' }
const p = (...lines: string[]): string[] => ['# Samenvatting', '', ...lines]

const defects: BatteryWording[] = [
  ['the plan bundles, years after an enumeration, line break', p('Het plan bundelt de aanpak van sport, cultuur, zorg en vervoer voor de jaren', '2027 tot en met 2030 en introduceert een vast budget per kern.')],
  ['the programme describes, end year short', p('Dit programma beschrijft de inzet op wonen en werken in de kernen voor de jaren 2027 tot en met 2030.')],
  ['the plan covers with a later start', p('Het programmaplan omvat de activiteiten voor de jaren 2028 tot en met 2031 en vervangt de oude nota.')],
  ['met dit plan, years late in the sentence', p('Met dit programmaplan legt het college de koers vast voor de kernen, de dorpshuizen en de verenigingen in de jaren 2027-2030.')],
  ['a line break inside tot en met', p('Het plan geeft richting aan de aanpak voor de jaren 2027 tot en', 'met 2030, met een jaarlijkse voortgangsrapportage.')],
  ['the plan runs over a period with a relative clause', p('Het plan, dat samen met de dorpsraden is opgesteld, beslaat de periode 2027 tot en met 2032.')]
]

const clean = [
  ['the plan years over a line break', p('Het plan bundelt de aanpak van sport, cultuur, zorg en vervoer voor de jaren', '2027 tot en met 2031 en introduceert een vast budget per kern.')],
  ['the province years', p('De provincie stelt voor de jaren 2027 tot en met 2029 een bijdrage beschikbaar.')],
  ['a part of the period', p('In de eerste fase, de jaren 2027 tot en met 2028, richten we ons op de dorpshuizen.')],
  ['the previous plan', p('Het vorige plan liep over de jaren 2022 tot en met 2026 en is geëvalueerd.')],
  ['a forecast to another year', p('Het aantal inwoners boven de 75 groeit in de jaren 2027 tot en met 2040 met een derde.')],
  ['a contract period', p('Het contract met de vervoerder loopt voor de jaren 2026 tot en met 2030.')]
] as Array<[string, string[]]>

describeBattery(periodMismatch, defects, clean, 6, front)
