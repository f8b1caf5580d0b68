import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange18 (year columns): a change against a named year whose level stands in a table with
// the years as columns; the row is the one whose cell of the sentence's own year holds the new
// level the sentence gives (`In 2030 daalt het bedrag naar 210, een daling van 530 ten opzichte
// van 2029`), also in a finance table of another section.
// hchange18 (comparisons): both levels in the sentence, the gap between them compared (`kost met
// € 5,6 miljoen € 1,4 miljoen meer dan de eerste fase (€ 4,5 miljoen)`, `1.240, 180 meer dan
// Zuid met 1.080`).
// Look-alikes: the change right (also rounded, or over more years), another year than the one
// before, two rows with the new level, a level the table does not hold, another quantity, a
// percentage or points, a third level compared right.

const costs = (...rows: string[]): string[] => ['# Financiën', '', '## Investeringen (x € 1.000)', '', '| Onderdeel | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|', ...rows, '', '## Verloop', '']
const bridges = ['| Bruggen | 420 | 515 | 380 | 120 |', '| Kademuren | 310 | 290 | 260 | 90 |', '| Totaal | 730 | 805 | 640 | 210 |']
const figures = ['# Kengetallen', '', '| Kengetal | 2024 | 2025 | 2026 |', '|---|---:|---:|---:|', '| Deelnemers taalcafé | 86 | 104 | 131 |', '| Vrijwilligers | 22 | 25 | 31 |', '']
const body = (...lines: string[]): string[] => ['# Vergelijking', '', ...lines]

const defects: BatteryWording[] = [
  ['a finance table of another section', [...costs(...bridges), 'In 2030 daalt het bedrag naar 210, een daling van 530 ten opzichte van 2029.'], '430'],
  ['meer dan in, a table in the section', [...figures, 'In 2026 kwamen er 131 deelnemers, 37 meer dan in 2025.'], '27'],
  ['the base first', [...figures, 'In 2026 zetten 31 vrijwilligers zich in; ten opzichte van 2025 is dat een stijging van 9.'], '6'],
  ['euros in the cells', ['# Subsidies', '', '| Post | 2025 | 2026 | 2027 |', '|---|---:|---:|---:|', '| Subsidie sportverenigingen | € 148.000 | € 162.000 | € 171.000 |', '', 'In 2027 gaat de subsidie naar € 171.000, een stijging van € 12.000 ten opzichte van 2026.'], '9.000'],
  ['lager dan in', [...costs('| Lasten | 1.180 | 1.260 | 1.315 | 1.240 |'), 'De lasten komen in 2030 uit op 1.240, 95 lager dan in 2029.'], '75'],
  ['met A B meer dan … (C)', body('De tweede fase kost met € 5,6 miljoen € 1,4 miljoen meer dan de eerste fase (€ 4,5 miljoen).'), '1.100.000'],
  ['A, B meer dan … met C', body('Wijk Noord telt 1.240 woningzoekenden, 180 meer dan Zuid met 1.080.'), '160'],
  ['A, B minder dan de C', body('Voor 2027 ramen we 640 uur, 90 uur minder dan de 750 uur van dit jaar.'), '110'],
  ['A is B groter dan … (C)', body('Het tekort van € 310.000 is € 45.000 groter dan het tekort in 2025 (€ 275.000).'), '35.000'],
  ['met A B meer dan …, dat C heeft', body('Met 64 kilometer fietspad hebben we 12 kilometer meer dan Oosterdal, dat 54 kilometer heeft.'), '10'],
  ['lager uit dan … van C', body('Het nieuwe contract valt met € 2,35 miljoen € 0,25 miljoen lager uit dan het oude contract van € 2,7 miljoen.'), '350.000']
]

const clean: CleanWording[] = [
  ['finance table right', [...costs(...bridges), 'In 2030 daalt het bedrag naar 210, een daling van 430 ten opzichte van 2029.']],
  ['against another year than the one before', [...costs(...bridges), 'In 2030 daalt het bedrag naar 210, een daling van 595 ten opzichte van 2028.']],
  ['two rows with the new level', [...costs('| Bruggen | 420 | 515 | 380 | 210 |', '| Kademuren | 310 | 290 | 260 | 210 |'), 'In 2030 daalt het bedrag naar 210, een daling van 100 ten opzichte van 2029.']],
  ['a level the table does not hold', [...costs(...bridges), 'In 2030 verwachten we 250, een daling van 300 ten opzichte van 2029.']],
  ['year columns right', [...figures, 'In 2026 kwamen er 131 deelnemers, 27 meer dan in 2025.']],
  ['year columns over more years', [...figures, 'In 2026 kwamen er 131 deelnemers, 45 meer dan in 2024.']],
  ['year columns rounded', [...figures, 'In 2026 kwamen er 131 deelnemers, ruim 25 meer dan in 2025.']],
  ['year columns in percent', [...figures, 'In 2026 kwamen er 131 deelnemers, 26 procent meer dan in 2025.']],
  ['comparison right', body('De tweede fase kost met € 5,6 miljoen € 1,1 miljoen meer dan de eerste fase (€ 4,5 miljoen).')],
  ['comparison rounded', body('Wijk Noord telt 2.310 woningzoekenden, ruim 300 meer dan Zuid met 2.004.')],
  ['comparison of another quantity', body('Het zwembad kost met € 4,2 miljoen € 0,8 miljoen meer dan de sporthal, die 2.400 m² groot is.')],
  ['comparison in points', body('Met 64 procent ligt de opkomst 6 procentpunt hoger dan in 2022 (58 procent).')],
  ['a third level compared right', body('Noord telt 1.240 woningzoekenden, 180 meer dan Zuid (1.060) en 300 meer dan West (940).')]
]

describeBattery(proseCalculation, defects, clean, 11)
