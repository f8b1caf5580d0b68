import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// A stated change between two levels given elsewhere: the year the change runs from may stand
// the row above (`Verschil met vorig jaar`), or a span of years counted from the sentence's own
// year (`In 2022 waren er nog 4.180, zodat er in vier jaar 380 bij zijn gekomen`). Before: 2/7 caught.

const wrong: WrongCalculation[] = [
  ['a year right before van', ['Het aantal leerlingen steeg sinds 2021 van 2.460 naar 2.910, een toename van 540 leerlingen.'], '540'],
  ['a fall with the year before van', ['De wachtlijst kromp in 2025 van 1.240 naar 1.065 aanvragen, een daling van 195 aanvragen.'], '195'],
  ['a year after vanaf, before van', ['Het aantal deelnemers liep terug, vanaf 2023 van 1.120 naar 1.046, een daling van 84 deelnemers.'], '84'],
  ['a span counted from the sentence year', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 375 leden bij zijn gekomen.'], '375'],
  ['a span with a participle after the old level', ['Begin 2025 stonden 9.130 auto\'s geregistreerd in de gemeente.', 'In 2022 stonden er nog 8.420 geregistreerd, zodat er in drie jaar 610 auto\'s bij zijn gekomen.'], '610']
]

const right: Array<[string, string[]]> = [
  ['a year before van that holds', ['Het aantal leerlingen steeg sinds 2021 van 2.460 naar 2.910, een toename van 450 leerlingen.']],
  ['two changes over two spans', ['Tussen 2019 en 2023 daalde het aantal van 980 naar 910; sinds 2023 van 910 naar 1.020, een groei van 110.']],
  ['a span that holds', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 275 leden bij zijn gekomen.']],
  ['a span ending in the sentence year', ['In 2021 telde de club 2.640 leden.', 'In 2026 waren 2.915 leden ingeschreven; in vijf jaar kwamen er 275 leden bij.']],
  ['a span of another noun', ['In 2026 telt de club 2.915 leden.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 120 vrijwilligers bij zijn gekomen.']],
  ['a rounded span', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar bijna 280 leden bij zijn gekomen.']]
]

describeCalculationBattery('calculation rules on a change against levels stated elsewhere', wrong, right, 0)
