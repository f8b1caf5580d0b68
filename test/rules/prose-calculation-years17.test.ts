import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 probe (hmisc): a number per year whose own years follow it (`320 per jaar over de jaren
// 2026 tot en met 2030`, `in de periode 2027-2030`). Those years are the mean's, not the plan's
// period, though an end year earlier in the sentence (`tot en met 2030`) counts from the plan's
// start. Defects divide wrongly by the years named; look-alikes divide rightly by them.
const front = { titel: 'Woonprogramma 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Opgave', '', ...lines]

const defects: BatteryWording[] = [
  ['a mean over five named years, wrong', p('Tot en met 2030 zijn er nog 900 plekken nodig, gemiddeld 200 per jaar over de jaren 2026 tot en met 2030.'), '200'],
  ['a mean over a dashed range, wrong', p('De provincie verwacht 2.000 extra banen, zo’n 450 per jaar in de periode 2026-2030.'), '450'],
  ['a mean over the plan years, wrong', p('We planten 1.600 bomen, gemiddeld 350 per jaar over de jaren 2027 tot en met 2030.'), '350'],
  ['a mean in euros over named years, wrong', p('Het fonds keert € 3.000.000 uit, gemiddeld € 600.000 per jaar in de periode 2025-2030.'), '600.000'],
  ['a mean with a noun between, wrong', p('Er komen 700 laadpalen bij, gemiddeld 120 palen per jaar over de jaren 2026 tot en met 2030.'), '120'],
  ['a mean over six named years, wrong', p('Het waterschap vervangt 1.800 meter kade, gemiddeld 250 meter per jaar in de periode 2025-2030.'), '250'],
  ['a mean after a need up to a year, wrong', p('Tot en met 2030 moeten 1.000 daken geïsoleerd, gemiddeld 150 per jaar over de jaren 2026 tot en met 2030.'), '150'],
  ['a mean over three named years, wrong', p('De regio rekent met 600 extra leerlingen, gemiddeld 150 per jaar in de periode 2027-2029.'), '150']
]

const clean: CleanWording[] = [
  ['a mean over five named years', p('Tot en met 2030 zijn er nog 900 plekken nodig, gemiddeld 180 per jaar over de jaren 2026 tot en met 2030.')],
  ['a mean over a dashed range', p('De provincie verwacht 2.000 extra banen, zo’n 400 per jaar in de periode 2026-2030.')],
  ['a mean over the plan years', p('We planten 1.600 bomen, gemiddeld 400 per jaar over de jaren 2027 tot en met 2030.')],
  ['a mean in euros over named years', p('Het fonds keert € 3.000.000 uit, gemiddeld € 500.000 per jaar in de periode 2025-2030.')],
  ['a mean with a noun between', p('Er komen 700 laadpalen bij, gemiddeld 140 palen per jaar over de jaren 2026 tot en met 2030.')],
  ['a mean over six named years', p('Het waterschap vervangt 1.800 meter kade, gemiddeld 300 meter per jaar in de periode 2025-2030.')],
  ['a mean up to the end year from the plan start', p('Tot en met 2030 isoleren we 1.000 daken, gemiddeld 250 per jaar.')],
  ['a mean over three named years', p('De regio rekent met 600 extra leerlingen, gemiddeld 200 per jaar in de periode 2027-2029.')]
]

describeBattery(proseCalculation, defects, clean, 8, front)
