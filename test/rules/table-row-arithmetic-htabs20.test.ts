import { tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Tables the reader takes into the model (a risk table in a chapter `Risico's`) with a column the
// model has no field for (`Kans × gevolg`, `Verwachte schade`), a change column headed `Wijziging` or
// `Verandering`, and a calculation in a row label over two year columns whose other year gives it.
// Before: 1/9 caught (the `Verandering` column, read from the data as a difference).
const risks = (head: string, rows: string[], intro = 'De risico’s met hun kans en gevolg.'): string[] => ['# Risico’s', '', intro, '', head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows]
const h = (title: string, head: string, rows: string[], before: string[] = []): string[] => [`# ${title}`, '', ...before, ...(before.length ? [''] : []), head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows]

const defects: BatteryWording[] = [
  ['a risk table with an expected-loss column off in one row', risks('| Nr | Risico | Kans | Gevolg | Kans × gevolg | Beheersmaatregel |', ['| 1 | Uitval ICT | 20% | 800 | 160 | Back-ups |', '| 2 | Stijging energieprijzen | 60% | 500 | 300 | Inkoopcontract |', '| 3 | Claims aannemers | 30% | 1.500 | 450 | Contractbeheer |', '| 4 | Tegenvaller grondverkoop | 50% | 2.200 | 1.200 | Fasering |', '| 5 | Lagere rijksbijdrage | 40% | 900 | 360 | Stelpost |']), '= 1.100'],
  ['a risk table in euros, the product column before the measures', risks('| Risico | Kans | Financieel gevolg | Risicobedrag | Maatregel |', ['| Faillissement aannemer | 10% | € 600.000 | € 60.000 | Bankgarantie |', '| Vertraging subsidie | 30% | € 250.000 | € 57.000 | Planning |', '| Schadeclaim | 20% | € 400.000 | € 80.000 | Verzekering |', '| Hogere rente | 50% | € 180.000 | € 90.000 | Vaste leningen |']), '= 75.000'],
  ['a risk table whose product column is called expected loss', risks('| Id | Risico | Kans | Impact | Verwachte schade |', ['| R-A | Wateroverlast | 25% | 2.000 | 500 |', '| R-B | Brand in gemeentehuis | 5% | 4.000 | 200 |', '| R-C | Datalek | 30% | 1.000 | 300 |', '| R-D | Uitval personeel | 70% | 600 | 420 |', '| R-E | Openeinderegeling | 50% | 1.400 | 720 |']), '= 700'],
  ['a price change column headed `Wijziging` in percent', h('Tarieven', '| Product | Tarief 2025 | Tarief 2026 | Wijziging |', ['| Paspoort | € 80 | € 84 | 5,0% |', '| Rijbewijs | € 50 | € 52 | 4,0% |', '| Huwelijk | € 400 | € 412 | 3,0% |', '| Uittreksel | € 20 | € 21 | 8,0% |']), '= 5,0%'],
  ['a count change column headed `Verandering`', h('Leerlingen', '| School | Leerlingen 2024 | Leerlingen 2026 | Verandering |', ['| De Esch | 310 | 290 | -20 |', '| Het Palet | 455 | 470 | +15 |', '| De Wieken | 198 | 221 | +32 |']), '= 23'],
  ['a `Wijziging (%)` column of amounts in thousands', h('Begroting', '| Programma | Begroting 2026 | Begroting 2027 | Wijziging (%) |', ['| Sociaal domein | 42.000 | 44.100 | 5,0 |', '| Onderwijs | 8.000 | 8.240 | 3,0 |', '| Cultuur | 2.500 | 2.550 | 4,0 |'], ['Bedragen x € 1.000.']), '= 2,0%'],
  ['a label product over two years, one year a swapped slip (in thousands)', h('Financiën', '| Post | 2027 | 2028 | Totaal |', ['| Wijkcoaches (4 fte × € 65.000) | 260 | 206 | 466 |', '| Activiteiten | 50 | 50 | 100 |', '| Communicatie | 15 | 10 | 25 |'], ['Bedragen x € 1.000.']), '= 260.000'],
  ['a label product over two years in euros, one digit off in the first year', h('Financiën', '| Onderdeel | 2026 | 2027 |', ['| Inloopspreekuur (2 fte × € 70.000) | € 150.000 | € 140.000 |', '| Materiaal | € 12.000 | € 12.000 |'], []), '= 140.000'],
  ['a label division over two years, one year swapped', h('Kosten', '| Onderdeel | 2026 | 2027 |', ['| Onderzoek (€ 94.000 / 2 jaar) | 74 | 47 |', '| Inhuur | 30 | 30 |'], ['Bedragen x € 1.000.']), '= 47.000']
]

const clean: CleanWording[] = [
  ['a risk table whose products hold', risks('| Nr | Risico | Kans | Gevolg | Kans × gevolg | Beheersmaatregel |', ['| 1 | Uitval ICT | 20% | 800 | 160 | Back-ups |', '| 2 | Stijging energieprijzen | 60% | 500 | 300 | Inkoopcontract |', '| 3 | Claims aannemers | 30% | 1.500 | 450 | Contractbeheer |', '| 4 | Tegenvaller grondverkoop | 50% | 2.200 | 1.100 | Fasering |', '| 5 | Lagere rijksbijdrage | 40% | 900 | 360 | Stelpost |', '| | Totaal | | 5.900 | 2.370 | |'])],
  ['a risk table with a maximum and a budgeted amount that is no product', risks('| Nr | Risico | Kans | Maximaal gevolg | Opgenomen in begroting |', ['| 1 | Uitval ICT | 20% | 800 | 100 |', '| 2 | Energieprijzen | 60% | 500 | 250 |', '| 3 | Claims | 30% | 1.500 | 600 |', '| 4 | Grondverkoop | 50% | 2.200 | 0 |'])],
  ['a change column in percent that holds with rounding', h('Tarieven', '| Product | Tarief 2025 | Tarief 2026 | Wijziging |', ['| Paspoort | € 81,35 | € 84,20 | 3,5% |', '| Rijbewijs | € 49,80 | € 51,60 | 3,6% |', '| Huwelijk | € 410 | € 423 | 3,2% |'])],
  ['a `Wijziging` column of words beside two years', h('Tarieven', '| Product | 2025 | 2026 | Wijziging |', ['| Paspoort | € 80 | € 84 | indexatie |', '| Rijbewijs | € 50 | € 50 | geen |', '| Huwelijk | € 400 | € 350 | verlaagd |'])],
  ['a label product whose second year is indexed', h('Financiën', '| Post | 2027 | 2028 | Totaal |', ['| Wijkcoaches (4 fte × € 65.000) | 260 | 268 | 528 |', '| Activiteiten | 50 | 50 | 100 |'], ['Bedragen x € 1.000.'])],
  ['a label product that starts halfway the first year', h('Financiën', '| Post | 2027 | 2028 |', ['| Wijkcoaches (4 fte × € 65.000) | 130 | 260 |', '| Activiteiten | 50 | 50 |'], ['Bedragen x € 1.000.'])],
  ['a label product with a one-off set-up in the first year', h('Financiën', '| Post | 2027 | 2028 |', ['| Buurtbus (2 chauffeurs × € 40.000) | 125 | 80 |', '| Activiteiten | 50 | 50 |'], ['Bedragen x € 1.000.'])]
]

describeBattery(tableRowArithmetic, defects, clean, 9)
