import { financeNetStatedVsComputed, financeSumMismatch, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { describeWordings, wordingReasons, type CleanWording, type DefectWording } from './wordings.js'

// Shapes of calculations that plans written blind by other authors use and the first wordings
// did not cover: a rate per counted unit with a count of those units and a result (also across a
// sentence that points back, and numbers that are no amounts), a count followed by `elk`, a
// change with its difference first, and a change in a unit other than euros.
const proseDefects: DefectWording[] = [
  ['a count, a rate per that unit, samen', ['# Groen', '', 'In de zomer maaien we de negen stadsparken; we rekenen met € 14.000 per park, samen € 136.000.'], '`126.000`'],
  ['a count, a rate per unit per year, samen', ['# Spelen', '', 'Voor de acht speeltuinen in de kernen trekken we € 6.500 per speeltuin per jaar uit, samen € 58.000.'], '`52.000`'],
  ['a rate per unit, then the count, samen', ['# Welzijn', '', 'De vergoeding is € 250 per vrijwilliger voor de 120 vrijwilligers in de wijkteams, samen € 32.000.'], '`30.000`'],
  ['a rate, and the count in a sentence that points back', ['# Gezondheid', '', 'Het Rijk betaalt € 2,40 per inwoner. Met 52.000 inwoners komt de bijdrage daarmee op € 134.800.'], '`124.800`'],
  ['a mean count per day over days', ['# Cultuur', '', 'De bibliotheek leent gemiddeld 340 boeken per dag uit; over 250 openingsdagen zijn dat er 95.000.'], '`85.000`'],
  ['visits per week over working weeks', ['# Zorg', '', 'Het wijkteam voert 18 huisbezoeken per week uit; in 46 werkweken zijn dat 928 bezoeken.'], '`828`'],
  ['a count, then elk hours, samen', ['# Jeugd', '', 'Het team telt vier jongerenwerkers. Met elk 1.200 uren per jaar hebben zij samen 5.200 uur beschikbaar.'], '`4.800`'],
  ['a count, then ieder hours, samen', ['# Handhaving', '', 'De gemeente zet vijf handhavers in. Zij werken ieder 1.300 uur per jaar aan toezicht; daarmee zijn zij samen 7.500 uur inzetbaar.'], '`6.500`'],
  ['a rise with the difference first', ['# Onderwijs', '', 'De kosten van het leerlingenvervoer stijgen in 2027 met € 64.000, van € 910.000 naar € 984.000.'], '`74.000`'],
  ['a fall with the difference first', ['# Cultuur', '', 'De subsidie aan de bibliotheek daalt met € 35.000, van € 480.000 naar € 455.000.'], '`25.000`'],
  ['a fall in minutes', ['# Dienstverlening', '', 'Een daling van 42 naar 30 minuten wachttijd betekent 8 minuten minder.'], '`12`'],
  ['a rate per week over weeks in a list after a percentage', ['# Zorg', '', '- De thuiszorg kreeg 2.300 meldingen, 12% meer dan vorig jaar.', '- Per wijk waren dat er gemiddeld 15 per week; over 52 weken zijn dat er 880 per wijk.'], '`780`'],
  ['a rise in members', ['# Sport', '', 'Een toename van 1.250 naar 1.610 leden is 460 leden meer dan vorig jaar.'], '`360`']
]

const proseClean: CleanWording[] = [
  ['a count and a rate per unit that hold', ['# Groen', '', 'Voor de negen stadsparken rekenen we met € 14.000 per park, samen € 126.000.']],
  ['a rate per year over the years', ['# Spelen', '', 'Voor de acht speeltuinen rekenen we met € 6.500 per speeltuin per jaar, over vier jaar samen € 208.000.']],
  ['a rate per another unit than the count', ['# Spelen', '', 'Voor de acht speeltuinen rekenen we met € 6.500 per bank, samen € 60.000.']],
  ['a rate and a count in a sentence that points back, holding', ['# Gezondheid', '', 'Het Rijk betaalt € 2,40 per inwoner. Met 52.000 inwoners komt de bijdrage daarmee op € 124.800.']],
  ['a budget per year and the costs over years', ['# Financiën', '', 'De gemeente heeft een budget van € 300.000 per jaar. Over de vier jaren samen zijn de kosten € 1,4 miljoen.']],
  ['a mean per day within its rounding', ['# Cultuur', '', 'De bibliotheek leent gemiddeld 340 boeken per dag uit; over 250 openingsdagen zijn dat er ongeveer 85.000.']],
  ['visits per week that hold', ['# Zorg', '', 'Het wijkteam voert 18 huisbezoeken per week uit; in 46 werkweken zijn dat 828 bezoeken.']],
  ['trips per day and passengers', ['# Mobiliteit', '', 'De pont vaart 24 keer per dag; in 30 dagen zijn dat 700 passagiers.']],
  ['a count, elk hours, holding', ['# Jeugd', '', 'Het team telt vier jongerenwerkers. Met elk 1.200 uren per jaar hebben zij samen 4.800 uur beschikbaar.']],
  ['two counts before elk', ['# Sport', '', 'Er komen drie buurtsportcoaches en twee consulenten. Zij krijgen elk € 45.000, samen € 225.000.']],
  ['a rise with the difference first, holding', ['# Onderwijs', '', 'De kosten van het leerlingenvervoer stijgen in 2027 met € 74.000, van € 910.000 naar € 984.000.']],
  ['a yearly rise over years', ['# Wonen', '', 'De huren stijgen met € 20.000 per jaar, van € 100.000 in 2026 naar € 180.000 in 2030.']],
  ['a rate per week over weeks in a list, holding', ['# Zorg', '', '- De thuiszorg kreeg 2.300 meldingen, 12% meer dan vorig jaar.', '- Per wijk waren dat er gemiddeld 15 per week; over 52 weken zijn dat er 780 per wijk.']],
  ['a fall in minutes, holding', ['# Dienstverlening', '', 'Een daling van 42 naar 30 minuten wachttijd betekent 12 minuten minder.']],
  ['a rise in members as a percentage', ['# Sport', '', 'Een toename van 1.250 naar 1.610 leden is 22 procent meer.']],
  ['a fall per person and a total in tonnes', ['# Afval', '', 'Een daling van 120 naar 100 kilo per inwoner betekent 900 ton minder restafval.']]
]

describeWordings(proseCalculation, proseDefects, proseClean)

describe('calculation shapes, once', () => {
  it.each(proseDefects)('should leave %s to prose-calculation alone', async (_name, body) => {
    expect(await wordingReasons(financeNetStatedVsComputed, body)).toEqual([])
  })
})

// A calculation written out in a cell of an action table (a budget column), not in prose.
const agenda = (cell: string): string[] => [
  '# Uitvoeringsagenda',
  '',
  'Bedragen in de kolom Budget zijn x € 1.000.',
  '',
  '## Samen actief',
  '',
  '| Nr | Actie | Resultaat | Trekker | Start | Gereed | Budget (x € 1.000) |',
  '|---|---|---|---|---|---|---|',
  `| 2.1 | Bankjes langs de wandelroutes | Rustpunten om de kilometer | Gemeente | mrt 2026 | okt 2026 | ${cell} |`,
  '| 2.2 | Beweegmaatje voor ouderen | Twintig koppels | Welzijnsstichting | 2026 | 2027 | 15 |'
]
describeWordings(
  financeNetStatedVsComputed,
  [
    ['a product in an action budget cell', agenda('4 × 12 = 52'), '`48`'],
    ['a sum in an action budget cell', agenda('25 + 10 = 45'), '`35`']
  ],
  [
    ['a product in an action budget cell that holds', agenda('4 × 12 = 48')],
    ['a sum in an action budget cell that holds', agenda('25 + 10 = 35')],
    ['an action budget cell without a calculation', agenda('PM')]
  ]
)

// A total further off than rounding to the nearest step can explain: half a step per amount.
const middelen = (total: string, note: boolean, unit = 'x € 1 mln'): string[] => [
  '# Financiën',
  '',
  ...(note ? ['Door afronding kunnen totalen afwijken van de som.', ''] : []),
  `| Bron (${unit}) | 2026 | 2027 |`,
  '|---|---|---|',
  '| Rijksbijdrage | 2,1 | 2,3 |',
  '| Provincie | 3,4 | 3,4 |',
  '| Eigen middelen | 1,2 | 1,1 |',
  `| Totaal | 6,7 | ${total} |`
]
const lasten = (total: string, note: boolean): string[] => [
  '# Financiën',
  '',
  ...(note ? ['Verschillen door afronding.', ''] : []),
  '| Lasten (x € 1.000) | 2026 |',
  '|---|---|',
  '| Jongerenwerk | 12 |',
  '| Buurtsport | 25 |',
  '| Speeltuinen | 8 |',
  '| Welzijn | 30 |',
  `| Totaal | ${total} |`
]
describeWordings(
  financeSumMismatch,
  [
    ['a total 0,3 off with three amounts in tenths, noted rounding', middelen('7,1', true), 'meer dan afronding'],
    ['a total 3 off with four amounts in thousands', lasten('78', false), 'meer dan afronding']
  ],
  [
    ['a total within half a step per amount, noted rounding', middelen('6,9', true)],
    ['a total within rounding of four amounts, noted', lasten('77', true)],
    ['a total that holds', lasten('75', false)]
  ]
)
