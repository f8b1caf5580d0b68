import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21 (rows): a comparison of a figure with another row of a table the sentence names
// after `dan` by its label (`bijna 40 procent duurder dan groot onderhoud van asfalt` beside rows
// `Groot onderhoud asfalt | € 24` and `Herstraten | € 31`): the change is between the two cells of
// the column that holds the figure. The look-alikes: the right change, a comparison with something
// no row names, and a label that two rows share.
const t = (head: string, rows: string[], sentence: string): string[] => ['# Kosten', '', `| ${head} |`, '|---|---|', ...rows.map((r) => `| ${r} |`), '', sentence]
const prices = ['Klein onderhoud asfalt | € 6', 'Groot onderhoud asfalt (nieuwe deklaag) | € 24', 'Herstraten klinkers en tegels | € 31', 'Reconstructie asfalt | € 72']
const tickets = ['Volwassenen | € 6,50', 'Kinderen | € 4,20', '65-plussers | € 5,00']
const waits = ['Noord | 12', 'Zuid | 9', 'Centrum | 15']
const halls = ['Sporthal De Vonk | € 48', 'Sporthal Het Anker | € 36', 'Gymzaal Oosterpoort | € 40']

const defects: BatteryWording[] = [
  ['price per m², duurder dan a named row', t('Maatregel | Prijs per m²', prices, 'Herstraten is met € 31 per m² bijna 40 procent duurder dan groot onderhoud van asfalt.'), 'bijna 40 procent'],
  ['ticket, goedkoper dan', t('Kaartje | Tarief', tickets, 'Een kaartje voor kinderen is met € 4,20 ruim 40 procent goedkoper dan een kaartje voor volwassenen.'), 'ruim 40 procent'],
  ['weeks, langer dan in a row', t('Wijk | Wachttijd (weken)', waits, 'In Centrum is de wachttijd met 15 weken 40 procent langer dan in Noord.'), '40 procent'],
  ['fraction, goedkoper dan a hall', t('Accommodatie | Huur per uur', halls, 'Het Anker is met € 36 per uur een derde goedkoper dan De Vonk.'), 'een derde'],
  ['in a finance chapter', ['# 5. Financiën', '', 'De tarieven per uur:', '', ...t('Accommodatie | Huur per uur', halls, 'Gymzaal Oosterpoort is met € 40 per uur ruim een kwart goedkoper dan sporthal De Vonk.').slice(2)], 'ruim een kwart']
]

const clean: CleanWording[] = [
  ['price per m², right change', t('Maatregel | Prijs per m²', prices, 'Herstraten is met € 31 per m² bijna 30 procent duurder dan groot onderhoud van asfalt.')],
  ['ticket, right change', t('Kaartje | Tarief', tickets, 'Een kaartje voor kinderen is met € 4,20 ruim 35 procent goedkoper dan een kaartje voor volwassenen.')],
  ['compared with what no row names', t('Maatregel | Prijs per m²', prices, 'Herstraten is met € 31 per m² bijna 40 procent duurder dan vijf jaar geleden.')],
  ['a label two rows share', t('Maatregel | Prijs per m²', prices, 'Herstraten is met € 31 per m² ruim 40 procent duurder dan onderhoud.')],
  ['fraction, right change', t('Accommodatie | Huur per uur', halls, 'Het Anker is met € 36 per uur een kwart goedkoper dan De Vonk.')]
]

describeBattery(percentageClaimCheck, defects, clean, 5)
