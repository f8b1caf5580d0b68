import { agendaDateOrder } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Programmes for schools, youth and sport plan by the school calendar. `schooljaar 2027-2028`
// was read as the two whole calendar years and a holiday as its year, so an end before its
// start went unseen. Quarter spans (`Q1-Q2 2028`), `eind Q3`, `laatste kwartaal`, a winter
// across two years and two months joined by a slash were not read either.
const agenda = (rows: string[]): string[] => ['# Uitvoeringsagenda', '', '| Activiteit | Start | Gereed |', '|---|---|---|', ...rows]

const defects: DefectWording[] = [
  ['a school year ending before it starts', agenda(['| Leerlingen betrekken bij het ontwerp | schooljaar 2027-2028 | voorjaar 2027 |']), '`voorjaar 2027`'],
  ['an end in the summer holiday before the school year', agenda(['| Pleinen opnieuw inrichten | schooljaar 2028/29 | zomervakantie 2027 |']), '`zomervakantie 2027`'],
  ['the end of a school year before its start', agenda(['| Evaluatie met de scholen | einde schooljaar 2028-2029 | start schooljaar 2028-2029 |']), '`start schooljaar 2028-2029`'],
  ['a quarter span ending before a later month', agenda(['| Aanbesteding | oktober 2028 | Q2-Q3 2028 |']), '`Q2-Q3 2028`'],
  ['the end of a quarter before its start', agenda(['| Werving vrijwilligers | juli 2028 | eind Q2 2028 |']), '`eind Q2 2028`'],
  ['a winter across two years before the start', agenda(['| Snoeiwerk | maart 2029 | winter 2027-2028 |']), '`winter 2027-2028`'],
  ['the last quarter before the start', agenda(['| Slotbijeenkomst | 2030 | laatste kwartaal 2029 |']), '`laatste kwartaal 2029`']
]

const clean: CleanWording[] = [
  ['a school year and the holiday that ends it', agenda(['| Proefperiode beweegplein | schooljaar 2027-2028 | zomervakantie 2028 |'])],
  ['the start of a school year after the summer holiday of the same year', agenda(['| Nieuwe lessenreeks | zomervakantie 2027 | start schooljaar 2027-2028 |'])],
  ['a holiday in a school year written short', agenda(['| Schoolzwemmen in de herfst | herfstvakantie 2027 | schooljaar 27/28 |'])],
  ['a Christmas holiday that runs into the new year', agenda(['| Lichtjesroute | december 2027 | kerstvakantie 2027 |'])],
  ['a quarter span that covers the end month', agenda(['| Inspraak | april 2028 | Q2/Q3 2028 |'])],
  ['a winter across the turn of the year', agenda(['| Snoeiwerk | december 2027 | winter 2027/2028 |'])],
  ['two months joined by a slash', agenda(['| Kerstmarkt | november 2027 | december 2027/januari 2028 |'])]
]

describeWordings(agendaDateOrder, defects, clean)
