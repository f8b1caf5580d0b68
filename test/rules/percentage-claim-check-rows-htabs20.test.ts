import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A share said of one row of a table whose `Aandeel` column divides one whole, where the sentence
// names the row by the lead of its label (`Rijk` for `Rijk, specifieke uitkering`) or by the noun of
// its adjective (`de gemeente` for `Gemeentelijk krediet`), the table has a row without a share
// (`PM | -`), the table stands in a finance chapter, or the sentence before names other rows.
// Before: 0/5 caught (every table has a row `PM | -`, which kept its column from being read).
const table = ['| Bron | Bedrag | Aandeel |', '|---|---|---|', '| Gemeentelijke middelen | 2.150 | 43,0% |', '| Provincie, regeling leefbaarheid | 1.600 | 32,0% |', '| Rijk, specifieke uitkering | 1.250 | 25,0% |', '| Waterschap | PM | - |', '| Totaal | 5.000 | 100% |']
const h = (title: string, after: string[], before = 'De dekking staat in de tabel; bedragen x € 1.000.'): string[] => [`# ${title}`, '', before, '', ...table, '', ...after]

const defects: BatteryWording[] = [
  ['the municipality named by the noun of its adjective', h('Dekking', ['Ruim de helft brengt de gemeente zelf op.']), 'Gemeentelijke middelen'],
  ['a row named by the lead of its label', h('Dekking', ['Het Rijk draagt bijna een derde bij.']), 'Rijk, specifieke'],
  ['the sentence before names two other rows', h('Dekking', ['Provincie en Rijk dragen samen 2.850 bij. Een derde komt van de gemeente zelf.']), 'Gemeentelijke middelen'],
  ['in a finance chapter', h('Financiën', ['De provincie neemt ruim een derde voor haar rekening.']), 'Provincie, regeling'],
  ['a share in percent of a row named by its lead', h('Bekostiging', ['De provincie betaalt ongeveer 40 procent.']), 'Provincie, regeling']
]

const clean: CleanWording[] = [
  ['a share that fits the row', h('Dekking', ['Ruim twee vijfde brengt de gemeente zelf op.'])],
  ['a share that fits the row named by its lead', h('Dekking', ['Het Rijk draagt een kwart bij.'])],
  ['two rows together, said as a sum', h('Dekking', ['Provincie en Rijk dragen samen ruim de helft bij.'])],
  ['a share of the row’s own amount', h('Dekking', ['Van de bijdrage van het Rijk gaat de helft naar onderhoud.'])],
  ['a row without a share', h('Dekking', ['De helft van wat het waterschap bijdraagt, is nog niet toegezegd.'])],
  ['two clauses, each naming its own row', h('Dekking', ['Het Rijk draagt een kwart bij, de provincie bijna een derde.'])],
  ['a second clause that names no row', h('Dekking', ['De provincie draagt bijna een derde bij, de overige partijen samen ruim twee derde.'])]
]

describeBattery(percentageClaimCheck, defects, clean, 5)

// Two rows of a table summed as one part (`in Noord en Oost`): `ruim` and `bijna` state a side of the
// fraction when the counts are exact, also when the sentence before says a percentage as approximate.
// Before: 0/4 caught.
const wijken = (rows: string[], after: string[]): string[] => ['# Wijken', '', 'Het aantal per wijk.', '', '| Wijk | Inwoners | Meldingen |', '|---|---|---|', ...rows, '', ...after]
const rows = ['| Noord | 4.200 | 38 |', '| Oost | 3.100 | 47 |', '| Zuid | 5.600 | 50 |', '| West | 2.900 | 40 |', '| Totaal | 15.800 | 175 |']

const summed: BatteryWording[] = [
  ['ruim de helft of two rows that are just under half', wijken(rows, ['Ruim de helft van de meldingen komt uit Noord en Oost.']), '38 + 47'],
  ['after a sentence with an approximate percentage', wijken(rows, ['Ruim 35 procent van alle inwoners woont in Zuid. Ruim de helft van de meldingen komt uit Noord en Oost.']), '38 + 47'],
  ['bijna of two rows just above the fraction', wijken(['| Noord | 4.200 | 24 |', '| Oost | 3.100 | 36 |', '| Zuid | 5.600 | 75 |', '| West | 2.900 | 40 |', '| Totaal | 15.800 | 175 |'], ['Bijna een derde van de meldingen komt uit Noord en Oost.']), '24 + 36'],
  ['two rows named with `samen`, just under a quarter', wijken(['| Noord | 4.200 | 20 |', '| Oost | 3.100 | 23 |', '| Zuid | 5.600 | 78 |', '| West | 2.900 | 54 |', '| Totaal | 15.800 | 175 |'], ['Noord en Oost hebben samen ruim een kwart van de meldingen.']), '20 + 23']
]

const sides: CleanWording[] = [
  ['ruim de helft that is above half', wijken(rows, ['Ruim de helft van de meldingen komt uit Zuid en West.'])],
  ['ongeveer de helft just under half', wijken(rows, ['Ongeveer de helft van de meldingen komt uit Noord en Oost.'])],
  ['bijna de helft just under half', wijken(rows, ['Bijna de helft van de meldingen komt uit Noord en Oost.'])],
  ['the counts themselves said as approximate', wijken(rows, ['Met ongeveer 85 meldingen komt ruim de helft uit Noord en Oost.'])]
]

describeBattery(percentageClaimCheck, summed, sides, 4)
