import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21 (thousands): an amount in the text (`€ 11,4 miljoen`, `€ 450.000`) that is a cell
// of a table in thousands without euro signs (`11.400`, `450`), said as a share of everything
// (`van het totale investeringsvolume`, `van het totaal`): the share is of the column's total row.
// The look-alikes: the right share, a table with euro signs, an amount that is no cell.
const t = (caption: string, head: string, rows: string[], sentence: string): string[] => ['# Financiën', '', `| ${head} |`, '|---|---|', ...rows.map((r) => `| ${r} |`), '', caption, '', sentence]
const investments = ['Sporthal De Vonk | 6.200', 'Fietsbrug Oost | 1.800', 'Kademuur Haven | 2.400', 'Totaal investeringen | 10.400']
const projects = ['Groen | 450', 'Wegen | 1.600', 'Riolering | 900', 'Totaal | 2.950']
const burdens = ['Jeugdhulp | 2.400', 'Wmo | 3.100', 'Participatie | 1.500', 'Totaal lasten | 7.000']
const budget = ['Kunstgras | 750', 'Kleedkamers | 1.200', 'Verlichting | 300', 'Totaal | 2.250']

const defects: BatteryWording[] = [
  ['millions, totale volume', t('Tabel 3. Investeringen (x € 1.000)', 'Investering | Krediet', investments, 'De sporthal is met € 6,2 miljoen goed voor bijna driekwart van het totale investeringsvolume.'), 'bijna driekwart'],
  ['thousands, van het totaal', t('Tabel 4. Projecten (bedragen x € 1.000)', 'Project | Raming', projects, 'Het groenproject neemt met € 450.000 ruim een derde van het totaal voor zijn rekening.'), 'ruim een derde'],
  ['millions, totale lasten, percent', t('Tabel 5. Lasten per taakveld (x € 1.000)', 'Taakveld | Lasten', burdens, 'Met € 2,4 miljoen vraagt de jeugdhulp 30 procent van de totale lasten.'), '30 procent'],
  ['thousands, hele budget, part first', t('Tabel 6. Raming sportpark (x € 1.000)', 'Onderdeel | Raming', budget, 'Voor het kunstgras is € 750.000 geraamd, ongeveer een kwart van het hele budget.'), 'ongeveer een kwart']
]

const clean: CleanWording[] = [
  ['millions, right share', t('Tabel 3. Investeringen (x € 1.000)', 'Investering | Krediet', investments, 'De sporthal is met € 6,2 miljoen goed voor bijna 60 procent van het totale investeringsvolume.')],
  ['thousands, right share', t('Tabel 5. Lasten per taakveld (x € 1.000)', 'Taakveld | Lasten', burdens, 'Met € 2,4 miljoen vraagt de jeugdhulp ruim een derde van de totale lasten.')],
  ['an amount that is no cell', t('Tabel 3. Investeringen (x € 1.000)', 'Investering | Krediet', investments, 'Het Rijk draagt met € 3 miljoen bijna driekwart van het totale investeringsvolume.')],
  ['a table in euros, right share', t('Tabel 4. Projecten', 'Project | Raming', ['Groen | € 450.000', 'Wegen | € 1.600.000', 'Riolering | € 900.000', 'Totaal | € 2.950.000'], 'Het groenproject neemt met € 450.000 ruim 15 procent van het totaal voor zijn rekening.')]
]

describeBattery(percentageClaimCheck, defects, clean, 4)
