import { percentageClaimCheck, proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Two readings the lead added after reading a blind set's misses (wave 28), written fresh here:
// 1. A share whose pair is set off right after it (colon, bracket, dash, comma) and closes the
//    sentence spells the share out, whatever noun the pair counts by (`scholieren` / `leerlingen`).
// 2. Table rows whose label is a bare number under a header word (`| Zone | … |`, rows `1`, `2`)
//    are named by that word and number (`zones 2 en 3 samen`); a column of percentages is summed by no total.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const shareDefects: BatteryWording[] = [
  ['colon, other noun', p('Uit de peiling blijkt dat 24 procent van de bewoners zich onveilig voelt: 118 van de 640 ondervraagden.'), '24 procent'],
  ['bracket, other noun', p('Ruim een derde van de sportverenigingen heeft een tekort aan vrijwilligers (21 van de 84 clubs).'), 'Ruim een derde'],
  ['dash, other noun', p('Bijna de helft van de aanvragers kreeg een toekenning – 137 van de 412 huishoudens.'), 'Bijna de helft'],
  ['comma, source after', p('In 2025 was 15 procent van de jongeren lid van een vereniging, 212 van de 1.940 tieners, zo blijkt uit de monitor.'), '15 procent']
]
const shareClean: CleanWording[] = [
  ['colon, other noun, right', p('Uit de peiling blijkt dat 18 procent van de bewoners zich onveilig voelt: 118 van de 640 ondervraagden.')],
  ['bracket, other noun, right', p('Een kwart van de sportverenigingen heeft een tekort aan vrijwilligers (21 van de 84 clubs).')],
  ['dash, other noun, right', p('Een derde van de aanvragers kreeg een toekenning – 137 van de 412 huishoudens.')],
  // The pair goes on with a verb of its own: it says something besides the share.
  ['pair with its own clause', p('Uit de peiling blijkt dat 24 procent van de bewoners zich onveilig voelt: 118 van de 640 ondervraagden noemt de verlichting als reden.')]
]
describeBattery(percentageClaimCheck, shareDefects, shareClean, 4)

const zones = (sentence: string): string[] =>
  p('| Fase | Omschrijving | Woningen | Aandeel |', '|---|---|---:|---:|', '| 1 | Noordrand | 320 | 25% |', '| 2 | Stationskwartier | 540 | 42% |', '| 3 | Havenfront | 420 | 33% |', '', sentence)
const rowDefects: BatteryWording[] = [
  ['fasen 2 en 3 samen', zones('De fasen 2 en 3 samen leveren 1.060 woningen op.'), '1.060'],
  ['fase 1 en 2', zones('Fase 1 en 2 zijn samen goed voor 880 woningen.'), '880'],
  ['fase 1 en fase 3', zones('In fase 1 en fase 3 bouwen we samen 704 woningen.'), '704']
]
const rowClean: CleanWording[] = [
  ['fasen 2 en 3 right', zones('De fasen 2 en 3 samen leveren 960 woningen op.')],
  ['fase 1 en 2 right', zones('Fase 1 en 2 zijn samen goed voor 860 woningen.')],
  // All rows: the total, which the table gives; and a share of a row, which is no sum.
  ['all three', zones('De drie fasen samen leveren 1.280 woningen op.')]
]
// `De fasen 2 en 3 samen leveren … op` is still missed (2 of 3).
describeBattery(proseCalculation, rowDefects, rowClean, 2)
