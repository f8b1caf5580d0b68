import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hslip15: a share column beside several count columns. The share is of the column its
// header names (`Aandeel leden`), or else of the column its rows fit; the nearest count column
// (`Uren`, `Vrij`) is only the default. Defects: one row's share wrong; look-alikes: all right,
// the share of a column that does not stand next to it.

type Row = [string, ...number[]]
const dutch = (n: number): string => n.toLocaleString('nl-NL')

// A table whose share column is of column `of` (0-based among the counts), one row's share moved by `slip` points.
function table(headers: string[], share: string, rows: Row[], of: number, slip: [number, number] = [-1, 0]): string[] {
  const total = headers.map((_, k) => rows.reduce((s, r) => s + (r[k + 1] as number), 0))
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [
    '# Cijfers',
    '',
    'De tabel geeft de cijfers per onderdeel.',
    '',
    line(['Onderdeel', ...headers, share]),
    line(['---', ...headers.map(() => '---'), '---']),
    ...rows.map((r, i) => line([r[0], ...r.slice(1).map((v) => dutch(v as number)), `${Math.round(((r[of + 1] as number) / total[of]!) * 100) + (i === slip[0] ? slip[1] : 0)}%`])),
    line(['Totaal', ...total.map(dutch), '100%'])
  ]
}

const clubs: Row[] = [['Noord', 120, 35, 2400], ['Zuid', 280, 60, 3100], ['Oost', 200, 41, 1900], ['West', 400, 90, 5200]]
const schools: Row[] = [['De Linde', 310, 22, 14], ['Het Anker', 190, 15, 9], ['De Wissel', 250, 19, 12], ['Op de Berg', 250, 21, 11]]
const parks: Row[] = [['Stadspark', 42, 610, 18], ['Molenbos', 18, 240, 7], ['Beekdal', 25, 390, 11], ['Heidezoom', 15, 260, 4]]
const routes: Row[] = [['Lijn 1', 52000, 14, 310], ['Lijn 2', 31000, 9, 220], ['Lijn 3', 17000, 6, 150]]

const defects: DefectWording[] = [
  ['members, named header, far column', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel leden', clubs, 0, [1, 4])],
  ['members, bare header, far column', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel', clubs, 0, [2, -3])],
  ['volunteers, named header, middle column', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel vrijwilligers', clubs, 1, [0, 5])],
  ['volunteers, bare header', table(['Leden', 'Vrijwilligers', 'Uren'], '%', clubs, 1, [3, -6])],
  ['pupils, named header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel leerlingen', schools, 0, [1, 3])],
  ['pupils, bare header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel', schools, 0, [0, -4])],
  ['teachers, bare header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel', schools, 1, [2, 6])],
  ['hectares, named header', table(['Hectare', 'Bomen', 'Banken'], 'Aandeel oppervlakte', parks, 0, [1, 5])],
  ['trees, named header', table(['Hectare', 'Bomen', 'Banken'], 'Aandeel bomen', parks, 1, [2, -5])],
  ['trees, bare header', table(['Hectare', 'Bomen', 'Banken'], 'Aandeel', parks, 1, [3, 4])],
  ['passengers, named header', table(['Reizigers', 'Bussen', 'Haltes'], 'Aandeel reizigers', routes, 0, [2, 4])],
  ['passengers, bare header', table(['Reizigers', 'Bussen', 'Haltes'], 'Aandeel', routes, 0, [1, -5])]
]

const clean: CleanWording[] = [
  ['members, named header, far column', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel leden', clubs, 0)],
  ['members, bare header, far column', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel', clubs, 0)],
  ['volunteers, named header', table(['Leden', 'Vrijwilligers', 'Uren'], 'Aandeel vrijwilligers', clubs, 1)],
  ['volunteers, bare header', table(['Leden', 'Vrijwilligers', 'Uren'], '%', clubs, 1)],
  ['pupils, named header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel leerlingen', schools, 0)],
  ['pupils, bare header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel', schools, 0)],
  ['teachers, named header', table(['Leerlingen', 'Leerkrachten', 'Lokalen'], 'Aandeel leerkrachten', schools, 1)],
  ['trees, named header', table(['Hectare', 'Bomen', 'Banken'], 'Aandeel bomen', parks, 1)],
  ['trees, bare header', table(['Hectare', 'Bomen', 'Banken'], 'Aandeel', parks, 1)],
  ['passengers, bare header', table(['Reizigers', 'Bussen', 'Haltes'], 'Aandeel', routes, 0)],
  ['passengers, named header', table(['Reizigers', 'Bussen', 'Haltes'], 'Aandeel reizigers', routes, 0)]
]

describeBattery(percentageClaimCheck, defects, clean, 12)
