import { financeNetStatedVsComputed } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hunit19 (written products across durations): a calculation written out with its terms in
// minutes (or seconds) and its result in hours (`1.150 × 15 minuten = 345 uur`). Read as bare
// numbers the result is some fifty times off and was taken for a misreading; converted it is the
// product the text means. Look-alikes: the conversion right, a result in the terms' own unit,
// a result rounded to the hour, and a duration named only after `per` (a rate, not a term's unit).

const body = (...lines: string[]): string[] => ['# Capaciteit', '', ...lines]

const defects: BatteryWording[] = [
  ['minutes into hours', body('Voor de 820 huisbezoeken van elk 40 minuten rekenen we 820 × 40 minuten = 560 uur.'), '546'],
  ['three terms, hours per year', body('Elke week voeren we 35 gesprekken van 20 minuten, 42 weken per jaar: 35 × 20 minuten × 42 = 540 uur per jaar.'), '490'],
  ['seconds into minutes', body('Een scan duurt 45 seconden; de 3.600 scans vragen 3.600 × 45 seconden = 2.900 minuten.'), '2.700'],
  ['minutes into hours, in brackets', body('De intake kost in totaal 310 uur (1.240 × 15 minuten = 310 uur) en de nazorg 140 uur (560 × 20 minuten = 140 uur).'), '186']
]

const clean: CleanWording[] = [
  ['conversion right', body('Voor de 820 huisbezoeken van elk 40 minuten rekenen we 820 × 40 minuten = 546,7 uur.')],
  ['result in minutes', body('Voor de 820 huisbezoeken van elk 40 minuten rekenen we 820 × 40 = 32.800 minuten.')],
  ['rounded to the hour', body('Elke week voeren we 35 gesprekken van 20 minuten, 42 weken per jaar: 35 × 20 minuten × 42 = 490 uur per jaar.')],
  ['a rate per hour', body('Een monteur kost € 72 per uur; 15 × € 72 = € 1.080 voor een dag van 15 uur.')]
]

describeBattery(financeNetStatedVsComputed, defects, clean, 4)
