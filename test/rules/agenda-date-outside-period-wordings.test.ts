import { agendaDateOutsidePeriod } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Agenda rows dated outside the plan period 2026-2029, in the notations municipalities use, under
// varied column headers; and look-alikes: dates inside the period in unusual notations, words
// instead of dates, activities that already run, and an evaluation just after the period.
const table = (header: string, row: string, before: string[] = []): string[] => {
  const separator = '|' + header.split('|').slice(1, -1).map(() => '---').join('|') + '|'
  return [...before, '# Uitvoeringsagenda', '', header, separator, row]
}
const startEnd = '| Activiteit | Doel | Start | Eind | Trekker |'
const planning = '| Maatregel | Resultaat | Planning | Eigenaar |'
const ready = '| Actie | Beoogd effect | Aanvang | Gereed |'
const looptijd = '| Actie | Doel | Looptijd | Trekker |'

const defects: DefectWording[] = [
  ['a quarter before the start', table(startEnd, '| Buurtpreventie uitbreiden | Veilige wijken | Q3 2025 | 2027 | Team Veiligheid |'), 'Q3 2025'],
  ['an ordinal quarter after the end', table(startEnd, '| Sportpark vernieuwen | Meer bewegen | 2027 | 3e kwartaal 2030 | Team Sport |'), '3e kwartaal 2030'],
  ['a season after the end', table(ready, '| Fietsroutes verbinden | Veilig fietsen | 2028 | najaar 2030 |'), 'najaar 2030'],
  ['medio before the start', table(startEnd, '| Taalcafé in de bibliotheek | Geletterdheid | medio 2025 | 2027 | Bibliotheek |'), 'medio 2025'],
  ['eind after the end', table(ready, '| Warmtenet Oost | Aardgasvrij | 2027 | eind 2031 |'), 'eind 2031'],
  ['a week number after the end', table(startEnd, '| Speeltuinen opknappen | Buiten spelen | 2029 | week 12 2030 | Team Openbare Ruimte |'), 'week 12 2030'],
  ['a year range in a planning cell', table(planning, '| Herinrichting marktplein | Levendig centrum | 2030-2031 | Team Centrum |'), 'eindigt `2031`'],
  ['a month with a short year', table(startEnd, '| Jongerenwerk in de avond | Minder overlast | 2027 | juni \'30 | Welzijnsstichting |'), "juni '30"],
  ['a numeric day after the end', table(ready, '| Dorpshuis verduurzamen | Lagere lasten | 2028 | 1-3-2031 |'), '1-3-2031'],
  ['a half year after the end', table(startEnd, '| Laadpalen in de wijken | Schoon vervoer | 2028 | 2e helft 2030 | Team Mobiliteit |'), '2e helft 2030'],
  ['a school year in a period column', table(looptijd, '| Schoolzwemmen | Zwemvaardigheid | schooljaar 2030/2031 | Team Sport |'), 'eindigt `2031`'],
  ['a spelled-out month after the end', table(startEnd, '| Mantelzorgwaardering | Ontlasten | 2026 | december 2030 | Team Zorg |'), 'december 2030'],
  ['a range that starts early in a period column', table(looptijd, '| Huiskamer voor ouderen | Eenzaamheid | 2024 t/m 2026 | Welzijnsstichting |'), 'begint `2024`'],
  ['a K-quarter after the end', table(ready, '| Wijkagenda’s opstellen | Samen met bewoners | 2027 | K4 2030 |'), 'K4 2030'],
  ['begin of a later year', table(startEnd, '| Nieuwe bibliotheek | Ontmoeting | 2028 | begin 2032 | Team Cultuur |'), 'begin 2032'],
  ['a full date before the start', table(ready, '| Aanbesteding hulpmiddelen | Goede zorg | 15 september 2025 | 2026 |'), '15 september 2025']
]

const clean: CleanWording[] = [
  ['quarters inside the period', table(startEnd, '| Buurtpreventie uitbreiden | Veilige wijken | Q1 2026 | 4e kwartaal 2029 | Team Veiligheid |')],
  ['week numbers inside the period', table(startEnd, '| Zomerschool | Taal | week 28 2026 | week 50 2029 | Team Onderwijs |')],
  ['a month with a short year inside', table(ready, "| Jongerenwerk in de avond | Minder overlast | maart '26 | juni '27 |")],
  ['a school year inside', table(looptijd, '| Schoolzwemmen | Zwemvaardigheid | schooljaar 2026/2027 | Team Sport |')],
  ['doorlopend and structureel', table(startEnd, '| Loket Wonen | Informatie | structureel | doorlopend | Team Wonen |')],
  ['jaarlijks', table(startEnd, '| Week van de eenzaamheid | Ontmoeting | jaarlijks | jaarlijks | Welzijnsstichting |')],
  ['n.t.b. and PM', table(startEnd, '| Tweede jongerencentrum | Ontmoeting | n.t.b. | PM | Team Jeugd |')],
  ['a cell that says it runs since', table(startEnd, '| Schuldhulp op locatie | Vroegsignalering | loopt sinds 2023 | 2027 | Team Schulden |')],
  ['a start column marked as already begun', table('| Activiteit | Doel | Start (loopt al) | Eind | Trekker |', '| Maatjesproject | Minder eenzaamheid | 2024 | 2028 | Vrijwilligerscentrale |')],
  ['an activity continued from before', table(startEnd, '| Voortzetten buurtsportcoaches | Meer bewegen | 2025 | 2029 | Team Sport |')],
  [
    'an evaluation just after the period that the text announces',
    table(startEnd, '| Eindevaluatie programma | Leren | 2029 | Q1 2030 | Team Beleid |', ['# Monitoring', '', 'Na afloop van het programma volgt een evaluatie.', ''])
  ],
  ['medio to eind inside', table(looptijd, '| Groene schoolpleinen | Hittestress | medio 2027 - eind 2029 | Team Groen |')],
  ['a numeric day inside', table(ready, '| Dorpshuis verduurzamen | Lagere lasten | 1-3-2027 | 30-11-2029 |')],
  ['a half year and a season inside', table(startEnd, '| Laadpalen in de wijken | Schoon vervoer | 2e helft 2026 | najaar 2029 | Team Mobiliteit |')],
  ['the whole period in one cell', table(planning, '| Herinrichting marktplein | Levendig centrum | 2026-2029 | Team Centrum |')],
  ['begin and eind of the period', table(ready, '| Wijkagenda’s opstellen | Samen met bewoners | begin 2026 | eind 2029 |')]
]

describeWordings(agendaDateOutsidePeriod, defects, clean)
