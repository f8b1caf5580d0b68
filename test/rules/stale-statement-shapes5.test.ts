import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, with look-alikes that look back, stretch over time or lie after the document:
// 1. a moment written with `van` (`het voorjaar van 2025`, `de eerste helft van 2025`) in a sentence
//    that also names a later year: the `van` of the moment was read as the start of a stretch;
// 2. an announcement by a separable verb whose particle comes later (`maakt … bekend`, `werkt … uit`,
//    `geeft … vrij`): the verb alone is no event, the verb with its particle is.
const dated = 'Vastgesteld door de gemeenteraad op 9 oktober 2025.'

const defects: DefectWording[] = [
  // 1. a moment with van beside a later year
  ['a season of the document year beside a later year', [dated, '', '# Sport', '', 'De nieuwe sportnota wordt in het voorjaar van 2025 door de raad vastgesteld; zij geldt tot 2035.'], '`het voorjaar van 2025`'],
  ['a half year of the document year before a clause to 2029', [dated, '', '# Pilot', '', 'De evaluatie van de pilot komt in de eerste helft van 2025, en de aanpak loopt door tot 2029.'], '`de eerste helft van 2025`'],
  ['a bold lead and a summer before an agreement to 2030', [dated, '', '# Sport', '', '**Sportakkoord.** Het nieuwe sportakkoord wordt in de zomer van 2025 ondertekend, met afspraken tot en met 2030.'], '`de zomer van 2025`'],
  // 2. separable event verbs
  ['maakt with bekend later in the clause', ['# Financiën', '', 'De provincie maakt in het najaar van 2024 bekend welke dorpen een bijdrage voor hun dorpshuis krijgen.'], '`het najaar van 2024`'],
  ['werkt with uit at the end', ['# Regels', '', 'De provincie werkt eind 2024 de subsidieregeling voor erfgoed verder uit.'], '`eind 2024`'],
  ['geeft with vrij at the end in an item', ['# Planning', '', '- Het college geeft in december 2024 het budget voor de pleinen vrij.', '- De bewoners kiezen daarna het ontwerp.'], '`december 2024`']
]

const clean: CleanWording[] = [
  // 1. stretches and moments after the document
  ['a stretch that starts with tussen', [dated, '', '# Wijken', '', 'Tussen het voorjaar van 2025 en eind 2026 wordt de wijk heringericht.']],
  ['a season that ends after the document day', [dated, '', '# Sport', '', 'De nieuwe sportnota wordt in het najaar van 2025 door de raad vastgesteld; zij geldt tot 2035.']],
  ['a stretch with sinds beside a later year', [dated, '', '# Regeling', '', 'Sinds het voorjaar van 2025 wordt de regeling uitgevoerd, en dat blijft zo tot 2028.']],
  // 2. past tense, statistics, later moments and stretches
  ['maakte in the past tense', ['# Financiën', '', 'De provincie maakte in het najaar van 2024 bekend welke dorpen een bijdrage krijgen.']],
  ['a statistic with maken', ['# Regeling', '', 'In 2024 maken zestig inwoners gebruik van de regeling.']],
  ['an announcement after the document year', ['# Financiën', '', 'De provincie maakt eind 2025 bekend welke dorpen een bijdrage krijgen.']],
  ['a stretch with sinds and uit', ['# Regels', '', 'De provincie werkt sinds 2024 de regeling voor erfgoed uit.']],
  ['an effort in the historic present', ['# Aanpak', '', 'In maart 2024 zet het wijkteam in op huisbezoeken bij alle gezinnen met een achterstand.']],
  ['a figure of spending in the historic present', ['# Financiën', '', 'In 2024 geeft de gemeente ruim twee miljoen euro uit aan de jeugdhulp.']]
]

describeWordings(staleStatement, defects, clean)
