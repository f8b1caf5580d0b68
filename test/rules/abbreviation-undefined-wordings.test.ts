import { abbreviationUndefined } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of abbreviations that are never written out, in capitals and in mixed case,
// and look-alikes that are explained, known to every reader, names, units or emphasis.
const glossary = (term: string, definition: string): string[] => ['', '# Begrippenlijst', '', '| Begrip | Omschrijving |', '|---|---|', `| ${term} | ${definition} |`]

const defects: DefectWording[] = [
  ['Wmo in mixed case', ['# Zorg', '', 'De Wmo-consulent komt binnen vijf werkdagen op huisbezoek.'], '`Wmo`'],
  ['Wlz in mixed case', ['# Zorg', '', 'Bewoners met een indicatie voor de Wlz vallen buiten dit programma.'], '`Wlz`'],
  ['WMO in capitals', ['# Zorg', '', 'Het aantal WMO-meldingen steeg in 2025 met ruim 9 procent.'], '`WMO`'],
  ['JGT', ['# Jeugd', '', 'Het JGT voert vanaf 2026 ook de lichte ambulante hulp uit.'], '`JGT`'],
  ['WSP', ['# Werk', '', 'Werkgevers met een vacature melden zich bij het WSP.'], '`WSP`'],
  ['SROI', ['# Inkoop', '', 'Bij elke aanbesteding boven € 100.000 vragen we SROI.'], '`SROI`'],
  ['LEA in a plural', ['# Onderwijs', '', 'De afspraken uit beide LEA’s lopen tot 2028.'], '`LEA`'],
  ['CJG', ['# Jeugd', '', 'Ouders met vragen over opvoeden kunnen terecht bij het CJG.'], '`CJG`'],
  ['POH-GGZ as one abbreviation', ['# Zorg', '', 'De POH-GGZ van de huisarts verwijst door naar het wijkteam.'], '`POH`'],
  ['an abbreviation in a list item', ['# Aanbod', '', '- inzet van de JOS in alle wijken', '- een buurtkamer per kern'], '`JOS`'],
  ['an abbreviation in a table cell', ['# Planning', '', '| Actie | Partner |', '|---|---|', '| Vroegsignalering | RSD |'], '`RSD`'],
  ['an abbreviation explained with other letters', ['# Zorg', '', 'Het MDO (zie bijlage 2) bespreekt elke casus.'], '`MDO`'],
  ['a mixed-case law', ['# Zorg', '', 'Bij verward gedrag passen we de Wvggz toe.'], '`Wvggz`'],
  ['an abbreviation used twice', ['# Werk', '', 'Het werkbedrijf in de regio werkt samen met het LWB. Het LWB plaatst 40 mensen per jaar.'], '`LWB`'],
  ['an abbreviation in a heading', ['# Samenwerking met het RIEC', '', 'We delen signalen.'], '`RIEC`']
]

const clean: CleanWording[] = [
  ['Wmo explained before', ['# Zorg', '', 'De Wet maatschappelijke ondersteuning (Wmo) regelt hulp thuis. De Wmo-consulent komt langs.']],
  ['Wmo explained after', ['# Zorg', '', 'De Wmo (Wet maatschappelijke ondersteuning) regelt hulp thuis.']],
  ['CJG explained after a dash', ['# Jeugd', '', 'Ouders kunnen terecht bij het CJG – het Centrum voor Jeugd en Gezin – in elke kern.']],
  ['SROI in the begrippenlijst', ['# Inkoop', '', 'We vragen SROI bij elke aanbesteding.', ...glossary('SROI', 'Social return on investment: werk voor mensen met een afstand tot de arbeidsmarkt')]],
  ['Wlz in the begrippenlijst', ['# Zorg', '', 'Bewoners met een Wlz-indicatie vallen buiten dit programma.', ...glossary('Wlz', 'Wet langdurige zorg')]],
  ['a lowercase explanation', ['# Veiligheid', '', 'Twee buitengewoon opsporingsambtenaren (boa’s) lopen mee; de boa’s werken ’s avonds.']],
  ['national bodies every reader knows', ['# Kaders', '', 'We volgen de modelverordening van de VNG; de GGD en de BOA’s doen mee.']],
  ['known national abbreviations', ['# Werk', '', 'Het UWV, het CBS en de AOW kent iedereen; de btw en het MKB ook.']],
  ['Roman numerals and units', ['# Energie', '', 'In fase II plaatsen we panelen van 4 MW en besparen we 300 GJ per jaar.']],
  ['emphasis in capitals', ['# Kaders', '', 'We bezuinigen NIET op de toegang en ALLE wijken doen mee.']],
  ['an organisation name', ['# Partners', '', 'Stichting MEE en Welzijn Veldhoorn werken samen met ABC Bouw.']],
  ['a name in capitals with its place name', ['# Partners', '', 'Het AZC Veldhoorn biedt plaats aan 300 mensen.']],
  ['place names and names', ['# Wijken', '', 'Inwoners van Oss en Ede kwamen kijken, net als Mw. Jansen en Dr. Pieters.']],
  ['CO2 and a code', ['# Klimaat', '', 'De CO2-uitstoot daalt; het kantoor ligt aan postcode 1234 AB.']],
  ['mixed case in the middle of a known word', ['# Zorg', '', 'De ggz-instellingen werken samen. Ggz-instellingen bieden ook hulp thuis.']],
  ['an abbreviation explained later with hierna', ['# Zorg', '', 'Het RAV rijdt uit.', '', '# Partners', '', 'De Regionale Ambulancevoorziening (hierna: RAV) werkt mee.']]
]

describeWordings(abbreviationUndefined, defects, clean)
