import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A subtotal in a table of reserve mutations or a budget statement often adds up only the block of
// rows directly above it: the first row is a balance (a saldo, a starting position, an available
// budget) of the other sign, and the subtotal names the mutations after it. Read as the sum of all
// rows since the table's start, such a subtotal was a false `fout`. A subtotal that fits neither
// the whole run nor the block above it is still a defect.
const f = (rows: string[]): string[] => ['# Financiën', '', 'Tabel 6. Reserves en saldo (x € 1.000)', '', '| Omschrijving | 2026 | 2027 | 2028 |', '|---|---|---|---|', ...rows]

const defects: DefectWording[] = [
  ['a subtotal of the block after a balance that does not add up', f(['| Resultaat voor bestemming | -2.140 | -2.310 | -2.005 |', '| Inzet reserve wonen | 310 | 280 | 150 |', '| Inzet reserve grond | 120 | 95 | 60 |', '| Subtotaal inzet reserves | 430 | 375 | 220 |']), 'Subtotaal `220` in kolom `2028` klopt niet'],
  ['a plain subtotal one step off', f(['| Inhuur | 215 | 220 | 225 |', '| Opleidingen | 48 | 50 | 52 |', '| Subtotaal personeel | 263 | 270 | 287 |', '| Huisvesting | 130 | 132 | 134 |', '| Totaal | 393 | 402 | 421 |']), 'Subtotaal `287` in kolom `2028` klopt niet'],
  ['a subtotal of three mutations after a starting position, off', f(['| Stand 1 januari | 1.850 | 1.640 | 1.395 |', '| Onttrekking onderhoud | -120 | -150 | -110 |', '| Onttrekking sloop | -60 | -40 | -30 |', '| Onttrekking advies | -30 | -55 | -25 |', '| Subtotaal onttrekkingen | -210 | -235 | -165 |']), 'Subtotaal `-235` in kolom `2027` klopt niet'],
  ['a subtotal after a same-signed first row counting all rows, off', f(['| Bijdrage Rijk | 400 | 410 | 420 |', '| Bijdrage provincie | 120 | 120 | 120 |', '| Eigen middelen | 80 | 80 | 80 |', '| Subtotaal dekking | 520 | 610 | 620 |']), 'Subtotaal `520` in kolom `2026` klopt niet']
]

const clean: CleanWording[] = [
  ['a subtotal of the reserve withdrawals after a negative result', f(['| Resultaat voor bestemming | -2.140 | -2.310 | -2.005 |', '| Inzet reserve wonen | 310 | 280 | 150 |', '| Inzet reserve grond | 120 | 95 | 60 |', '| Subtotaal inzet reserves | 430 | 375 | 210 |', '| Resultaat na bestemming | -1.710 | -1.935 | -1.795 |'])],
  ['a subtotal of withdrawals after a starting position', f(['| Stand 1 januari | 1.850 | 1.640 | 1.395 |', '| Onttrekking onderhoud | -120 | -150 | -110 |', '| Onttrekking sloop | -60 | -40 | -30 |', '| Onttrekking advies | -30 | -55 | -25 |', '| Subtotaal onttrekkingen | -210 | -245 | -165 |'])],
  ['a subtotal of spending after an available budget', f(['| Beschikbaar budget | 900 | 900 | 900 |', '| Uitvoering wijkplannen | -350 | -400 | -420 |', '| Communicatie | -40 | -40 | -30 |', '| Subtotaal uitgaven | -390 | -440 | -450 |'])],
  ['a subtotal with a dash and a PM below a balance', f(['| Saldo programma | -980 | -1.020 | -1.110 |', '| Onttrekking reserve A | 200 | - | 150 |', '| Onttrekking reserve B | 75 | 90 | PM |', '| Subtotaal onttrekkingen | 275 | 90 | 150 |'])],
  ['a plain subtotal of all rows above', f(['| Inhuur | 215 | 220 | 225 |', '| Opleidingen | 48 | 50 | 52 |', '| Subtotaal personeel | 263 | 270 | 277 |', '| Huisvesting | 130 | 132 | 134 |', '| Totaal | 393 | 402 | 411 |'])]
]

describeWordings(financeSumMismatch, defects, clean)
