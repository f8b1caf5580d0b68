import type { BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hres16, written before reading the code: movement tables of reserves and provisions
// (staat van reserves en voorzieningen). Every row must satisfy begin + additions − withdrawals
// = end. Defects: one row whose end does not follow from its movements, reported at that row
// (not at a correct total row). Clean: the same layouts when they add up, with `-`, PM, rounding
// differences of 1, a new reserve with only a dotation, signed withdrawals and transposed tables.
// The tables stand in a chapter that is not a finance chapter, so they are read as tables in the
// text (table-row-arithmetic); the finance-sum-mismatch battery reads the same tables as finance tables.
export const h = (head: string, sep: string, rows: string[], lead = 'Het verloop van de reserves (bedragen x € 1.000):', chapter = '# Reserves'): string[] => [chapter, '', lead, '', head, sep, ...rows]
const std = '|---|---:|---:|---:|---:|'
const five = '|---|---:|---:|---:|---:|---:|'

export const defects: BatteryWording[] = [
  ['a wrong end beside a right total', h('| Reserve | Stand 1-1-2029 | Toevoeging | Onttrekking | Stand 31-12-2029 |', std, ['| Egalisatiereserve afval | 2.740 | 180 | 420 | 2.500 |', '| Reserve kunstgras | 1.380 | 260 | 310 | 1.130 |', '| Reserve dorpshuizen | 455 | 35 | 75 | 415 |', '| Totaal | 4.575 | 475 | 805 | 4.245 |']), 'Reserve kunstgras'],
  ['provisions with dotation, release and use, no total', h('| Voorziening | Saldo begin | Dotatie | Vrijval | Aanwending | Saldo eind |', five, ['| Onderhoud scholen | 3.120 | 640 | 90 | 870 | 2.720 |', '| Pensioenen wethouders | 1.905 | 115 | 0 | 160 | 1.860 |'], 'Voorzieningen in duizenden euro\'s:'), 'Onderhoud scholen'],
  ['euro cells, per januari and per december', h('| Reserve | Stand per 1 januari 2028 | Vermeerdering | Vermindering | Stand per 31 december 2028 |', std, ['| Reserve bovenwijkse voorzieningen | € 812.000 | € 95.000 | € 140.000 | € 767.000 |', '| Reserve monumenten | € 264.500 | € 30.000 | € 12.500 | € 292.000 |'], 'Stand en verloop:'), 'Reserve monumenten'],
  ['signs in the headers', h('| Reserve | Begin 2028 | + | - | Eind 2028 |', std, ['| Reserve groenonderhoud | 620 | 75 | 110 | 585 |', '| Reserve verkeersveiligheid | 1.040 | 0 | 215 | 852 |']), 'Reserve verkeersveiligheid'],
  ['a transposed table with years as columns', h('| (x € 1.000) | 2027 | 2028 | 2029 | 2030 |', std, ['| Stand 1 januari | 3.600 | 3.350 | 3.050 | 2.840 |', '| Toevoeging | 150 | 150 | 190 | 190 |', '| Onttrekking | 400 | 450 | 400 | 300 |', '| Stand 31 december | 3.350 | 3.050 | 2.840 | 2.370 |'], 'Verloop van de reserve herstructurering:'), '2.370'],
  ['a dash for no addition and a wrong end', h('| Reserve | Stand 1-1 | Toevoegingen | Onttrekkingen | Stand 31-12 |', std, ['| Reserve grondexploitaties | 5.480 | - | 730 | 4.850 |', '| Reserve sociaal domein | 2.015 | 300 | 600 | 1.715 |']), 'Reserve grondexploitaties'],
  ['amounts in millions with decimals', h('| Reserve (€ mln) | Saldo begin | Toevoeging | Onttrekking | Stand ultimo |', std, ['| Algemene reserve | 18,6 | 1,4 | 3,2 | 16,8 |', '| Reserve investeringen | 7,3 | 0,9 | 2,5 | 6,1 |'], 'Bedragen in miljoenen euro\'s.'), 'Reserve investeringen'],
  ['a total row that copies the wrong row', h('| Reserve | Stand 1-1-2030 | Toevoeging | Onttrekking | Stand 31-12-2030 |', std, ['| Reserve duurzaamheid | 980 | 120 | 260 | 840 |', '| Reserve cultuurhuis | 1.470 | 55 | 185 | 1.430 |', '| Reserve wegen | 2.310 | 400 | 350 | 2.360 |', '| Totaal | 4.760 | 575 | 795 | 4.630 |']), 'Reserve cultuurhuis'],
  ['a text column between the label and the amounts', h('| Reserve | Doel | Stand 1-1-2028 | Toevoeging | Onttrekking | Stand 31-12-2028 |', '|---|---|---:|---:|---:|---:|', ['| Reserve speeltuinen | vervanging toestellen | 340 | 60 | 45 | 355 |', '| Reserve evenementen | dekking festivals | 210 | 25 | 80 | 165 |']), 'Reserve evenementen'],
  ['only withdrawals', h('| Reserve | Stand 1 januari | Onttrekking | Stand 31 december |', '|---|---:|---:|---:|', ['| Reserve frictiekosten | 760 | 240 | 520 |', '| Reserve decentralisaties | 1.930 | 415 | 1.615 |']), 'Reserve decentralisaties'],
  ['an aanwending column', h('| Voorziening | Saldo 1 januari | Toevoeging | Aanwending | Saldo 31 december |', std, ['| Voorziening riolering | 4.210 | 520 | 1.080 | 3.650 |', '| Voorziening wachtgelden | 390 | 45 | 110 | 325 |', '| Voorziening dubieuze debiteuren | 275 | 60 | 20 | 325 |'], 'Verloop voorzieningen (x € 1.000):'), 'Voorziening dubieuze debiteuren'],
  ['a transposed table with a total label', h('| Reserve wonen (x € 1.000) | 2028 | 2029 | 2030 |', '|---|---:|---:|---:|', ['| Saldo 1-1 | 1.120 | 1.020 | 940 |', '| Dotatie | 200 | 200 | 200 |', '| Onttrekking | 300 | 280 | 350 |', '| Saldo 31-12 | 1.020 | 940 | 710 |']), '710'],
  ['withdrawals shown as negatives', h('| Reserve | Stand 1-1-2029 | Toevoeging | Onttrekking | Stand 31-12-2029 |', std, ['| Reserve accommodaties | 2.600 | 350 | -900 | 2.050 |', '| Reserve jeugd | 820 | 90 | -140 | 700 |']), 'Reserve jeugd']
]

export const clean: CleanWording[] = [
  ['a right table with a total', h('| Reserve | Stand 1-1-2029 | Toevoeging | Onttrekking | Stand 31-12-2029 |', std, ['| Egalisatiereserve afval | 2.740 | 180 | 420 | 2.500 |', '| Reserve kunstgras | 1.380 | 260 | 310 | 1.330 |', '| Reserve dorpshuizen | 455 | 35 | 75 | 415 |', '| Totaal | 4.575 | 475 | 805 | 4.245 |'])],
  ['a rounding difference of one', h('| Reserve | Stand 1-1 | Toevoeging | Onttrekking | Stand 31-12 |', std, ['| Reserve bibliotheek | 1.236 | 87 | 412 | 912 |', '| Reserve markt | 503 | 19 | 66 | 455 |'])],
  ['a PM cell makes the row unverifiable', h('| Reserve | Stand 1-1-2028 | Toevoeging | Onttrekking | Stand 31-12-2028 |', std, ['| Reserve grondbeleid | 2.900 | PM | 350 | 2.700 |', '| Reserve zwembad | 640 | 80 | 120 | 600 |'])],
  ['dashes as zero', h('| Reserve | Stand 1-1 | Toevoegingen | Onttrekkingen | Stand 31-12 |', std, ['| Reserve grondexploitaties | 5.480 | - | 730 | 4.750 |', '| Reserve sociaal domein | 2.015 | 300 | - | 2.315 |'])],
  ['a new reserve with only a dotation', h('| Reserve | Saldo begin | Dotatie | Onttrekking | Saldo eind |', std, ['| Reserve energietransitie | - | 450 | - | 450 |', '| Reserve cultuur | 310 | 20 | 50 | 280 |'])],
  ['a right transposed table', h('| (x € 1.000) | 2027 | 2028 | 2029 | 2030 |', std, ['| Stand 1 januari | 3.600 | 3.350 | 3.050 | 2.840 |', '| Toevoeging | 150 | 150 | 190 | 190 |', '| Onttrekking | 400 | 450 | 400 | 300 |', '| Stand 31 december | 3.350 | 3.050 | 2.840 | 2.730 |'], 'Verloop van de reserve herstructurering:')],
  ['a net change column', h('| Reserve | Stand 1-1-2028 | Mutatie | Stand 31-12-2028 |', '|---|---:|---:|---:|', ['| Reserve wegen | 1.800 | -250 | 1.550 |', '| Reserve natuur | 420 | 60 | 480 |'])],
  ['an extra column outside the movement', h('| Reserve | Stand 1-1 | Toevoeging | Onttrekking | Stand 31-12 | Maximum |', five, ['| Reserve weerstand | 6.200 | 300 | 500 | 6.000 | 8.000 |', '| Reserve personeel | 440 | 0 | 90 | 350 | 500 |'])],
  ['withdrawals as negatives that add up', h('| Reserve | Stand 1-1-2029 | Toevoeging | Onttrekking | Stand 31-12-2029 |', std, ['| Reserve accommodaties | 2.600 | 350 | -900 | 2.050 |', '| Reserve jeugd | 820 | 90 | -140 | 770 |'])],
  ['two withdrawal columns', h('| Reserve | Stand 1-1 | Toevoeging | Onttrekking exploitatie | Onttrekking investeringen | Stand 31-12 |', five, ['| Reserve vastgoed | 3.400 | 200 | 350 | 600 | 2.650 |', '| Reserve openbaar groen | 780 | 40 | 60 | 100 | 660 |'])],
  ['a budget table that is no movement table', h('| Programma | Begroting 2028 | Begroting 2029 | Begroting 2030 | Begroting 2031 |', std, ['| Veiligheid | 1.200 | 1.250 | 1.300 | 1.280 |', '| Onderwijs | 3.400 | 3.350 | 3.500 | 3.600 |'], 'Meerjarenraming (x € 1.000):')],
  ['release and use of provisions that add up', h('| Voorziening | Saldo begin | Dotatie | Vrijval | Aanwending | Saldo eind |', five, ['| Onderhoud scholen | 3.120 | 640 | 90 | 870 | 2.800 |', '| Pensioenen wethouders | 1.905 | 115 | 0 | 160 | 1.860 |'])],
  ['millions with a rounding difference', h('| Reserve (€ mln) | Saldo begin | Toevoeging | Onttrekking | Stand ultimo |', std, ['| Algemene reserve | 18,6 | 1,4 | 3,2 | 16,9 |', '| Reserve investeringen | 7,3 | 0,9 | 2,5 | 5,7 |'])]
]
