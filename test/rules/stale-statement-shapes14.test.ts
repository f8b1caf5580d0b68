import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 14 battery, written before reading the rule again: a present tense used as a future with a
// time phrase of a season or part of a year (`in het voorjaar van`, `in de zomer van`, `in het
// najaar van`, `begin`, `medio`, `in de loop van`) that lay behind the document date, by another
// party as subject, followed by a consequence clause, a line break or a distractor count.
// Look-alikes: the same season still ahead, a past or perfect tense, a season of the document's
// own year that is still running, a state that holds since a past season, a report of a figure.
// Start code: 11 of 12 caught (before the two possessive wordings were added after reading the
// miss: `zijn` after a preposition was read as the auxiliary of a perfect, and the finite verb
// `besluit` as its participle); a historic present about a season long gone stays open (other
// batteries want a season two years back reported).
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2026-2029', periode: '2026-2029', datum: '2026-11-20' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['another party decides in a past spring', p('De provincie besluit in het voorjaar van 2026 over de nieuwe subsidieregeling; de uitkomst bepaalt hoeveel we kunnen doen.'), '2026'],
  ['a board decides in a past summer', p('Het bestuur van de veiligheidsregio neemt in de zomer van 2025 een besluit over de nieuwe kazerne.'), '2025'],
  ['a ministry publishes early in a past year', p('Het ministerie publiceert begin 2026 de nieuwe normen voor de jeugdzorg.'), '2026'],
  ['medio of a past year', p('De woningcorporatie start medio 2026 met de renovatie van 120 woningen aan de Dijkstraat.'), '2026'],
  ['in de loop van a past year with a consequence', p('In de loop van 2025 kiest het waterschap een nieuwe locatie; daarna passen wij de planning aan.'), '2025'],
  ['a past autumn over a line break', p('De raad stelt in het najaar van', '2025 de nieuwe verordening vast.'), '2025'],
  ['a past spring with a count distractor', p('In het voorjaar van 2026 levert het bureau de drie deelrapporten op.'), '2026'],
  ['a separable verb in a past winter', p('De gemeenten in de regio stellen in de winter van 2025 een gezamenlijk plan op.'), '2025'],
  ['a decision at the end of a past quarter', p('De minister maakt eind maart 2026 bekend welke gemeenten meedoen.'), '2026'],
  ['a present about a past first half year', p('In de eerste helft van 2026 kiest de stuurgroep een aanbieder.'), '2026'],
  ['a past spring in a list item', ['# Planning', '', 'Wat er gebeurt:', '', '- het college besluit in het voorjaar van 2026 over de locatie;', '- daarna volgt de aanbesteding.'], '2026'],
  ['another party decides over its own plan (possessive zijn)', p('Het waterschap besluit in het voorjaar van 2026 over zijn nieuwe strategie; de uitkomst kan gevolgen hebben voor de gemalen.'), '2026'],
  ['a be- verb with a possessive after met', p('De regio bepaalt in de zomer van 2026 met zijn partners de verdeling van de middelen.'), '2026'],
  ['a council decision in a past season with emphasis', p('De raad besluit **in het voorjaar van 2026** over het krediet.'), '2026']
]

const clean = [
  ['a spring still ahead', p('De provincie besluit in het voorjaar van 2027 over de nieuwe subsidieregeling.')],
  ['a past tense', p('De provincie besloot in het voorjaar van 2026 over de nieuwe subsidieregeling.')],
  ['a perfect tense', p('Het waterschap heeft in de zomer van 2025 een nieuwe locatie gekozen.')],
  ['a season of the document year still running', p('Het college besluit in het najaar van 2026 over de locatie.')],
  ['the winter of the document year', p('In de winter van 2026 start de gladheidsbestrijding met een nieuwe aannemer.')],
  ['a state since a past season', p('Sinds het voorjaar van 2025 geldt in het centrum een milieuzone.')],
  ['a figure of a past season reported', p('In de zomer van 2025 bedroeg het aantal bezoekers 4.200, meer dan ooit.')],
  ['a perfect passive', p('In het voorjaar van 2026 is de verordening door de raad vastgesteld.')],
  ['a past spring that names a thing', p('Het rapport uit het voorjaar van 2026 laat zien dat de wachtlijsten korter worden.')],
  ['a next year plan', p('Medio 2027 start de woningcorporatie met de renovatie.')],
  ['a possessive after a preposition, in the past tense', p('Het waterschap besloot in het voorjaar van 2026 over zijn nieuwe strategie voor de gemalen.')],
  ['a past season in a past-tense clause', p('Nadat de provincie in het voorjaar van 2026 had besloten, konden wij beginnen.')]
] as Array<[string, string[]]>

describeBattery(staleStatement, defects, clean, 14, front)
