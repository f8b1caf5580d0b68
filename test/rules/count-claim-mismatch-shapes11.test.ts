import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11 battery, written before reading the rule: a count whose list follows `de N X:` inside
// a phrase, names with articles and abbreviations in brackets, a count and its noun split by a
// line break, emphasis on the count, the whole in the sentence before, a relative clause between
// count and list. Look-alikes: the same lists right, names with `en` inside them, partial lists
// (`waaronder`, `bijvoorbeeld`), a distractor count before the counted one.

const defects: BatteryWording[] = [
  ['names with articles after a fronted count', ['De raad hoort de vier wijkraden: de Wijkraad Noord, de Wijkraad Zuid en de Wijkraad Oost.']],
  ['a count inside a phrase, abbreviation in brackets', ['We vragen advies aan de twee adviesorganen: de Cliëntenraad (CR), de Ouderenbond en de Huurdersvereniging Dorpshuis.']],
  ['a count and its noun across a line break', ['De gemeente werkt voor de uitvoering samen met vijf', 'organisaties: de bibliotheek, het buurthuis en de sportstichting.']],
  ['a count across a line break, bullets', ['Het programma kent twee', 'sporen, die elk een eigen budget hebben:', '', '- wonen;', '- werken;', '- vrije tijd.']],
  ['a distractor number before the count', ['In 2025 kregen 120 gezinnen steun van de drie fondsen: het Jeugdfonds Sport, het Jeugdfonds Cultuur, het Noodfonds en de Voedselbank.']],
  ['emphasis on the count', ['We kiezen voor **drie** speerpunten: preventie, vroegsignalering, nazorg en samenwerking.']],
  ['namelijk before the list', ['De subsidie gaat naar de zes erkende verenigingen, namelijk de voetbalclub, de tennisclub, de hockeyclub en de zwemvereniging.']],
  ['two names with abbreviations and one without', ['Er zijn twee meldpunten: het Meldpunt Zorg en Overlast (MZO), het Steunpunt Huiselijk Geweld (SHG) en Veilig Thuis.']],
  ['the list in the next sentence', ['We werken met drie partners. Dat zijn de woningcorporatie, de zorgaanbieder, de politie en het welzijnswerk.']],
  ['a relative clause after the counted noun', ['De vier scholen die meedoen, zijn De Regenboog, De Vlinder en Het Anker.']],
  ['a lead-in split over two lines', ['De raad stelt', 'vier doelen vast:', '', '- minder armoede;', '- meer werk;', '- betere zorg.']],
  ['names with a portfolio in brackets', ['Het college heeft drie wethouders met een eigen portefeuille: mevrouw Jansen (Zorg), de heer De Vries (Wonen), mevrouw Bakker (Financiën) en de heer Smit (Sport).']]
]

const clean: CleanWording[] = [
  ['a count inside a phrase, right', ['We vragen advies aan de drie adviesorganen: de Cliëntenraad (CR), de Ouderenbond en de Huurdersvereniging Dorpshuis.']],
  ['a count across a line break, right', ['De gemeente werkt voor de uitvoering samen met drie', 'organisaties: de bibliotheek, het buurthuis en de sportstichting.']],
  ['a count across a line break, bullets right', ['Het programma kent drie', 'sporen, die elk een eigen budget hebben:', '', '- wonen;', '- werken;', '- vrije tijd.']],
  ['a name with en inside', ['Er zijn twee fondsen: het Fonds voor Sport en Cultuur en het Noodfonds.']],
  ['a partial list with waaronder', ['We werken met drie partners, waaronder de woningcorporatie en de politie.']],
  ['a distractor count before the counted part', ['Van de vijf wijken doen er drie mee: Noord, Zuid en Oost.']],
  ['a relative clause, right', ['De drie scholen die meedoen, zijn De Regenboog, De Vlinder en Het Anker.']],
  ['a meldpunt with en inside, right', ['Er zijn twee meldpunten: het Meldpunt Zorg en Overlast (MZO) en Veilig Thuis.']],
  ['emphasis on the count, right', ['We kiezen voor **vier** speerpunten: preventie, vroegsignalering, nazorg en samenwerking.']],
  ['a part of a whole with its list', ['Drie van de vier scholen hebben een groen plein: De Regenboog, De Vlinder en Het Anker.']],
  ['a next sentence that lists others', ['We werken met drie partners. Daarnaast praten we met de huisartsen, de GGD, het onderwijs en de politie.']],
  ['an example list with bijvoorbeeld', ['In 2026 komen er vier nieuwe speelplekken bij, bijvoorbeeld aan de Kerkstraat en de Molenweg.']],
  ['names in brackets and another member', ['De drie wethouders (Jansen, De Vries en Bakker) en de burgemeester vormen het college.']],
  ['a lead-in split over two lines, right', ['De raad stelt', 'drie doelen vast:', '', '- minder armoede;', '- meer werk;', '- betere zorg.']]
]

describeBattery(countClaimMismatch, defects, clean, 6)
