import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 12 battery, written before reading the rule again: the plan's own years written as
// `de jaren A-B` (also `A tot en met B`, en dash, emphasis, a line break, a count between) that do
// not match the plan period; also far after the plan as subject, past an enumeration or a
// relative clause (the gap was capped at 100 characters). Look-alikes: the plan's own years, the previous period, a forecast
// or another party's years (a province, the Rijk, a contract, an accord), a part of the period.
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', soort: 'uitvoeringsprogramma', periode: '2027-2030', datum: '2026-09-15' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['in de jaren with a later end', p('In de jaren 2027-2031 werken we aan drie doelen.')],
  ['de jaren tot en met in a plan sentence', p('Dit programma beschrijft wat we in de jaren 2027 tot en met 2031 doen.')],
  ['an en dash', p('Het programma richt zich op de jaren 2027–2032.')],
  ['a later start', p('Dit uitvoeringsprogramma geeft aan wat we in de jaren 2028-2030 doen.')],
  ['emphasis around the years', p('In de jaren **2027-2031** doet de gemeente het volgende.')],
  ['a line break inside the sentence', p('Hieronder staat wat de gemeente in de jaren', '2027-2031 doet.')],
  ['the years between commas', p('In de komende jaren, 2027-2031, zetten we in op preventie.')],
  ['over de jaren', p('Over de jaren 2027 tot en met 2031 houden we de raad twee keer per jaar op de hoogte.')],
  ['a distractor count', p('In de jaren 2027-2031 gaan we, samen met 12 partners, aan de slag.')],
  ['an earlier start', p('In de jaren 2026-2030 voeren we dit programma uit.')],
  ['the vier jaren of this plan', p('In de vier jaren van dit plan (2027-2031) bouwen we de aanpak uit.')],
  ['gedurende de jaren', p('Gedurende de jaren 2027-2031 investeren we jaarlijks in de wijken.')],
  ['a long enumeration of partners in the gap', p('Dit programma laat zien wat de gemeente samen met woningcorporaties, huisartsen, welzijnswerkers, scholen en de bibliotheek in de jaren 2027-2031 onderneemt.')],
  ['a relative clause in the gap', p('Dit programma, dat de raad na een lange ronde langs alle wijken, dorpshuizen en verenigingen heeft besproken, geeft richting aan de jaren 2027-2031.')]
]

const clean: BatteryWording[] = [
  ['the plan\'s own years', p('In de jaren 2027-2030 werken we aan drie doelen.')],
  ['the previous period', p('In de jaren 2023-2026 hebben we veel bereikt.')],
  ['a housing vision', p('De woningbouwopgave voor de jaren 2027-2040 staat in de woonvisie.')],
  ['a past trend', p('In de jaren 2020-2025 steeg het aantal aanvragen met 20%.')],
  ['the province', p('De provincie stelt in de jaren 2026-2031 geld beschikbaar voor fietspaden.')],
  ['a contract', p('Het contract met de aannemer loopt in de jaren 2027-2032.')],
  ['the plan\'s own end in words', p('Dit programma loopt van 2027 tot en met 2030.')],
  ['the next plan', p('In de jaren 2027-2030 doen we dit; daarna, in de jaren 2031-2034, volgt een nieuw programma.')],
  ['the Rijk', p('Het Rijk heeft voor de jaren 2027-2031 extra middelen toegezegd.')],
  ['a part of the period', p('In de jaren 2028-2029 ligt het accent op de uitvoering.')],
  ['a national accord', p('Het landelijke akkoord geldt voor de jaren 2026-2031.')],
  ['a long gap ending in another owner', p('Dit programma sluit aan op wat de gemeente samen met woningcorporaties, huisartsen, welzijnswerkers en scholen afsprak in de woonvisie voor de jaren 2027-2035.')]
]

// Open look-alike (still flagged at the start of this wave): a forecast over years past the
// plan, `In de jaren 2027-2035 verwachten we een groei van het aantal ouderen met 15%.`
describeBattery(periodMismatch, defects, clean, 14, front)
