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
  ['a row without a share', h('Dekking', ['De helft van wat het waterschap bijdraagt, is nog niet toegezegd.'])]
]

describeBattery(percentageClaimCheck, defects, clean, 5)
