import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 12 battery, written before reading the rule: counts whose lead-in carries words in -en
// that are not nouns (`een`, `eigen`, a clause-final infinitive after a modal), a count inside a
// prepositional phrase, a fronted `In drie X …: names`, emphasis, a wrapped lead-in. Look-alikes:
// the same counts right, a fronted count of something else (years, rounds, wethouders), a part
// of a whole (`Drie van de vijf`), a subset (`onder meer`, `waaronder`), a duration.

const items = ['de wijkraad', 'de scholen', 'de huisartsen', 'de corporatie', 'de politie', 'de bibliotheek']
const list = (n: number): string[] => ['', ...items.slice(0, n).map((i) => `- ${i}`)]
const lead = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: DefectWording[] = [
  ['a modal and a final infinitive', [...lead('Ouders kunnen op vier manieren steun aanvragen:'), ...list(3)]],
  ['eigen after the noun in a phrase', [...lead('Bewoners kunnen via drie loketten een eigen melding doen:'), ...list(4)]],
  ['een after the noun in a phrase', [...lead('We werken met vijf partners aan een veilige wijk:'), ...list(4)]],
  ['a fronted count over an inline list', lead('In vier dorpen ontbreekt een huisarts: Oosterend, Westerend en Noordhoek.')],
  ['a fronted count of places over an inline list', lead('Op drie locaties komt een nieuwe speelplek: het Dorpsplein, de Kerkweide, de Molenhof en het Sportpark.')],
  ['a modal and voldoen', [...lead('Jongeren moeten voor de regeling aan vier voorwaarden voldoen:'), ...list(3)]],
  ['wil and a final infinitive', [...lead('Het college wil met twee maatregelen de wachttijd verkorten:'), ...list(3)]],
  ['regelingen met een eigen budget', [...lead('De subsidie loopt via zes regelingen met een eigen budget:'), ...list(5)]],
  ['a lead-in wrapped over two lines', [...lead('We zetten in de komende periode', 'drie nieuwe stappen:'), ...list(4)]],
  ['an emphasised count', [...lead('Er zijn **vier** wijkteams actief in de gemeente:'), ...list(3)]],
  ['a relative clause with a noun in -en', [...lead('Er zijn drie fondsen die scholen kunnen aanvragen:'), ...list(2)]],
  ['in totaal before the count', [...lead('We onderscheiden in totaal vijf doelgroepen:'), ...list(6)]],
  ['a count in a phrase after kiezen voor', [...lead('Voor de uitvoering kiezen we voor vier sporen:'), ...list(3)]],
  ['a year before the count, an inline list', lead('De gemeente heeft in 2025 drie buurthuizen geopend: De Brink, Het Anker, De Linde en De Wissel.')]
].map(([name, lines]) => [name, lines, ''] as DefectWording)

const clean: CleanWording[] = [
  ['a modal and a final infinitive, right', [...lead('Ouders kunnen op vier manieren steun aanvragen:'), ...list(4)]],
  ['eigen, right', [...lead('Bewoners kunnen via drie loketten een eigen melding doen:'), ...list(3)]],
  ['a fronted count, right', lead('In vier dorpen ontbreekt een huisarts: Oosterend, Westerend, Noordhoek en Zuidhoek.')],
  ['a fronted count of years', [...lead('In drie jaar hebben we veel bereikt:'), ...list(5)]],
  ['a fronted count of people', [...lead('Met twee wethouders bezochten we de volgende scholen:'), ...list(4)]],
  ['a part of a whole', lead('Drie van de vijf wijken kregen extra geld: Noord, Oost en Zuid.')],
  ['a fronted count of rounds', [...lead('In twee rondes kozen bewoners deze projecten:'), ...list(3)]],
  ['an age in the lead-in', [...lead('Voor kinderen tot vier jaar zijn er deze voorzieningen:'), ...list(2)]],
  ['voldoen, right', [...lead('Jongeren moeten voor de regeling aan vier voorwaarden voldoen:'), ...list(4)]],
  ['onder meer', [...lead('We werken met vijf partners, onder meer:'), ...list(3)]],
  ['a fronted count of places, right', lead('Op drie locaties komt een nieuwe speelplek: het Dorpsplein, de Kerkweide en de Molenhof.')],
  ['waaronder', [...lead('In vijf wijken loopt de proef, waaronder:'), ...list(3)]],
  ['regelingen, right', [...lead('De subsidie loopt via zes regelingen met een eigen budget:'), ...list(6)]],
  ['teams each with tasks', [...lead('In 2025 zijn er twee nieuwe teams gestart, elk met deze taken:'), ...list(4)]],
  ['a fronted duration', [...lead('Binnen drie maanden regelen we het volgende:'), ...list(4)]],
  ['a fronted count of weeks over an inline list', lead('In vier weken bezochten we: Oosterend, Westerend en Noordhoek.')]
]

describeBattery(countClaimMismatch, defects, clean, 14)
