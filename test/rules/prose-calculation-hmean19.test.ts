import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmean19: a mean of a counted thing per counted unit whose total and count stand in a table of
// the section (its total row, or its rows), written in the wordings authors use: an adjective before
// the thing or the unit (`gemiddeld 30 ingeschreven leerlingen`, `per netto hectare`), `het
// gemiddelde` instead of `gemiddeld`, `gemiddeld op`, the unit first and a unit of time after the
// thing (`een handhaver komt gemiddeld op 400 controles per jaar`). Look-alikes: the mean right
// within its rounding, another column of the table that holds, a row the sentence names, a norm,
// a noun no column counts, a year the table does not hold.

const table = (intro: string, head: string, rows: string[]): string[] => [intro, '', head, `|${head.split('|').slice(1, -1).map(() => '---').join('|')}|`, ...rows, '']
const body = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

const schools = table('De tabel geeft per wijk het aantal basisscholen en de ingeschreven leerlingen.', '| Wijk | Scholen | Leerlingen |', ['| Noord | 5 | 1.150 |', '| Zuid | 4 | 1.020 |', '| Oost | 3 | 730 |', '| Totaal | 12 | 2.900 |'])
const sites = table('Bedrijventerreinen in 2026:', '| Terrein | Bruto (ha) | Netto (ha) | Bedrijven |', ['| De Hoef | 40 | 30 | 150 |', '| Kanaal | 60 | 50 | 210 |', '| Totaal | 100 | 80 | 360 |'])
const houses = table('Buurthuizen en activiteiten in 2025:', '| Wijk | Buurthuizen | Activiteiten |', ['| Noord | 3 | 270 |', '| Midden | 2 | 150 |', '| Zuid | 3 | 220 |', '| Totaal | 8 | 640 |'])
const teams = table('De handhavingsteams in 2025:', '| Team | Handhavers | Controles per jaar |', ['| Centrum | 4 | 1.500 |', '| Buitengebied | 5 | 1.650 |', '| Totaal | 9 | 3.150 |'])
const youth = table('Jongeren per kern (stand 1 januari 2026):', '| Kern | Jongeren | Werkzoekend |', ['| Aldorp | 900 | 44 |', '| Berghem | 500 | 22 |', '| Cooten | 350 | 18 |', '| Dijkum | 250 | 12 |', '| Totaal | 2.000 | 96 |'])

const defects: BatteryWording[] = [
  ['adjective before the thing', body(...schools, 'Op een school zitten gemiddeld ruim 300 ingeschreven leerlingen.'), '300'],
  ['adjective before the unit, ha for hectare', body(...sites, 'Per netto hectare zijn gemiddeld 6 bedrijven gevestigd.'), '6'],
  ['working people for a column of jobs', body(...table('Werkgelegenheid op de terreinen:', '| Terrein | Uitgegeven (ha) | Banen |', ['| De Hoef | 30 | 1.240 |', '| Kanaal | 50 | 1.960 |', '| Totaal | 80 | 3.200 |']), 'Op een uitgegeven hectare werken gemiddeld bijna 55 mensen.'), '55'],
  ['ruim with a round number below it', body(...houses, 'Een buurthuis had vorig jaar gemiddeld ruim 90 activiteiten.'), '90'],
  ['het gemiddelde instead of gemiddeld', body(...houses, 'Over alle wijken samen lag het gemiddelde op 95 activiteiten per buurthuis.'), '95'],
  ['gemiddeld op, unit first and per jaar after the thing', body(...teams, 'Een handhaver komt gemiddeld op ruim 420 controles per jaar.'), '420'],
  ['adjective that names its own column', body(...youth, 'In de vier kernen wonen gemiddeld 30 werkzoekende jongeren per kern.'), '30']
]

const clean: CleanWording[] = [
  ['adjective before the thing, right within ruim', body(...schools, 'Op een school zitten gemiddeld ruim 240 ingeschreven leerlingen.')],
  ['another column of the table holds (bruto)', body(...sites, 'Per bruto hectare zijn gemiddeld 3,6 bedrijven gevestigd.')],
  ['het gemiddelde, right', body(...houses, 'Over alle wijken samen lag het gemiddelde op 80 activiteiten per buurthuis.')],
  ['a row the sentence names', body(...houses, 'In Noord lag het gemiddelde op 90 activiteiten per buurthuis.')],
  ['gemiddeld op, right', body(...teams, 'Een handhaver komt gemiddeld op zo\'n 350 controles per jaar.')],
  ['ruim with a round number, right', body(...houses, 'Per buurthuis waren er gemiddeld ruim 80 activiteiten.')],
  ['a norm, no mean word', body(...teams, 'De landelijke norm is 400 controles per handhaver per jaar.')],
  ['a noun no column counts', body(...houses, 'Per buurthuis zijn gemiddeld 12 vrijwilligers actief.')],
  ['a year the table does not hold', body(...teams, 'In 2019 kwam een handhaver gemiddeld op 420 controles per jaar.')],
  ['working people, right', body(...table('Werkgelegenheid op de terreinen:', '| Terrein | Uitgegeven (ha) | Banen |', ['| De Hoef | 30 | 1.240 |', '| Kanaal | 50 | 1.960 |', '| Totaal | 80 | 3.200 |']), 'Op een uitgegeven hectare werken gemiddeld 40 mensen.')],
  ['adjective column, right', body(...youth, 'In de vier kernen wonen gemiddeld 24 werkzoekende jongeren per kern.')]
]

describeBattery(proseCalculation, defects, clean, 7)

// hmean19, second shape: a mean over years whose values or count stand elsewhere — the plan's own
// period named as `de periode van deze nota`, a list of yearly values with their years between the
// list and the mean, a table with a row per year below a count of its years. Look-alikes: the
// mean right, a period of another document, years that are not the listed values' own, a count of
// years other than the table's rows.

const yearly = table('Meldingen per jaar:', '| Jaar | Meldingen | Afgehandeld |', ['| 2021 | 310 | 290 |', '| 2022 | 290 | 280 |', '| 2023 | 350 | 330 |', '| 2024 | 330 | 320 |'])

const yearDefects: BatteryWording[] = [
  ['the plan period named as de periode van deze nota', body('De regio vraagt 1.800 extra woningen.', 'In de periode van deze nota bouwen we daarvoor gemiddeld 260 woningen per jaar.'), '260'],
  ['the plan period, a sum of two counts', body('Er zijn 900 plekken voor jongeren nodig; daarnaast vragen de scholen 300 plekken, zodat het om 1.200 plekken gaat.', 'Dat zijn er in de periode van dit programma gemiddeld ruim 350 per jaar.'), '350'],
  ['yearly values with their years between list and mean', body('De wachttijd voor een keukentafelgesprek was 6, 8 en 10 dagen in 2023, 2024 en 2025, gemiddeld 9 dagen.'), '9'],
  ['years before the values, mean in the clause after', body('In 2022, 2023, 2024 en 2025 telden we 40, 46, 52 en 58 bezoekers per avond, gemiddeld 52 bezoekers.'), '52'],
  ['a table with a row per year', body(...yearly, 'Over de vier jaren samen kwamen er gemiddeld 335 meldingen per jaar binnen.'), '335'],
  ['a table with a row per year, afgehandeld', body(...yearly, 'In deze vier jaar handelden we gemiddeld 325 meldingen per jaar af.'), '325']
]

const yearClean: CleanWording[] = [
  ['the plan period, right', body('De regio vraagt 1.800 extra woningen.', 'In de periode van deze nota bouwen we daarvoor gemiddeld 450 woningen per jaar.')],
  ['a period of another document', body('De regio vraagt 1.800 extra woningen.', 'In de periode van het regionale woonakkoord bouwden we gemiddeld 260 woningen per jaar.')],
  ['yearly values with their years, right', body('De wachttijd voor een keukentafelgesprek was 6, 8 en 10 dagen in 2023, 2024 en 2025, gemiddeld 8 dagen.')],
  ['years that are not the values\' own', body('De wachttijd was 6, 8 en 10 dagen; tussen 2023 en 2025 gemiddeld 9 dagen bij de andere teams.')],
  ['a table with a row per year, right', body(...yearly, 'Over de vier jaren samen kwamen er gemiddeld 320 meldingen per jaar binnen.')],
  ['a count of years other than the rows', body(...yearly, 'Over de laatste twee jaren kwamen er gemiddeld 340 meldingen per jaar binnen.')],
  ['a mean per year of another noun', body(...yearly, 'Over de vier jaren samen kwamen er gemiddeld 120 klachten per jaar binnen.')]
]

describeBattery(proseCalculation, yearDefects, yearClean, 6, { periode: '2027-2030' })

// hmean19, third shape: a mean in euros per counted thing whose count the sentence gives and whose
// total is the row of a table the sentence names (the budget or what was spent; in a table of
// years, the year the sentence names, in thousands when the table says so). Look-alikes: a mean
// one amount of the row gives (spent or budgeted), a bound, a year the table lacks, two rows
// named, a mean per a noun the sentence does not count.

const schemes = table('Uitputting van de regelingen:', '| Regeling | Budget 2026 | Besteed 2026 |', ['| Schoolkosten | € 80.000 | € 62.400 |', '| Sportdeelname | € 45.000 | € 44.000 |', '| Totaal | € 125.000 | € 106.400 |'])
const tasks = table('Lasten per taak (x € 1.000):', '| Taak | 2026 | 2027 | 2028 |', ['| Bijdrage GGD | 1.240 | 1.302 | 1.350 |', '| Leerlingenvervoer | 880 | 910 | 930 |'])

const rowDefects: BatteryWording[] = [
  ['spent and budget both off', body(...schemes, 'De regeling schoolkosten bereikte 240 gezinnen, met gemiddeld € 300 per gezin.'), '300'],
  ['bij … inwoners, a year column in thousands', body(...tasks, 'Bij 31.000 inwoners betalen we in 2027 € 45 per inwoner voor het leerlingenvervoer.'), '45'],
  ['omgerekend, another year', body(...tasks, 'Omgerekend kost het leerlingenvervoer in 2028 bij 31.000 inwoners € 25 per inwoner.'), '25'],
  ['neer op, count of children', body(...schemes, 'De sportdeelname kwam bij 110 kinderen neer op gemiddeld € 480 per kind.'), '480']
]

const rowClean: CleanWording[] = [
  ['the amount spent gives the mean', body(...schemes, 'De regeling schoolkosten bereikte 240 gezinnen, met gemiddeld € 260 per gezin.')],
  ['the budget gives the mean', body(...schemes, 'De regeling schoolkosten bereikte 240 gezinnen, met gemiddeld € 333 per gezin aan budget.')],
  ['a bound per child', body(...schemes, 'Voor de sportdeelname krijgen 110 kinderen maximaal € 450 per kind.')],
  ['a year the table lacks', body(...tasks, 'Bij 31.000 inwoners betaalden we in 2024 € 25 per inwoner voor het leerlingenvervoer.')],
  ['two rows named', body(...schemes, 'De schoolkosten en de sportdeelname bereikten samen 350 gezinnen, gemiddeld € 280 per gezin.')],
  ['a mean per a noun not counted', body(...schemes, 'De regeling schoolkosten bereikte 240 gezinnen, met gemiddeld € 130 per kind.')]
]

describeBattery(proseCalculation, rowDefects, rowClean, 4)
