import { describe, expect, it } from 'vitest'
import { agendaDateOrder } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Agenda rows whose end lies before their start, in every pair of notations municipalities mix,
// and look-alikes: the same moment twice, an end inside the start's span, and words, not dates.
const table = (row: string, header = '| Activiteit | Doel | Start | Eind | Trekker |'): string[] => {
  const separator = '|' + header.split('|').slice(1, -1).map(() => '---').join('|') + '|'
  return ['# Uitvoeringsagenda', '', header, separator, row]
}
const ready = '| Actie | Beoogd effect | Aanvang | Gereed |'

const defects: DefectWording[] = [
  ['a quarter before a later quarter', table('| Buurtpreventie | Veilige wijken | Q3 2028 | 2e kwartaal 2028 | Team Veiligheid |'), '2e kwartaal 2028'],
  ['a month before a season', table('| Sportpark | Meer bewegen | najaar 2027 | juni 2027 | Team Sport |'), 'juni 2027'],
  ['a year before medio', table('| Taalcafé | Geletterdheid | medio 2028 | 2027 | Bibliotheek |'), 'medio 2028'],
  ['begin before eind of one year', table('| Warmtenet Oost | Aardgasvrij | eind 2029 | begin 2029 | Team Energie |'), 'begin 2029'],
  ['two week numbers', table('| Speeltuinen | Buiten spelen | week 40 2027 | week 12 2027 | Team Openbare Ruimte |'), 'week 12 2027'],
  ['two months with short years', table("| Jongerenwerk | Minder overlast | juni '28 | maart '28 | Welzijnsstichting |"), "maart '28"],
  ['two numeric days', table('| Dorpshuis | Lagere lasten | 1-9-2027 | 15-3-2027 | Team Vastgoed |'), '15-3-2027'],
  ['a quarter before a half year', table('| Laadpalen | Schoon vervoer | 2e helft 2027 | Q1 2027 | Team Mobiliteit |'), 'Q1 2027'],
  ['a year before a K-quarter with other headers', table('| Wijkagenda’s | Samen met bewoners | 2028 | K4 2027 |', ready), 'K4 2027'],
  ['winter before spring', table('| Schoolpleinen | Hittestress | voorjaar 2029 | winter 2027 | Team Groen |'), 'winter 2027'],
  ['two written days', table('| Aanbesteding | Goede zorg | 30 november 2027 | 1 oktober 2027 | Team Inkoop |'), '1 oktober 2027'],
  ['an ISO month before a written month', table('| Mantelzorgdag | Waardering | september 2026 | 2026-06 | Team Zorg |'), '2026-06'],
  ['begin of a year after december', table('| Bibliotheek | Ontmoeting | begin 2028 | december 2027 | Team Cultuur |'), 'december 2027'],
  ['a week before a month', table('| Zomerschool | Taal | augustus 2027 | week 20 2027 | Team Onderwijs |'), 'week 20 2027'],
  ['a year before a year with Startdatum and Einddatum', table('| Huiskamer | Eenzaamheid | 2029 | 2028 |', '| Maatregel | Resultaat | Startdatum | Einddatum |'), '2028'],
  ['a short-year month before a quarter', table("| Fietsroutes | Veilig fietsen | Q4 2028 | sep '28 | Team Verkeer |"), "sep '28"]
]

const clean: CleanWording[] = [
  ['the same quarter twice', table('| Buurtpreventie | Veilige wijken | Q3 2027 | 3e kwartaal 2027 | Team Veiligheid |')],
  ['a month inside a season', table('| Sportpark | Meer bewegen | najaar 2027 | november 2027 | Team Sport |')],
  ['a month inside medio', table('| Taalcafé | Geletterdheid | medio 2027 | juli 2027 | Bibliotheek |')],
  ['a week before its month ends', table('| Speeltuinen | Buiten spelen | week 10 2027 | maart 2027 | Team Openbare Ruimte |')],
  ['a short year and a full year', table("| Jongerenwerk | Minder overlast | juni '27 | juni 2027 | Welzijnsstichting |")],
  ['a day inside the end month', table('| Dorpshuis | Lagere lasten | 1-3-2027 | maart 2027 | Team Vastgoed |')],
  ['december inside the second half', table('| Laadpalen | Schoon vervoer | 2e helft 2027 | december 2027 | Team Mobiliteit |')],
  ['a winter that runs into the next year', table('| Schoolpleinen | Hittestress | winter 2027 | februari 2028 | Team Groen |')],
  ['doorlopend', table('| Loket Wonen | Informatie | 2027 | doorlopend | Team Wonen |')],
  ['jaarlijks twice', table('| Week van de eenzaamheid | Ontmoeting | jaarlijks | jaarlijks | Welzijnsstichting |')],
  ['n.t.b. and PM', table('| Jongerencentrum | Ontmoeting | n.t.b. | PM | Team Jeugd |')],
  ['eind twice', table('| Warmtenet Oost | Aardgasvrij | eind 2028 | eind 2028 | Team Energie |')],
  ['begin and the first quarter', table('| Wijkagenda’s | Samen met bewoners | begin 2027 | Q1 2027 |', ready)],
  ['a school year and the summer after', table('| Schoolzwemmen | Zwemvaardigheid | schooljaar 2027/2028 | juli 2028 | Team Sport |')],
  ['the last week of a year and january', table('| Zomerschool | Taal | week 52 2026 | januari 2027 | Team Onderwijs |')],
  ['structureel after a start', table('| Huiskamer | Eenzaamheid | 2026 | structureel | Welzijnsstichting |')]
]

describeWordings(agendaDateOrder, defects, clean)

describe('agenda-date-order severity', () => {
  it('should report an error when both dates are read unambiguously', async () => {
    const file = await checkMarkdown(agendaDateOrder, wordingsPlan(table('| Sportpark | Meer bewegen | 2028 | 2027 | Team Sport |')))
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([['Einddatum `2027` ligt vóór de startdatum `2028`; verwissel de cellen of verbeter de datum', true]])
  })

  it('should report a warning when a date is read from text around it', async () => {
    const file = await checkMarkdown(agendaDateOrder, wordingsPlan(table('| Sportpark | Meer bewegen | na de aanbesteding 2028 | 2027 | Team Sport |')))
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([['Einddatum `2027` ligt vóór de startdatum `na de aanbesteding 2028`; verwissel de cellen of verbeter de datum', false]])
  })
})
