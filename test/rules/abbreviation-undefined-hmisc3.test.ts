import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule's code: a glossary of terms (`| Begrip | Uitleg |`)
// that explains a national body by its letters (`UWV`, `DUO`) has told the reader national bodies
// are explained there; another national body the plan uses and explains nowhere is a gap.
// Look-alikes: a glossary without any national body, the other body explained in the text,
// everyday letters (`EU`, `ICT`), a glossary that explains the body the text uses.
const glossary = (...rows: string[]): string[] => ['# Begrippen', '', '| Begrip | Uitleg |', '|---|---|', ...rows.map((r) => `| ${r} |`)]
const withBody = glossary('Buurtkamer | Ontmoetingsplek in de wijk, vrij toegankelijk.', 'UWV | Uitvoeringsinstituut Werknemersverzekeringen, keert uitkeringen uit.', 'Schuldhulp | Hulp bij het regelen van schulden.')
const withMinistry = ['# Woordenlijst', '', '- **Mantelzorg**: zorg voor een naaste.', '- **DUO**: Dienst Uitvoering Onderwijs, de uitvoerder van studiefinanciering.', '- **Respijt**: tijdelijke vervanging van de mantelzorger.']
const localOnly = glossary('Buurtkamer | Ontmoetingsplek in de wijk, vrij toegankelijk.', 'Schuldhulp | Hulp bij het regelen van schulden.')
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines, '']

const defects: BatteryWording[] = [
  ['a pension body in prose', [...p('De kinderbijslag loopt via de SVB, net als de uitkering voor nabestaanden.'), ...withBody], 'SVB'],
  ['a statistics body as a source', [...p('Volgens het CBS woont een kwart van de ouderen alleen.'), ...withBody], 'CBS'],
  ['a care assessment body', [...p('Voor een indicatie voor verblijf verwijzen we naar het CIZ.'), ...withBody], 'CIZ'],
  ['a collection agency in a list item', [...p('Schuldeisers die het vaakst voorkomen:', '', '- de Belastingdienst;', '- het CJIB;', '- de zorgverzekeraar.'), ...withBody], 'CJIB'],
  ['a ministry in brackets', [...p('Het Rijk (ministerie van VWS) betaalt mee aan de proef.'), ...withBody], 'VWS'],
  ['a body in a table cell', [...p('| Regeling | Uitvoerder |', '|---|---|', '| Kinderopvangtoeslag | Belastingdienst |', '| Eigen bijdrage | CAK |'), ...withBody], 'CAK'],
  ['a glossary written as a bold list', [...p('De huurtoeslag loopt via de Belastingdienst; het COA zorgt voor de opvang.'), ...withMinistry], 'COA'],
  ['a registry after the glossary', [...withBody, '', '# Gegevens', '', 'We halen de adressen uit de BRP en delen ze niet verder.', ''], 'BRP']
]

const clean: CleanWording[] = [
  ['a glossary of local terms only', [...p('De kinderbijslag en de AOW lopen via de SVB.'), ...localOnly]],
  ['the other body explained in the text', [...p('De Sociale Verzekeringsbank (SVB) betaalt de kinderbijslag.'), ...withBody]],
  ['everyday letters with a national glossary', [...p('De EU betaalt mee aan de ICT van het loket; de btw is niet terug te vragen.'), ...withBody]],
  ['the glossary body used in the text', [...p('Wie een uitkering van het UWV krijgt, kan ook bij de buurtkamer terecht.'), ...withBody]],
  ['no glossary at all', p('Volgens het CBS woont een kwart van de ouderen alleen.')],
  ['a bold-list body used in the text', [...p('Studenten met een lening bij DUO krijgen uitleg bij het loket.'), ...withMinistry]],
  ['a law in mixed case with a national glossary', [...p('De Wmo geeft de gemeente die taak.'), ...glossary('Wmo | Wet maatschappelijke ondersteuning.', 'UWV | Uitvoeringsinstituut Werknemersverzekeringen.')]],
  // The gemeente's own partners in the glossary promise nothing about national agencies.
  ['a glossary explaining only the health service', [...p('Volgens het CBS woont een kwart van de ouderen alleen.'), ...glossary('GGD | Regionale dienst voor publieke gezondheid.', 'Buurtkamer | Ontmoetingsplek in de wijk.')]],
  ['a glossary explaining a pension term', [...p('De SVB betaalt de kinderbijslag.'), ...glossary('AOW | Algemene Ouderdomswet, het basispensioen.', 'Buurtkamer | Ontmoetingsplek in de wijk.')]],
  ['a body spelled out after its letters', [...p('Het CIZ (Centrum indicatiestelling zorg) beoordeelt de aanvraag.'), ...withBody]]
]

describeBattery(abbreviationUndefined, defects, clean, 8)
