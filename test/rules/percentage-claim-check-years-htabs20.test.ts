import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A share of named table rows whose whole the sentence narrows to a group a subtotal row names
// (`van de bijdragen aan de regelingen` beside `Subtotaal regelingen`), or whose table gives one
// amount over years while the sentence names no year: a share that fits no year is wrong in each.
// Before: 0/4 caught.
const t = (rows: string[], after: string, head = '| Partij | 2026 | 2027 | 2028 |'): string[] => ['# Bijdragen', '', 'Bedragen x € 1.000.', '', head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows, '', after]
const partners = ['| Veiligheidsregio | 2.100 | 2.160 | 2.220 |', '| GGD | 900 | 930 | 960 |', '| Recreatieschap | 1.700 | 1.650 | 1.600 |', '| Belastingsamenwerking | 400 | 410 | 420 |', '| Subtotaal regelingen | 5.100 | 5.150 | 5.200 |', '| Stichting Muziekschool | 600 | 620 | 640 |', '| Totaal | 5.700 | 5.770 | 5.840 |']

const defects: BatteryWording[] = [
  ['two rows of a group a subtotal names', t(partners, 'De Veiligheidsregio en het Recreatieschap nemen samen bijna vier vijfde van de bijdragen aan de regelingen voor hun rekening.'), 'van 5.'],
  ['one row of a group a subtotal names', t(partners, 'Ruim de helft van de bijdragen aan de regelingen gaat naar de Veiligheidsregio.'), 'van 5.'],
  ['one row over years, no year named', t(['| Bibliotheek | 820 | 840 | 860 |', '| Theater | 610 | 630 | 650 |', '| Muziekschool | 270 | 280 | 290 |', '| Totaal | 1.700 | 1.750 | 1.800 |'], 'De bibliotheek krijgt ruim de helft van het budget.', '| Instelling | Begroting 2026 | 2027 | 2028 |'), 'van 1.'],
  ['one row over years, a share in percent', t(['| Noord | 300 | 320 | 340 |', '| Oost | 250 | 260 | 270 |', '| Zuid | 450 | 470 | 490 |', '| Totaal | 1.000 | 1.050 | 1.100 |'], 'Zuid krijgt ongeveer 55 procent van de middelen.', '| Wijk | 2025 | 2026 | 2027 |'), 'van 1.']
]

const clean: CleanWording[] = [
  ['a group share that fits the subtotal', t(partners, 'De Veiligheidsregio en het Recreatieschap nemen samen bijna drie kwart van de bijdragen aan de regelingen voor hun rekening.')],
  ['a share over years that fits one year', t(['| Bibliotheek | 820 | 900 | 960 |', '| Theater | 610 | 560 | 520 |', '| Muziekschool | 270 | 290 | 320 |', '| Totaal | 1.700 | 1.750 | 1.800 |'], 'De bibliotheek krijgt ruim de helft van het budget.', '| Instelling | Begroting 2026 | 2027 | 2028 |')],
  ['a share of the total beside a subtotal above the row', t(partners, 'De Stichting Muziekschool krijgt ruim een tiende van alle bijdragen.')],
  ['a row named by an inflected word, another amount', t(['| Provincie | 50 | 50 | 50 |', '| Gemeente | 300 | 310 | 320 |', '| Totaal | 350 | 360 | 370 |'], 'De provinciale bijdrage voor de brug (60 procent van de kosten) loopt buiten deze tabel om.', '| Bron | 2027 | 2028 | 2029 |')],
  ['columns of other counts, no years', t(['| Noord | 3.000 | 32 |', '| Oost | 2.500 | 26 |', '| Zuid | 4.500 | 47 |', '| Totaal | 10.000 | 105 |'], 'Noord en Oost hebben samen ongeveer 70 procent van de sportvelden.', '| Wijk | Inwoners | Meldingen |')]
]

describeBattery(percentageClaimCheck, defects, clean, 4)
