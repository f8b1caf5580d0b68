import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// A stated change between two levels given elsewhere: the year the change runs from may stand
// the row above (`Verschil met vorig jaar`), or a span of years counted from the sentence's own
// year (`In 2022 waren er nog 4.180, zodat er in vier jaar 380 bij zijn gekomen`). Before: 2/7 caught.

const wrong: WrongCalculation[] = [
  ['a year right before van', ['Het aantal leerlingen steeg sinds 2021 van 2.460 naar 2.910, een toename van 540 leerlingen.'], '540'],
  ['a fall with the year before van', ['De wachtlijst kromp in 2025 van 1.240 naar 1.065 aanvragen, een daling van 195 aanvragen.'], '195'],
  ['a year after vanaf, before van', ['Het aantal deelnemers liep terug, vanaf 2023 van 1.120 naar 1.046, een daling van 84 deelnemers.'], '84'],
  ['a span counted from the sentence year', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 375 leden bij zijn gekomen.'], '375'],
  ['a formation grown by inflow less outflow', ['In het vo was de instroom 142 fte en de uitstroom 118 fte, zodat de formatie met 34 fte groeide.'], '34'],
  ['flows counted by their own nouns, the change a sentence later', ['Bij de kinderopvang stonden 310 aanmeldingen tegenover 255 afmeldingen. Het aantal kindplaatsen in gebruik steeg zo met 65.'], '65'],
  ['a caseload shrunk by outflow less inflow', ['De uitstroom uit de bijstand bedroeg 212 huishoudens, de instroom 187; het bestand kromp met 35 huishoudens.'], '35'],
  ['a group grown, said in the next sentence', ['De instroom in het opleidingstraject was 64 deelnemers, de uitstroom 41 deelnemers.', 'Daarmee nam de groep met 33 deelnemers toe.'], '33'],
  ['a balance in a list item after sibling items', ['Uit de monitor blijkt:', '', '- 12 van de 20 scholen werken met invallers;', '- de uitstroom ligt op 48 fte, de instroom op 36 fte; het tekort groeit daardoor met 8 fte per jaar.'], '= 8`'],
  ['a span with a participle after the old level', ['Begin 2025 stonden 9.130 auto\'s geregistreerd in de gemeente.', 'In 2022 stonden er nog 8.420 geregistreerd, zodat er in drie jaar 610 auto\'s bij zijn gekomen.'], '610']
]

const right: Array<[string, string[]]> = [
  ['a year before van that holds', ['Het aantal leerlingen steeg sinds 2021 van 2.460 naar 2.910, een toename van 450 leerlingen.']],
  ['two changes over two spans', ['Tussen 2019 en 2023 daalde het aantal van 980 naar 910; sinds 2023 van 910 naar 1.020, een groei van 110.']],
  ['a span that holds', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 275 leden bij zijn gekomen.']],
  ['a span ending in the sentence year', ['In 2021 telde de club 2.640 leden.', 'In 2026 waren 2.915 leden ingeschreven; in vijf jaar kwamen er 275 leden bij.']],
  ['a span of another noun', ['In 2026 telt de club 2.915 leden.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar 120 vrijwilligers bij zijn gekomen.']],
  ['a formation balance that holds', ['In het vo was de instroom 142 fte en de uitstroom 118 fte, zodat de formatie met 24 fte groeide.']],
  ['flows beside a change of money', ['De instroom was 64 deelnemers, de uitstroom 41.', 'Het budget steeg met € 12.000.']],
  ['flows beside a change in percent', ['De instroom was 64 deelnemers, de uitstroom 41; de groep groeide met 36 procent.']],
  ['flows of two different nouns', ['De instroom was 64 fte, de uitstroom 41 personen; het team groeide met 30 fte.']],
  ['flows beside a count of something else', ['De uitstroom bedroeg 212 huishoudens, de instroom 187; in 2025 kwamen er 40 nieuwe vrijwilligers bij.']],
  ['a rounded span', ['Op 1 januari 2026 waren 2.915 leden ingeschreven.', 'In 2021 waren er nog 2.640 leden, zodat er in vijf jaar bijna 280 leden bij zijn gekomen.']]
]

describeCalculationBattery('calculation rules on a change against levels stated elsewhere', wrong, right, 0)
