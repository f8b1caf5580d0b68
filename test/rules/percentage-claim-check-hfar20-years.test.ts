import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hfar20: the share of one table row in the total row where the columns are years and the
// sentence names none; also with the table named after the whole (`in de tabel`) and with a post
// not yet priced (`PM`) among the rows. The sentence leaves the year open, so the share holds
// anywhere between the shares of the single years. Look-alikes: the share right for the period or
// for one year, a share of another noun, and a share of a year the sentence names that holds.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const costs = ['| Post | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Huur sporthallen | 1.200 | 1.240 | 1.280 |', '| Onderhoud velden | 520 | 540 | 560 |', '| Subsidies | 280 | 220 | 160 |', '| Totaal | 2.000 | 2.000 | 2.000 |', '']
const withPm = ['| Onderdeel | 2026 | 2027 |', '|---|---|---|', '| Inkoop jeugdhulp | 4.100 | 4.300 |', '| Toegangsteam | 900 | 950 |', '| Nieuwe wetgeving | PM | PM |', '| Totaal | 5.000 | 5.250 |', '']

const defects: DefectWording[] = [
  ['a row of year columns, no year said', body(...costs, 'De huur van de sporthallen is ruim 70 procent van de kosten.'), 'ruim 70 procent'],
  ['the table named after the whole', body(...costs, 'Het onderhoud van de velden beslaat daarmee bijna een derde van de totale kosten in de tabel.'), 'bijna een derde'],
  ['a PM row among the rows', body(...withPm, 'De inkoop van jeugdhulp is ruim 90 procent van de kosten.'), 'ruim 90 procent'],
  ['a PM row, a fraction in words', body(...withPm, 'Het toegangsteam kost bijna een kwart van het totaal.'), 'bijna een kwart']
]

const clean: CleanWording[] = [
  ['the share right for the period', body(...costs, 'De huur van de sporthallen is ruim 60 procent van de kosten.')],
  ['the share right for one year only', body(...costs, 'De subsidies zijn 14 procent van de kosten.')],
  ['a share of another noun', body(...costs, 'De huur van de sporthallen wordt betaald door ruim 70 procent van de inwoners.')],
  ['a share of a named year that holds, a PM row', body(...withPm, 'In 2027 is de inkoop van jeugdhulp ruim 80 procent van de kosten.')],
  ['a share the sentence says is not in the table', body(...withPm, 'De bijdrage van het Rijk voor de jeugdhulp (60 procent van de kosten) staat niet in deze tabel.')]
]

// At start: 0 of 4 (written before the code changed); 4 of 4 with share-year-columns, PM cells and table references.
describeBattery(percentageClaimCheck, defects, clean, 4)
