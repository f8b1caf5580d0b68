import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 10 battery, written before reading the rule: counts whose list follows in shapes authors
// write. A relative clause or apposition between the counted noun and the colon, the lead-in
// wrapped over two source lines, the count in emphasis, the count in one sentence and the list
// after `Dit zijn:`, digits, numbered items, a qualifier (`in totaal`, `concreet`), inline lists
// after a colon or `namelijk`. Look-alikes: the same lists right, a part of the counted listed
// (`Drie van de vijf`, `deze drie`, `waarvan`), examples (`onder wie`), a count of people or
// years, sub-bullets under the items.

const list = (...items: string[]): string[] => ['', ...items.map((item) => `- ${item}`)]
const numbered = (...items: string[]): string[] => ['', ...items.map((item, i) => `${i + 1}. ${item}`)]
const items = ['de buurtsportcoach', 'het jongerenwerk', 'de schoolmaatschappelijk werker', 'de wijkagent', 'het consultatiebureau', 'de huisarts', 'de bibliotheek']
const take = (n: number): string[] => list(...items.slice(0, n))
const lead = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: DefectWording[] = [
  ['a relative clause after the noun before the colon', [...lead('Het programma kent vier sporen, die elkaar versterken en deels tegelijk lopen:'), ...take(3)], 'vier sporen'],
  ['the lead-in wrapped over two lines', [...lead('Om de doelen te halen zetten we in op', 'zes maatregelen:'), ...take(5)], 'zes maatregelen'],
  ['the count in emphasis', [...lead('We onderscheiden **drie** doelgroepen:'), ...take(4)], 'drie'],
  ['the list after Dit zijn in the next sentence', [...lead('Het actieplan bevat vijf maatregelen. Dit zijn:'), ...take(4)], 'vijf maatregelen'],
  ['a count in digits', [...lead('De gemeente werkt met 4 partners samen:'), ...take(5)], '4 partners'],
  ['an inline list after a colon', lead('We richten ons op vier thema’s: wonen, werk en zorg.'), 'vier thema'],
  ['an inline list after a relative clause', lead('Er zijn twee locaties aangewezen, die allebei goed bereikbaar zijn: de Markt, het Stationsplein en de Havenkade.'), 'twee locaties'],
  ['numbered items after de volgende', [...lead('De aanpak bestaat uit de volgende vijf stappen:'), ...numbered('verkennen', 'ontwerpen', 'bouwen', 'evalueren')], 'vijf stappen'],
  ['in totaal before the count', [...lead('We hanteren in totaal zes criteria:'), ...take(5)], 'zes criteria'],
  ['concreet and namelijk', [...lead('Voor 2027 staan er concreet drie projecten op de planning, namelijk:'), ...take(4)], 'drie projecten'],
  ['the count in emphasis inside the subject', [...lead('De **vijf** pijlers van dit beleid zijn:'), ...take(4)], 'vijf'],
  ['a relative clause with a year before the colon', [...lead('Met de corporaties zijn drie afspraken gemaakt, die in 2027 worden geëvalueerd:'), ...take(2)], 'drie afspraken'],
  ['an inline list after namelijk', lead('De subsidie heeft twee doelen, namelijk verenigingen versterken, drempels verlagen en vrijwilligerswerk stimuleren.'), 'twee doelen'],
  ['an apposition between count and colon', [...lead('We werken met zeven partners, van zorg tot onderwijs:'), ...take(6)], 'zeven partners'],
  ['a relative clause wrapped over two lines', [...lead('De gemeente heeft acht knelpunten gevonden, die we in deze', 'periode aanpakken:'), ...take(6)], 'acht knelpunten']
]

const clean: CleanWording[] = [
  ['a relative clause, right', [...lead('Het programma kent vier sporen, die elkaar versterken en deels tegelijk lopen:'), ...take(4)]],
  ['a wrapped lead-in, right', [...lead('Om de doelen te halen zetten we in op', 'zes maatregelen:'), ...take(6)]],
  ['emphasis, right', [...lead('We onderscheiden **drie** doelgroepen:'), ...take(3)]],
  ['Dit zijn, right', [...lead('Het actieplan bevat vijf maatregelen. Dit zijn:'), ...take(5)]],
  ['a part named after the count', [...lead('Vier wijken krijgen voorrang; we beginnen met deze drie:'), ...take(3)]],
  ['a part of the counted', [...lead('Drie van de vijf maatregelen zijn al gestart:'), ...take(3)]],
  ['a count of people before tasks', [...lead('Twee medewerkers werken aan de volgende onderdelen:'), ...take(4)]],
  ['sub-bullets under the items', [...lead('We onderscheiden drie doelgroepen:'), '', '- jongeren', '  - tot 18 jaar', '  - van 18 tot 23 jaar', '- ouderen', '- mantelzorgers']],
  ['an inline list, right', lead('We richten ons op drie thema’s: wonen, werk en zorg.')],
  ['a part done of the whole', [...lead('Van de vier fasen zijn er twee afgerond:'), ...take(2)]],
  ['examples after onder wie', [...lead('Ruim tien organisaties doen mee, onder wie:'), ...take(3)]],
  ['a count of years before results', [...lead('In drie jaar zijn de volgende resultaten geboekt:'), ...take(5)]],
  ['waarvan deze vier', [...lead('We hebben zes aanvragen ontvangen, waarvan deze vier zijn gehonoreerd:'), ...take(4)]],
  ['digits, right', [...lead('De gemeente werkt met 4 partners samen:'), ...take(4)]],
  ['an inline list after a relative clause, right', lead('Er zijn drie locaties aangewezen, die allemaal goed bereikbaar zijn: de Markt, het Stationsplein en de Havenkade.')],
  ['a relative clause wrapped, right', [...lead('De gemeente heeft zes knelpunten gevonden, die we in deze', 'periode aanpakken:'), ...take(6)]],
  ['a count of the list in a later clause', [...lead('We werken samen met deze partners, in totaal drie:'), ...take(3)]],
  ['a count of something each item has', [...lead('Elke partner levert twee mensen voor het kernteam:'), ...take(4)]]
]

describeBattery(countClaimMismatch, defects, clean, 15)
