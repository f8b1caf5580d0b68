import { describe, expect, it } from 'vitest'
import { percentageClaimCheck, tableRowArithmetic } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import { wordingReasons, type CleanWording } from './wordings.js'

// A percentage column whose whole is a row of the table that says 100% (`Aangemeld | 640 | 100%`)
// rather than a row `Totaal`: the other rows are parts of that row, not of the column's sum.
// Before: 0/5 caught, and 0/5 wrong table cells given one message (both rules reported them).
const h = (title: string, head: string, rows: string[], before = 'De uitkomsten staan in de tabel.'): string[] => [`# ${title}`, '', before, '', head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows]

const defects: BatteryWording[] = [
  ['a funnel table whose base row leads', h('Resultaten', '| Stap | Aantal | Aandeel |', ['| Aangeschreven | 1.200 | 100% |', '| Gereageerd | 540 | 45% |', '| Intake gehad | 300 | 30% |', '| Traject gestart | 180 | 15% |']), '300 van 1.200'],
  ['a base row that closes the table', h('Bereik', '| Groep | Deelnemers | % |', ['| Met diploma | 84 | 70% |', '| Met werk binnen een jaar | 51 | 50% |', '| Gestopt | 12 | 10% |', '| Ingestroomd | 120 | 100% |']), '51 van 120'],
  ['a base row with shares written as `procent`', h('Handhaving', '| Controle | Aantal | Percentage |', ['| Gecontroleerde panden | 250 | 100 procent |', '| Met overtreding | 60 | 24 procent |', '| Hersteld na waarschuwing | 45 | 22 procent |', '| Boete opgelegd | 15 | 6 procent |']), '45 van 250'],
  ['a pilot table with the share column before the counts', h('Pilot', '| Uitkomst | Aandeel | Huishoudens |', ['| Bezocht | 100% | 640 |', '| Advies gekregen | 75% | 480 |', '| Maatregel genomen | 40% | 256 |', '| Doorverwezen | 9% | 48 |']), '48 van 640'],
  ['a longer funnel with more steps', h('Schuldhulp', '| Fase | Aantal | Aandeel |', ['| Aanmeldingen | 900 | 100% |', '| Eerste gesprek | 720 | 80% |', '| Stabilisatie | 450 | 50% |', '| Schuldregeling | 270 | 35% |', '| Afgerond | 180 | 20% |']), '270 van 900']
]

const clean: CleanWording[] = [
  ['a funnel table whose shares hold', h('Resultaten', '| Stap | Aantal | Aandeel |', ['| Aangeschreven | 1.200 | 100% |', '| Gereageerd | 540 | 45% |', '| Intake gehad | 300 | 25% |', '| Traject gestart | 180 | 15% |'])],
  ['a completion column where one project is done', h('Projecten', '| Project | Woningen | Gereed |', ['| Kloosterveld | 240 | 100% |', '| Molenhoek | 120 | 60% |', '| De Hooge Akker | 80 | 25% |'])],
  ['shares of each row’s own group beside a 100% row', h('Bereik', '| Wijk | Inwoners | Bereikt |', ['| Centrum | 4.000 | 100% |', '| Noord | 6.000 | 45% |', '| Zuid | 5.000 | 38% |'])],
  ['a base row whose parts are shares of a step above', h('Resultaten', '| Stap | Aantal | Aandeel van de stap ervoor |', ['| Aangeschreven | 1.000 | 100% |', '| Gereageerd | 400 | 40% |', '| Intake gehad | 300 | 75% |', '| Traject gestart | 150 | 50% |'])],
  ['a 100% row that is no larger than the others', h('Scores', '| School | Leerlingen | Geslaagd |', ['| De Linde | 60 | 100% |', '| Het Anker | 120 | 95% |', '| De Bron | 90 | 92% |'])]
]

describeBattery(percentageClaimCheck, defects, clean, 5)

// A wrong product, share or change in a table row is one defect: when percentage-claim-check judges
// the row's percentage wrong, table-row-arithmetic leaves the row to it.
const once: Array<[string, string[]]> = [
  ['a risk table with a wrong expected loss', h('Risicoparagraaf', '| Nr | Risico | Kans | Gevolg | Kans × gevolg |', ['| 1 | Jeugdhulp | 50% | 1.800 | 900 |', '| 2 | Grond | 30% | 2.000 | 600 |', '| 3 | Energie | 20% | 1.500 | 300 |', '| 4 | Claims | 40% | 700 | 320 |'])],
  ['a wrong growth percentage of two prices', h('Tarieven', '| Product | Tarief 2025 | Tarief 2026 | Stijging |', ['| Paspoort | € 80 | € 84 | 5,0% |', '| Rijbewijs | € 50 | € 52 | 4,0% |', '| Uittreksel | € 20 | € 21 | 8,0% |'])],
  ['a wrong change in a `Toename` column of counts', h('Leden', '| Vereniging | Leden 2024 | Leden 2025 | Toename |', ['| Hockey | 400 | 440 | 10% |', '| Tennis | 250 | 275 | 10% |', '| Voetbal | 600 | 630 | 8% |'])],
  ['a share column off', h('Onderwijs', '| School | Leerlingen | Met taalachterstand | Aandeel |', ['| De Linde | 400 | 60 | 15% |', '| Het Anker | 250 | 50 | 25% |', '| De Bron | 500 | 100 | 20% |'])],
  ['a change percentage beside a change in numbers', h('Sport', '| Club | Leden 2023 | Leden 2025 | Groei | Groei (%) |', ['| Hockey | 400 | 440 | 40 | 10% |', '| Tennis | 250 | 275 | 25 | 10% |', '| Voetbal | 600 | 630 | 30 | 8% |'])]
]

describe('one message for one wrong table cell', () => {
  it.each(once)('should report %s once', async (_name, body) => {
    const reasons = [...(await wordingReasons(percentageClaimCheck, body)), ...(await wordingReasons(tableRowArithmetic, body))]
    expect(reasons).toHaveLength(1)
  })
})
