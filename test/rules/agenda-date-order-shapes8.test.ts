import { agendaDateOrder } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A planning written as running text: one thing starts in a year and, in the same sentence with
// the same subject (`en is`, `en wordt`, `en loopt`), is done in an earlier year. The rule read
// agenda rows only.
const t = (lines: string[]): string[] => ['# Planning', '', ...lines]

const defects: DefectWording[] = [
  ['done before the start', t(['De renovatie van het zwembad start in het voorjaar van 2029 en is eind 2028 klaar.']), '`2028`'],
  ['delivered before the start', t(['De bouw van de brede school begint in 2028 en wordt in 2027 opgeleverd.']), '`2027`'],
  ['running until a year before the start', t(['Het onderzoek naar de wijkcentra start in 2029 en loopt naar verwachting tot 2028.']), '`2028`'],
  ['after a clause with another thing', t(['In 2027 maken we het ontwerp, de herinrichting gaat in 2030 van start en is in 2029 afgerond.']), '`2029`']
]

const clean: CleanWording[] = [
  ['an end after the start', t(['De renovatie van het zwembad start in 2027 en is in 2029 klaar.'])],
  ['start and end in one year', t(['De inspraak start in 2027 en is in 2027 afgerond.'])],
  // `en de nieuwbouw …`: another subject, whose end says nothing about this start.
  ['another subject after en', t(['De sloop start in 2029 en de nieuwbouw is in 2028 al vergund en gereed voor de bouw.'])],
  // A year in a clause about something else.
  ['a relative clause about something done before', t(['Het vervolg start in 2029 en is een uitbreiding van de aanpak die in 2025 klaar was.'])],
  ['a year since which something is done', t(['De tweede fase begint in 2028 en is sinds 2026 voorbereid.'])],
  ['two things in two sentences', t(['Het ontwerp is in 2027 klaar. De uitvoering start in 2028.'])]
]

describeWordings(agendaDateOrder, defects, clean)
