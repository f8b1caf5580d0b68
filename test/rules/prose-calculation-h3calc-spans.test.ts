import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3calc (totals over a span of years): a total up to a year, or over the years of the plan,
// with its amount per year beside it and no `gemiddeld`. The plan runs 2026-2029 (four years).
// The amount per year should be the total spread over the years of the span (the message gives
// that mean). Look-alikes: the product
// right, a span that the text gives with another length, a total that includes a start level.

const body = (...lines: string[]): string[] => ['# Doelen', '', ...lines]

const defects: BatteryWording[] = [
  ['tot en met, total first', body('Tot en met 2029 planten we 2.000 bomen, 600 per jaar.'), '500'],
  ['list item, m²', body('- Tot en met 2029 vergroenen we 9.000 m² schoolplein, 2.000 m² per jaar.'), '2.250'],
  ['rate first', body('We renoveren 35 woningen per jaar, tot en met 2029 in totaal 150 woningen.'), '140'],
  ['in de planperiode', body('In de planperiode begeleiden we 1.000 jongeren naar werk: 220 per jaar.'), '250'],
  ['jaarlijks', body('Tot en met 2029 leggen we 30 kilometer fietspad aan, jaarlijks 6 kilometer.'), '7,5'],
  ['van 2026 tot en met 2029', body('Van 2026 tot en met 2029 plaatsen we 500 laadpunten, 140 per jaar.'), '125']
]

const clean: CleanWording[] = [
  ['product right', body('Tot en met 2029 planten we 2.400 bomen, 600 per jaar.')],
  ['list item right', body('- Tot en met 2029 vergroenen we 8.000 m² schoolplein, 2.000 m² per jaar.')],
  ['a shorter span', body('Tot en met 2028 planten we 1.800 bomen, 600 per jaar.')],
  ['at least per year', body('Tot en met 2029 planten we 3.000 bomen, minstens 600 per jaar.')],
  ['total includes what is there', body('Eind 2029 staan er 2.900 bomen: nu 500 en daarna 600 per jaar erbij.')],
  ['mean right with m³', body('Tot en met 2029 vangen we 6.000 m³ regenwater op, 1.500 m³ per jaar.')],
  ['a pace of another thing', body('Tot en met 2029 vervangen we 6.000 m² stoep; de aannemer legt 900 m² per maand.')],
  ['maximaal per year', body('Tot en met 2029 is er € 100.000 beschikbaar, maximaal € 40.000 per jaar.')],
  ['from 2027', body('Vanaf 2027 tot en met 2029 leggen we 18 kilometer fietspad aan, 6 kilometer per jaar.')]
]

describeBattery(proseCalculation, defects, clean, 6, { periode: '2026-2029' })
