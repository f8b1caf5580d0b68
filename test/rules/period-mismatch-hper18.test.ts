import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hper18), written before changing the rule: the plan's period said in the text
// and departing from `periode`, with the document named by its kind noun or by the abbreviation of
// its title (`dit IHP` in an Integraal huisvestingsplan), `in de jaren X tot en met Y` with
// `daarvoor` in the sense of "for that", an end only (`kijkt vooruit tot en met Y`, `loopt tot
// Y`), a period shifted by one year at both ends, in any place in the sentence. Look-alikes: the
// periods of other documents, historical ranges, a phase, a horizon said to lie beyond the plan,
// another abbreviation, the right years.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const ihp = { titel: 'Integraal huisvestingsplan onderwijs 2027-2036', soort: 'beleidsnota', periode: '2027-2036', datum: '2026-10-01' }

const ihpDefects: BatteryWording[] = [
  ['the abbreviation with a range one short', p('In dit integraal huisvestingsplan (IHP) leggen we vast welke scholen we vernieuwen. Het IHP beschrijft de huisvesting in de jaren 2027 tot en met 2035.'), '2035'],
  ['the abbreviation after the range, shifted', p('Voor de jaren 2028 tot en met 2037 legt dit IHP vast welke scholen we vernieuwen.'), '2028'],
  ['daarvoor as purpose with the abbreviation', p('Alle kinderen verdienen een gezond schoolgebouw. Dit IHP beschrijft welke gebouwen we daarvoor in de jaren 2026 tot en met 2035 vernieuwen.'), '2026'],
  ['an end only with kijkt vooruit', p('Dit huisvestingsplan kijkt vooruit tot en met 2034.'), '2034'],
  ['an end only for the abbreviation', p('Het IHP loopt tot en met 2033, daarna stellen we een nieuw plan op.'), '2033'],
  ['the separable verb around the end', p('Met het oog op de leerlingenaantallen kijkt dit IHP tot en met 2038 vooruit.'), '2038']
]

const ihpClean: CleanWording[] = [
  ['the previous plan in the past tense', p('Het vorige IHP liep van 2015 tot en met 2026.')],
  ['a parent visie', p('Dit IHP bouwt voort op de Omgevingsvisie 2022-2040.')],
  ['a long-term horizon beyond the plan', p('Op de lange termijn, tot 2045, verwachten we dat het aantal leerlingen daalt.')],
  ['a phase inside the period', p('In de eerste fase, 2027 tot en met 2029, vernieuwen we met dit IHP drie scholen.')],
  ['a historical range', p('Tussen 2015 en 2025 daalde het aantal leerlingen met acht procent.')],
  ['another abbreviation with its own years', p('Het IKC De Wilg wordt in de jaren 2028 tot en met 2030 verbouwd.')],
  ['the right end with kijkt vooruit', p('Dit IHP kijkt vooruit tot en met 2036.')],
  ['the right years with daarvoor', p('Dit IHP beschrijft wat we daarvoor in de jaren 2027 tot en met 2036 doen.')],
  ['a national programme', p('Het Nationaal Programma Onderwijs liep tot en met 2025.')],
  ['a horizon said to lie beyond the plan', p('Dit IHP kijkt ook verder vooruit, tot 2045, om te zien of de scholen passen.')]
]

describeBattery(periodMismatch, ihpDefects, ihpClean, 6, ihp)

const actie = { titel: 'Actieplan Eenzaamheid 2026-2029', soort: 'actieplan', periode: '2026-2029', datum: '2025-10-01' }

const actieDefects: BatteryWording[] = [
  ['daarvoor with a shifted range', p('We willen dat niemand er alleen voor staat. Met dit actieplan zetten we daarvoor in de jaren 2025 tot en met 2028 extra middelen in.'), '2025'],
  ['an end only with tot (exclusive)', p('Dit actieplan kijkt vooruit tot 2031.'), '2031'],
  ['a shifted range in a period with we', p('Daarvoor trekken we met dit actieplan in de periode 2027-2030 op met de buurtteams.'), '2027'],
  ['the definite noun with a separable verb', p('Het actieplan kijkt tot en met 2028 vooruit.'), '2028']
]

const actieClean: CleanWording[] = [
  ['a national programme', p('Het landelijke programma Een tegen eenzaamheid loopt tot en met 2025.')],
  ['the right end', p('Dit actieplan kijkt vooruit tot en met 2029.')],
  ['the right years with daarvoor', p('Dit actieplan beschrijft wat we daarvoor in de jaren 2026 tot en met 2029 doen.')],
  ['a subsidy for it', p('De subsidie die we daarvoor krijgen, loopt van 2025 tot en met 2028.')],
  ['the long term beyond the plan', p('Op de lange termijn, tot 2040, willen we dat niemand zich eenzaam voelt.')],
  ['a parent kadernota', p('Het actieplan bouwt voort op de kadernota Sociaal Domein 2025-2028.')],
  ['the years before, said as daarvoor', p('In de jaren daarvoor, van 2022 tot en met 2025, werkten we met losse projecten.')],
  ['a begroting meerjarenraming', p('De meerjarenraming van de begroting loopt tot en met 2030.')]
]

describeBattery(periodMismatch, actieDefects, actieClean, 4, actie)
