import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery h3misc, written before reading the readers: a share whose whole carries an adjective
// or participle between the article and the number (`van de geplande 240`, `van de afgesproken
// € 80.000`, `van de beschikbare`), so the whole was not read. Look-alikes: the right share with
// the same wording, a label number after a noun (`van de fase 2`), a share of another whole.
const front = { titel: 'Programma Buurtkracht 2027-2030', soort: 'programma', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

const defects: BatteryWording[] = [
  ['geplande count, bracket', p('Van de geplande 240 buurtgesprekken zijn er 60 gevoerd (40%).'), '40%'],
  ['afgesproken amount', p('Van de afgesproken € 80.000 is € 20.000 uitgegeven (50 procent).'), '50 procent'],
  ['beschikbare amount, comma', p('Van de beschikbare € 120.000 is € 30.000 besteed, ruim 40 procent.'), '40 procent'],
  ['begrote amount', p('Van de begrote € 64.000 ging € 16.000 naar de speeltuin (35%).'), '35%'],
  ['part first', p('Er zijn 45 van de toegezegde 90 bankjes geplaatst, ongeveer 70 procent.'), '70 procent'],
  ['verwachte count', p('Van de verwachte 500 deelnemers kwamen er 150 (55%).'), '55%'],
  ['totale in words', p('Van de totale 300 aanvragen zijn er 75 toegekend, dat is 40 procent.'), '40 procent'],
  ['list item', p('Resultaten:', '', '- van de geraamde 60 cursussen gingen er 15 door (45%);', '- de rest volgt.'), '45%']
]

const clean: CleanWording[] = [
  ['right share', p('Van de geplande 240 buurtgesprekken zijn er 60 gevoerd (25%).')],
  ['right amount share', p('Van de afgesproken € 80.000 is € 20.000 uitgegeven (25 procent).')],
  ['right share, comma', p('Van de beschikbare € 120.000 is € 30.000 besteed, een kwart.')],
  ['right part first', p('Er zijn 45 van de toegezegde 90 bankjes geplaatst, de helft.')],
  ['a label after a noun', p('Van de fase 2 zijn 3 projecten klaar; 40 procent van de inwoners kent ze.')],
  ['a share of another whole', p('Van de geplande 240 buurtgesprekken zijn er 60 gevoerd; 40 procent van de bewoners deed mee.')],
  ['a year after the adjective', p('Van de vorige 2025 editie kwamen 80 bezoekers terug, 30 procent van alle bezoekers.')],
  ['a rounded right share', p('Van de verwachte 500 deelnemers kwamen er 151 (30%).')]
]

describeBattery(percentageClaimCheck, defects, clean, 8, front)
