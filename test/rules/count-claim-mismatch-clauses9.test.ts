import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: a count in the sentence that opens a list, with the clause around it written freely: a
// verb in -en after the noun (`Drie knelpunten kwamen steeds terug:`), a participle and a relative
// clause (`zes projecten aangewezen die … starten:`), the count after the verb (`bleken vier
// onderdelen …:`). Look-alikes: the same lists right, a list of something else (`de volgende`,
// a preposition at the end), a count of time or people, a count per item or of a part.

const list = (...items: string[]): string[] => ['', ...items.map((item) => `- ${item};`)]
const four = list('de wachttijd', 'de kosten', 'de bereikbaarheid', 'de informatie')
const three = list('de wachttijd', 'de kosten', 'de bereikbaarheid')

const defects: DefectWording[] = [
  ['a verb in -en after the noun', ['# Knelpunten', '', 'In de gesprekken kwamen drie knelpunten steeds terug:', ...four], '`drie knelpunten`'],
  ['a participle and a relative clause before the colon', ['# Projecten', '', 'Het college heeft vijf aandachtspunten benoemd die in de uitwerking terugkomen:', ...four], '`vijf aandachtspunten`'],
  ['the count after the verb', ['# Evaluatie', '', 'Bij de evaluatie bleken vier onderdelen goed te werken:', ...three], '`vier onderdelen`'],
  ['a particle verb around the noun', ['# Enquête', '', 'Uit de enquête komen twee wensen duidelijk naar voren:', ...three], '`twee wensen`'],
  ['er and a place after the noun', ['# Teams', '', 'Sinds 2024 draaien er vijf buurtteams in de gemeente:', ...four], '`vijf buurtteams`'],
  ['a passive with a relative clause', ['# Locaties', '', 'In overleg met de scholen zijn drie locaties gekozen waar de proef plaatsvindt:', ...four], '`drie locaties`'],
  ['a subject with a verb and an object', ['# Initiatieven', '', 'Zes initiatieven ontvangen vanaf volgend jaar een startsubsidie:', ...four], '`Zes initiatieven`']
]

const clean: CleanWording[] = [
  ['the same knelpunten right', ['# Knelpunten', '', 'In de gesprekken kwamen drie knelpunten steeds terug:', ...three]],
  ['a relative clause and the list right', ['# Projecten', '', 'Het college heeft vier aandachtspunten benoemd die in de uitwerking terugkomen:', ...four]],
  ['a list of what the counted do', ['# Scholen', '', 'Vier scholen doen mee met de volgende activiteiten:', ...three]],
  ['a list after a dangling preposition', ['# Partners', '', 'Met vijf partners maken we afspraken over:', ...three]],
  ['a count of people with tasks', ['# Taken', '', 'Twee medewerkers van het wijkteam pakken deze taken op:', ...three]],
  ['a count of years before what was reached', ['# Terugblik', '', 'In vier jaar is het volgende bereikt:', ...three]],
  ['a part of the counted', ['# Teams', '', 'Elk van de drie teams heeft eigen taken:', ...four]],
  ['a count per place', ['# Kernen', '', 'In elke kern zijn twee contactpersonen actief, met deze taken:', ...three]],
  ['the count of what each has', ['# Kernen', '', 'Onze vijf kernen hebben elk hun eigen karakter:', ...three]]
]

describeWordings(countClaimMismatch, defects, clean)
