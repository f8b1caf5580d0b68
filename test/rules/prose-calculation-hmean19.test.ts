import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmean19: a mean of a counted thing per counted unit whose total and count stand in a table of
// the section (its total row, or its rows), written in the wordings authors use: an adjective before
// the thing or the unit (`gemiddeld 30 ingeschreven leerlingen`, `per netto hectare`), `het
// gemiddelde` instead of `gemiddeld`, `gemiddeld op`, the unit first and a unit of time after the
// thing (`een handhaver komt gemiddeld op 400 controles per jaar`). Look-alikes: the mean right
// within its rounding, another column of the table that holds, a row the sentence names, a norm,
// a noun no column counts, a year the table does not hold.

const table = (intro: string, head: string, rows: string[]): string[] => [intro, '', head, `|${head.split('|').slice(1, -1).map(() => '---').join('|')}|`, ...rows, '']
const body = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

const schools = table('De tabel geeft per wijk het aantal basisscholen en de ingeschreven leerlingen.', '| Wijk | Scholen | Leerlingen |', ['| Noord | 5 | 1.150 |', '| Zuid | 4 | 1.020 |', '| Oost | 3 | 730 |', '| Totaal | 12 | 2.900 |'])
const sites = table('Bedrijventerreinen in 2026:', '| Terrein | Bruto (ha) | Netto (ha) | Bedrijven |', ['| De Hoef | 40 | 30 | 150 |', '| Kanaal | 60 | 50 | 210 |', '| Totaal | 100 | 80 | 360 |'])
const houses = table('Buurthuizen en activiteiten in 2025:', '| Wijk | Buurthuizen | Activiteiten |', ['| Noord | 3 | 270 |', '| Midden | 2 | 150 |', '| Zuid | 3 | 220 |', '| Totaal | 8 | 640 |'])
const teams = table('De handhavingsteams in 2025:', '| Team | Handhavers | Controles per jaar |', ['| Centrum | 4 | 1.500 |', '| Buitengebied | 5 | 1.650 |', '| Totaal | 9 | 3.150 |'])
const youth = table('Jongeren per kern (stand 1 januari 2026):', '| Kern | Jongeren | Werkzoekend |', ['| Aldorp | 900 | 44 |', '| Berghem | 500 | 22 |', '| Cooten | 350 | 18 |', '| Dijkum | 250 | 12 |', '| Totaal | 2.000 | 96 |'])

const defects: BatteryWording[] = [
  ['adjective before the thing', body(...schools, 'Op een school zitten gemiddeld ruim 300 ingeschreven leerlingen.'), '300'],
  ['adjective before the unit, ha for hectare', body(...sites, 'Per netto hectare zijn gemiddeld 6 bedrijven gevestigd.'), '6'],
  ['working people for a column of jobs', body(...table('Werkgelegenheid op de terreinen:', '| Terrein | Uitgegeven (ha) | Banen |', ['| De Hoef | 30 | 1.240 |', '| Kanaal | 50 | 1.960 |', '| Totaal | 80 | 3.200 |']), 'Op een uitgegeven hectare werken gemiddeld bijna 55 mensen.'), '55'],
  ['ruim with a round number below it', body(...houses, 'Een buurthuis had vorig jaar gemiddeld ruim 90 activiteiten.'), '90'],
  ['het gemiddelde instead of gemiddeld', body(...houses, 'Over alle wijken samen lag het gemiddelde op 95 activiteiten per buurthuis.'), '95'],
  ['gemiddeld op, unit first and per jaar after the thing', body(...teams, 'Een handhaver komt gemiddeld op ruim 420 controles per jaar.'), '420'],
  ['adjective that names its own column', body(...youth, 'In de vier kernen wonen gemiddeld 30 werkzoekende jongeren per kern.'), '30']
]

const clean: CleanWording[] = [
  ['adjective before the thing, right within ruim', body(...schools, 'Op een school zitten gemiddeld ruim 240 ingeschreven leerlingen.')],
  ['another column of the table holds (bruto)', body(...sites, 'Per bruto hectare zijn gemiddeld 3,6 bedrijven gevestigd.')],
  ['het gemiddelde, right', body(...houses, 'Over alle wijken samen lag het gemiddelde op 80 activiteiten per buurthuis.')],
  ['a row the sentence names', body(...houses, 'In Noord lag het gemiddelde op 90 activiteiten per buurthuis.')],
  ['gemiddeld op, right', body(...teams, 'Een handhaver komt gemiddeld op zo\'n 350 controles per jaar.')],
  ['ruim with a round number, right', body(...houses, 'Per buurthuis waren er gemiddeld ruim 80 activiteiten.')],
  ['a norm, no mean word', body(...teams, 'De landelijke norm is 400 controles per handhaver per jaar.')],
  ['a noun no column counts', body(...houses, 'Per buurthuis zijn gemiddeld 12 vrijwilligers actief.')],
  ['a year the table does not hold', body(...teams, 'In 2019 kwam een handhaver gemiddeld op 420 controles per jaar.')],
  ['working people, right', body(...table('Werkgelegenheid op de terreinen:', '| Terrein | Uitgegeven (ha) | Banen |', ['| De Hoef | 30 | 1.240 |', '| Kanaal | 50 | 1.960 |', '| Totaal | 80 | 3.200 |']), 'Op een uitgegeven hectare werken gemiddeld 40 mensen.')],
  ['adjective column, right', body(...youth, 'In de vier kernen wonen gemiddeld 24 werkzoekende jongeren per kern.')]
]

describeBattery(proseCalculation, defects, clean, 7)
