/**
 * Examples of count-claim-mismatch for two shapes of an announced list: a lead-in with a figure of
 * its own before the count, the count's noun closed by a verb particle and a colon, and an inline
 * enumeration inside a list item.
 */
import type { RuleExample } from '../rule.js'
import { fictionalProgramme } from './fictional-plan.js'

const aanpak = (body: string[]): string => fictionalProgramme(['# Aanpak', '', ...body])
const expected = (written: string, listed: number): string[] => [`Tekst noemt \`${written}\`, maar er zijn \`${listed}\` opgesomd; pas het aantal of de lijst aan`]

export const leadInsOk: RuleExample[] = [
  { title: 'Een aantal na een ander getal met een scheidbaar werkwoord, en een lijst die klopt', text: aanpak(['Voor de vier kernen werken we drie varianten uit:', '', '- een buurtbus;', '- een belbus;', '- deelfietsen.']) },
  { title: 'Een ander getal vooraan en een lijst van iets anders na een bijzin', text: aanpak(['In drie wijken zetten we vier buurtcoaches in, met de volgende taken:', '', '- huisbezoeken;', '- spreekuren.']) },
  { title: 'Een aantal per onderdeel voor de dubbele punt', text: aanpak(['In de twee kernen leggen we per kern vijf afspraken vast:', '', '- over parkeren;', '- over afval.']) },
  { title: 'Een opsomming in een lijstpunt die klopt', text: aanpak(['- De werkgroep telt drie leden: de wijkagent, de jongerenwerker en de buurtcoach.', '- Zij komen elke maand bijeen.']) },
  { title: 'Een deel van de punten in een lijstpunt', text: aanpak(['- We letten onder meer op vier punten: veiligheid en geluid.', '- De rest volgt in het najaar.']) },
  { title: 'Een uitkomst na de dubbele punt, geen opsomming van delen', text: aanpak(['- We starten vier leesclubs per jaar van tien kinderen: 40 kinderen per jaar, 160 in de hele looptijd.']) },
  { title: 'Een naam met en in een opsomming in een lijstpunt', text: aanpak(['- Het loket werkt met drie partners: het Centrum voor Werk en Inkomen, de kredietbank en de voedselbank.']) }
]

export const leadInsNotOk: RuleExample[] = [
  { title: 'Een aantal na een ander getal, met een scheidbaar werkwoord voor de dubbele punt', text: aanpak(['Voor de vier kernen werken we drie varianten uit:', '', '- een buurtbus;', '- een belbus.']), expected: expected('drie varianten', 2) },
  { title: 'Een aantal na een getal van een plaats, met uit voor de dubbele punt', text: aanpak(['In de twaalf wijken voeren we twee proeven uit:', '', '- een autoluwe straat;', '- een speelstraat;', '- een buurtmoestuin.']), expected: expected('twee proeven', 3) },
  { title: 'Een aantal na een getal, met vast voor de dubbele punt', text: aanpak(['Met de 14 scholen leggen we drie afspraken vast:', '', '- over de schoolroute;', '- over het halen en brengen;', '- over de fietsenstalling;', '- over de zebra.']), expected: expected('drie afspraken', 4) },
  { title: 'Een opsomming in een lijstpunt met een punt meer (waarschuwing)', text: aanpak(['- Elke aanvraag toetsen we aan twee eisen: de afstand tot de school, de breedte van de stoep en het zicht op de weg.', '- De toets duurt een week.']), expected: expected('twee eisen', 3) },
  { title: 'Een opsomming in een lijstpunt met een punt minder (waarschuwing)', text: aanpak(['- De werkgroep telt vier leden: de wijkagent, de jongerenwerker en de buurtcoach.']), expected: expected('vier leden', 3) },
  { title: 'Een opsomming in een genummerd punt (waarschuwing)', text: aanpak(['1. We plaatsen drie bankjes: bij de vijver, bij de kerk, bij het station en bij de school.', '2. We onderhouden ze zelf.']), expected: expected('drie bankjes', 4) }
]
