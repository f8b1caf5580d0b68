import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery written before reading the rule's code. Class question: when a plan keeps its own list
// of abbreviations, is an abbreviation it uses but leaves out of that list reported, even a
// well-known one? And are names written in capitals after what they are left alone?
const tableList = ['# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| GGD | Gemeentelijke Gezondheidsdienst |', '| Wmo | Wet maatschappelijke ondersteuning |']
const bulletList = ['## Lijst van afkortingen', '', '- CJG: Centrum voor Jeugd en Gezin', '- mbo: middelbaar beroepsonderwijs']

const defects: BatteryWording[] = [
  ['well-known body, table list after use', ['# Aanleiding', '', 'Veel inwoners kregen een brief van het UWV over hun uitkering.', '', ...tableList], 'UWV'],
  ['well-known body, bullet list before use', [...bulletList, '', '# Kinderopvang', '', 'De toeslag loopt via de Belastingdienst en de SVB.'], 'SVB'],
  ['in a table cell, list at the end', ['# Cijfers', '', '| Indicator | Bron |', '|---|---|', '| Werkloosheid | CBS |', '', ...tableList], 'CBS'],
  ['after a preposition in brackets', ['# Werk', '', 'Jongeren zonder startkwalificatie (via het RMC) krijgen een coach.', '', ...tableList], 'RMC'],
  ['in a list item', ['# Partners', '', '- de huisartsen;', '- het RIVM;', '- de scholen.', '', ...bulletList], 'RIVM'],
  ['bold list with dashes', ['# Begrippen', '', '**BRP** – Basisregistratie Personen', '', '**Wmo** – Wet maatschappelijke ondersteuning', '', '# Ondernemers', '', 'Starters schrijven zich in bij de KvK.'], 'KvK'],
  ['heading begrippen en afkortingen', ['# Inburgering', '', 'Statushouders krijgen hun verblijfsvergunning van de IND.', '', '# Begrippen en afkortingen', '', '| Term | Uitleg |', '|---|---|', '| COA | Centraal Orgaan opvang asielzoekers |'], 'IND'],
  ['used twice, one message', ['# Zorg', '', 'Het CAK int de eigen bijdrage. Wie vragen heeft, belt het CAK.', '', ...tableList], 'CAK'],
  ['in bold emphasis', ['# Archief', '', 'De afdeling **DIV** beheert het archief van de gemeente.', '', ...tableList], 'DIV'],
  ['ministry letters', ['# Financiering', '', 'Het geld komt uit een regeling van het ministerie van BZK.', '', ...bulletList], 'BZK'],
  ['line break inside the sentence', ['# Schulden', '', 'De vorderingen van het CJIB en', 'de Belastingdienst wegen het zwaarst.', '', ...tableList], 'CJIB'],
  ['list introduced by a sentence', ['# Gebruikte afkortingen', '', 'In dit plan gebruiken we de volgende afkortingen:', '', '- GGD: Gemeentelijke Gezondheidsdienst', '- VNG: Vereniging van Nederlandse Gemeenten', '', '# Toezicht', '', 'De ILT houdt toezicht op de bodemkwaliteit.'], 'ILT']
]

const clean: CleanWording[] = [
  ['in the table list', ['# Gezondheid', '', 'De GGD meet elk jaar hoe het met jongeren gaat.', '', ...tableList]],
  ['in the bullet list', [...bulletList, '', '# Jeugd', '', 'Het CJG is de plek voor vragen over opvoeden.']],
  ['well-known, no list in the plan', ['# Werk', '', 'Veel inwoners kregen een brief van het UWV over hun uitkering.']],
  ['explained in the text though not in the list', ['# Toeslagen', '', 'De Sociale Verzekeringsbank (SVB) betaalt de kinderbijslag.', '', ...tableList]],
  ['list writes it in another case', ['# Ondersteuning', '', 'Hulp uit de WMO vraagt u aan bij het loket.', '', ...tableList]],
  ['plural with apostrophe of a listed one', ['# Gezondheid', '', "Beide GGD's in de regio werken samen.", '', ...tableList]],
  ['a name in capitals after what it is', ['# Jongeren', '', 'Jongerenwerk BLOEM en de bibliotheek zijn belangrijke partners.', '', ...tableList]],
  ['a foundation in capitals', ['# Sport', '', 'Samen met stichting KRACHT organiseren we de sportdag.', '', ...bulletList]],
  ['roman numerals', ['# Aanpak', '', 'In fase II en fase III breiden we de aanpak uit.', '', ...tableList]],
  ['quarters and units', ['# Planning', '', 'In Q3 2027 is de verlichting vervangen; dat spaart 40 MWh per jaar en 12 ton CO2.', '', ...tableList]],
  ['a word in capitals for emphasis', ['# Veiligheid', '', 'Meld een onveilige situatie ALTIJD bij de wijkagent.', '', ...bulletList]],
  ['a project name in capitals before a place', ['# Wijken', '', 'Het project NOORD Vernieuwt loopt tot 2028 in Veldhoorn-Noord.', '', ...tableList]]
]

describeBattery(abbreviationUndefined, defects, clean, 11)
