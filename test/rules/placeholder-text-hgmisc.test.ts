import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: a note to the writers left in brackets
// in running prose, an instruction still to do (`nog navragen`, `checken`, `aanvullen`, `volgt`)
// where a number, a name or a fact should stand.
const p = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines, '']

const defects: BatteryWording[] = [
  ['nog navragen bij', p('Het aantal deelnemers (nog navragen bij de bibliotheek) ligt hoger dan vorig jaar.')],
  ['nog opvragen in a sentence about numbers', p('De medewerkers beantwoordden (aantal nog opvragen bij het klantcontact) vragen over de nieuwe regeling.')],
  ['a cijfer that follows', p('In de wijk wonen ongeveer (cijfer volgt) gezinnen met jonge kinderen.')],
  ['nog aanvullen with a source', p('De gemiddelde wachttijd voor een afspraak was vorig jaar (nog aanvullen met de cijfers van het vierde kwartaal) weken.')],
  ['names still to look up', p('We overleggen met de woningcorporaties (namen nog opzoeken) over nieuwe prestatieafspraken.')],
  ['a check in brackets', p('De sportraad (checken of die nog bestaat) adviseert het college over de verdeling van de zaalruimte.')],
  ['a bare noun and a check in the middle', p('Per leerling betalen we (bedrag checken bij Financiën) als bijdrage aan het schoolzwemmen.')],
  ['nog opzoeken with a source', p('Vorig jaar kwamen er (aantal bezoekers nog opzoeken in het jaarverslag) mensen naar de open dag.')],
  ['names still to deliver', p('De corporaties (namen partners nog aanleveren door team Wonen) tekenen het convenant in het voorjaar.')],
  ['nog controleren with a person', p('De provincie betaalt een derde van de kosten (nog controleren bij Marieke) en de rest komt uit de reserve.')]
]

const clean: CleanWording[] = [
  ['a cross reference in brackets', p('De kosten (zie hoofdstuk 4) volgen uit de raming van de aannemer.')],
  ['navragen outside brackets', p('Inwoners kunnen hun vraag (bijvoorbeeld over de afvalpas) navragen bij het loket.')],
  ['how we ask, in brackets', p('We vragen bewoners (via een korte enquête) hoe zij de proef ervaren.')],
  ['results that follow later', p('De resultaten (die uit de evaluatie van 2028 volgen) bespreken we met de raad.')],
  ['a list of partners in brackets', p('De partners (de bibliotheek, het buurthuis en de sportclub) vullen elkaar aan.')],
  ['the verb as a noun after an article', p('Een goede voorbereiding (bijvoorbeeld het navragen van referenties) voorkomt problemen.')],
  ['a clause with a modal', p('De tarieven (inwoners kunnen die nog navragen bij het loket) staan ook op de website.')],
  ['an example opened by zoals', p('Ondernemers krijgen hulp bij de eerste stappen (zoals nagaan of er een vergunning nodig is) en bij de aanvraag.')],
  ['a check residents can do', p('Wie twijfelt, kan de hoogte van de toeslag (zie de tabel) nog laten checken bij de balie.')]
]

describeBattery(placeholderText, defects, clean, 10)
