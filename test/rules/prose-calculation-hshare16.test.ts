import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hshare16, a percentage of an amount or count whose result a gate does not reach: fresh wordings
// written before reading the rule's code. (1) `P% over X`, with the result a bare amount in
// apposition, after `ofwel`, `bedraagt` or `levert … op`, the base before or after the rate, in a
// list item. (2) A rate set in one sentence (`ten hoogste 15 procent van de …`, `een kwart van de …`)
// applied to a count or amount in the next (`Bij de geplande 360 woningen zijn dat er hooguit 60`).
// Look-alikes: the same shapes right, an amount beside the rate that is no result (`daarnaast`,
// `per kwartaal`), and a next sentence that counts another noun. Start code: 1 of 13 caught, all quiet;
// with a set-off result after the base of a percentage and a percentage carried to the next sentence: 8 of 13.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['over, bare amount in apposition, mln', body('Stichting Welzijn: 3% over de subsidie van € 2,4 mln, € 90.000.'), '90.000'],
  ['over, ofwel', body('We rekenen 5 procent over een bouwsom van € 800.000, ofwel € 48.000.'), '48.000'],
  ['over, bedraagt', body('De indexatie van 2,5% over het budget van € 1.200.000 bedraagt € 36.000.'), '36.000'],
  ['over, the base first', body('Over de loonsom van € 3 miljoen betalen we 8% premie: € 300.000.'), '300.000'],
  ['over in a list item', body('Afschrijving per accommodatie:', '', '- Sportpark Oost: 6% over de boekwaarde van € 2,5 mln, € 175.000;', '- Zwembad: nog niet bekend.'), '175.000'],
  ['over, levert op', body('Het rendement van 3,5% over het belegde vermogen van € 12 miljoen levert € 480.000 op.'), '480.000'],
  ['over, number words', body('Twintig procent over € 45.000 is € 11.000.'), '11.000'],
  ['percent of a count, the result in apposition', body('12% van de 450 deelnemers, 64 personen, krijgt een vervolgtraject.'), '64'],
  ['a rate set, applied in the next sentence', body('De gemeente reserveert maximaal 15 procent van de nieuwe sociale huurwoningen voor starters. Bij de geplande 360 woningen zijn dat er hooguit 60.'), '60'],
  ['a fraction set, applied in the next sentence', body('Voor mantelzorgers houden we een kwart van de respijtplekken vrij. Van de 52 plekken zijn dat er 15.'), '15'],
  ['a share of costs set, applied to an amount in the next sentence', body('De eigen bijdrage is 10 procent van de kosten. Bij een traject van € 6.500 betaalt de cliënt dan € 750.'), '750'],
  ['a rate in a clause, its count in the same sentence', body('Bij een leegstand van 4 procent staan van de 2.300 huurwoningen er 120 leeg.'), '120'],
  ['a rate set, applied with ruim in the next sentence', body('Ongeveer 30 procent van de jongeren sport niet. Op de 5.200 jongeren in de gemeente zijn dat er ruim 1.900.'), '1.900']
]

const clean: CleanWording[] = [
  ['over, bare amount, right', body('Stichting Welzijn: 3% over de subsidie van € 2,4 mln, € 72.000.')],
  ['over, ofwel, right', body('We rekenen 5 procent over een bouwsom van € 800.000, ofwel € 40.000.')],
  ['over, bedraagt, right', body('De indexatie van 2,5% over het budget van € 1.200.000 bedraagt € 30.000.')],
  ['a rate set, applied next, right', body('De gemeente reserveert maximaal 15 procent van de nieuwe sociale huurwoningen voor starters. Bij de geplande 360 woningen zijn dat er hooguit 54.')],
  ['a share of costs, applied next, right', body('De eigen bijdrage is 10 procent van de kosten. Bij een traject van € 6.500 betaalt de cliënt dan € 650.')],
  ['a change, then counts of something else', body('Het ziekteverzuim daalde met 2 procent. Er werken 340 mensen bij de gemeente, van wie 25 in deeltijd.')],
  ['over, an amount beside it that is no result', body('Stichting Welzijn: 3% over de subsidie van € 2,4 mln; daarnaast € 90.000 voor huisvesting.')],
  ['over, a payment per quarter', body('De rente van 4% over de lening van € 500.000 betalen we vanaf 2028 in termijnen van € 15.000 per kwartaal.')],
  ['a target share, then a count of another noun', body('Het aandeel groen stijgt naar 20 procent. Bij de 640 nieuwe woningen in de wijk komen 90 bomen.')],
  ['a rate set, applied with ruim, right', body('Ongeveer 30 procent van de jongeren sport niet. Op de 5.200 jongeren in de gemeente zijn dat er ruim 1.500.')],
  ['a tariff rise applied to a product, right', body('We verhogen de tarieven met 3 procent. Bij 1.200 abonnementen van € 250 levert dat € 9.000 extra op.')]
]

describeBattery(proseCalculation, defects, clean, 8)
