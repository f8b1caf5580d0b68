import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 10 battery, written before reading the rule: a window already past on the document's own
// `datum`, spoken of as still to come, through a verb of expectation or intention with a
// te-infinitive (`verwacht … te gunnen`, `hoopt … te kunnen`, `is van plan om … te`), through
// `naar verwachting`, or through a present tense with future meaning; also across a soft line
// break, a relative clause, emphasis and a distractor year. Look-alikes: the same verbs in the
// past, a window not yet past, a year that contains the datum, a source named by its month, and
// states that began at a past moment and still hold (`sinds`, `vanaf`, `per … geldt`).
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', periode: '2027-2030', datum: '2026-09-15' }
const p = (...lines: string[]): string[] => ['# Planning', '', ...lines]

const defects: BatteryWording[] = [
  ['an expectation with a separable te-infinitive', p('Het college verwacht de aanbesteding in juni 2026 af te ronden.')],
  ['a hope with te kunnen', p('We hopen de nieuwe huisvesting in het voorjaar van 2026 te kunnen betrekken.')],
  ['a present with future meaning and a separable verb', p('De provincie maakt begin februari 2026 bekend welke gemeenten subsidie krijgen.')],
  ['a present with a light verb', p('De minister neemt in mei 2026 een besluit over de bekostiging.')],
  ['het is de bedoeling om … te', p('Het is de bedoeling om de nieuwe regeling per 1 juli 2026 in te voeren.')],
  ['streven ernaar … te', p('We streven ernaar het onderzoek in het eerste kwartaal van 2026 af te ronden.')],
  ['naar verwachting with is gereed', p('Naar verwachting is de renovatie van de sporthal in maart 2026 gereed.')],
  ['denkt … te kunnen', p('Het college denkt de raad vóór de zomer van 2026 te kunnen informeren.')],
  ['is van plan om … te', p('De werkgroep is van plan om in april 2026 met de eerste gesprekken te beginnen.')],
  ['a distractor year after the past window', p('Het Rijk stelt in januari 2026 voor 2027 extra geld beschikbaar.')],
  ['an expectation over a soft line break', p('Het college verwacht de contracten in', 'mei 2026 te kunnen ondertekenen.')],
  ['the window in emphasis', p('Het nieuwe jongerencentrum opent **in juni 2026** zijn deuren.')],
  ['a relative clause before the verb', p('De regeling, die door de provincie wordt betaald, start op 1 maart 2026.')],
  ['rekenen erop dat … wordt', p('Wij rekenen erop dat de vergunning in juli 2026 wordt verleend.')],
  ['naar verwachting with a present verb', p('De gemeenteraad beslist naar verwachting in februari 2026 over het voorstel.')],
  ['a plural noun on -ten before the moment', p('Het college verwacht de nieuwe contracten in maart 2026 te kunnen gunnen.')],
  ['a question clause with a later year after the past moment', p('Het Rijk maakt in februari 2026 bekend hoeveel geld gemeenten in 2028 krijgen.')],
  ['an intention with zijn voornemens', p('We zijn voornemens de raad in augustus 2026 een voorstel te doen.')]
]

const clean: BatteryWording[] = [
  ['the expectation in the past', p('Het college verwachtte de aanbesteding in juni 2026 af te ronden, maar dat is uitgesteld.')],
  ['an expectation of a window still to come', p('Het college verwacht de aanbesteding in december 2026 af te ronden.')],
  ['a year that contains the datum', p('Het college verwacht de contracten in 2026 te gunnen.')],
  ['a perfect with a modal', p('In maart 2026 hebben we de contracten kunnen gunnen.')],
  ['a past form of a separable verb', p('De provincie maakte eind januari 2026 bekend welke gemeenten subsidie krijgen.')],
  ['a state since a past date', p('Sinds 1 maart 2026 geldt de nieuwe regeling voor alle inwoners.')],
  ['a past relative clause', p('De regeling die op 1 maart 2026 is ingegaan, evalueren we in 2028.')],
  ['a source named by its month', p('Uit de monitor van april 2026 blijkt dat het aantal meldingen daalt.')],
  ['an agreement named by its month', p('Zoals in het akkoord van januari 2026 staat, krijgt elke wijk een buurtteam.')],
  ['figures over a past quarter', p('De cijfers over het eerste kwartaal van 2026 laten een daling zien.')],
  ['a past count on a date', p('Op 1 maart 2026 waren er 412 huishoudens in beeld.')],
  ['a rise since a month', p('Het aantal aanvragen stijgt sinds januari 2026 elke maand.')],
  ['a tariff that applies from a past date', p('Het tarief dat per 1 januari 2026 geldt, blijft in 2027 gelijk.')],
  ['a lasting state from a past date on', p('Vanaf 1 januari 2026 werken alle buurtteams vanuit de scholen.')],
  ['a noun on -ten before the moment, in the past', p('De nieuwe contracten werden in maart 2026 gegund.')],
  ['a law in force since a month', p('De wet die sinds juli 2026 van kracht is, verplicht gemeenten tot een plan.')],
  ['an expectation about effects of past measures', p('Het college verwacht dat de effecten van de maatregelen uit maart 2026 pas in 2028 zichtbaar worden.')],
  ['a hope in the past with te kunnen', p('We hoopten de huisvesting in het voorjaar van 2026 te kunnen betrekken.')]
]

describeBattery(staleStatement, defects, clean, 16, front)
