import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3struct battery, written before reading the rule: square brackets around a list of field
// names that still have to be filled in (`[naam, e-mailadres]`, `[straat en huisnummer]`).
// Look-alikes: a link, a footnote, a bracketed source with a year, an insertion in a quote, a
// bracketed list of real values, `[sic]`.
const p = (...lines: string[]): string[] => ['# Contact', '', ...lines]

const defects: BatteryWording[] = [
  ['two field names after a comma', p('Meldingen over zwerfafval gaan naar de wijkbeheerder, [naam, e-mailadres].')],
  ['three field names', p('Het aanspreekpunt bij de bibliotheek is [naam, functie, telefoon].')],
  ['field names joined by en', p('Aanmelden kan bij het wijkcentrum op [adres en openingstijden].')],
  ['field names joined by of', p('Stuur uw vragen naar [telefoon of e-mail] van het klantcontactcentrum.')],
  ['field names in a list item', p('Wie kunt u bellen:', '', '- de buurtcoach, [naam, mobiel nummer];', '- de wijkagent.')],
  ['field names with a slash', p('De coördinator [naam/afdeling] bewaakt de voortgang van de pilot.')],
  ['field names at the start', p('[Naam, adres] is de beheerder van de volkstuinen aan de dijk.')],
  ['field names in a second sentence', p('Het loket is op werkdagen open. Contact: [e-mailadres, telefoonnummer].')],
  ['field names with an article', p('Vragen over de regeling gaan naar [de naam van de contactpersoon, het nummer].')],
  ['field names with a semicolon', p('De trekker van de proef is [naam; afdeling].')]
]

const clean: CleanWording[] = [
  ['a link with a name', p('Meer informatie staat op [de site van de gemeente](https://www.voorbeeld.nl/afval).')],
  ['a footnote', p('Het aantal vrijwilligers groeide flink [3].')],
  ['a source with a year', p('Uit onderzoek blijkt dat buurtkamers eenzaamheid verminderen [Jansen, 2024].')],
  ['an insertion in a quote', p('Een deelnemer zei: "Zij [de coach] belde elke week even."')],
  ['sic', p('In de brief stond "afvalschijdingsstation" [sic] als titel.')],
  ['two footnotes', p('Beide onderzoeken wijzen dezelfde kant op [2, 5].')],
  ['a bracketed range of footnotes', p('Dat staat in meerdere rapporten [4-6].')],
  ['a source with author and page', p('De norm komt uit de landelijke richtlijn [RIVM, p. 12].')],
  ['an insertion with two words in a quote', p('De wethouder zei: "We gaan [in 2028] de tweede fase starten."')],
  ['a bracketed list of years in a source', p('De cijfers komen uit de jaarverslagen [2023, 2024].')]
]

describeBattery(placeholderText, defects, clean, 10)
