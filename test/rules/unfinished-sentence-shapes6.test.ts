import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 causes, with complete look-alikes:
// 1. a paragraph of one sentence that stops inside its last bijzin, whose clause shows by a finite
//    verb (`is`, `zijn`, `heeft`) rather than by `we` or a comma, and whose running text closes
//    elsewhere in the section (a table or caption may stand between);
// 2. a modal (`willen`, `kan`, `moeten`) whose infinitive never comes: its object takes a relative
//    clause that ends the paragraph, and that clause's one verb is its own.

const defects: DefectWording[] = [
  // 1. a cut bijzin after a table, or in a sentence with a finite verb
  ['a relative clause cut after a table', ['# Onderhoud', '', 'Het dak van de sporthal wordt vervangen.', '', '| Object | Jaar |', '|---|---|', '| Sporthal | 2027 |', '', 'De vervanging van de kozijnen hangt af van het budget dat de provincie'], '`provincie`'],
  ['a relative clause cut before closed text', ['# Bibliotheek', '', 'De openingstijden van de bibliotheek zijn afgestemd op de roosters die de scholen', '', 'Voor de zomer maken we een nieuw rooster.'], '`scholen`'],
  ['a bijzin cut after a caption and a table', ['# Wegen', '', 'We herstellen eerst de fietspaden.', '', 'Tabel 2. Fietspaden', '', '| Pad | Lengte |', '|---|---|', '| Dorpsweg | 2 km |', '', 'De Dorpsweg heeft voorrang omdat de kinderen van twee basisscholen'], '`basisscholen`'],
  // 2. a modal without its infinitive
  ['willen we with a relative clause on the object', ['# Groen', '', 'Wij zetten in op meer bomen in de straat.', '', 'Verder willen we inwoners die hun voortuin vergroenen'], '`vergroenen`'],
  ['kan with a relative clause before closed text', ['# Sport', '', 'Sportclubs krijgen een bijdrage voor hun kantine.', '', 'Het college kan verenigingen die veel jeugdleden hebben', '', 'Voor de rest blijft de regeling gelijk.'], '`hebben`'],
  ['moeten we with a relative clause holding a modal', ['# Zorg', '', 'Mantelzorgers staan er vaak alleen voor.', '', 'Daarom moeten we de mantelzorgers die geen vervanging kunnen vinden'], '`vinden`']
]

const clean: CleanWording[] = [
  // 1. complete sentences without a stop, lead-ins and captions
  ['a finite verb without a bijzin', ['# Bibliotheek', '', 'De openingstijden van de bibliotheek zijn afgestemd op de roosters van de scholen', '', 'Voor de zomer maken we een nieuw rooster.']],
  ['a lead-in before a table', ['# Scholen', '', 'We verdelen het budget.', '', 'De tabel hieronder geeft de bedragen die de scholen', '', '| School | Bedrag |', '|---|---|', '| De Wilg | 10.000 |']],
  ['a caption with a relative clause', ['# Onderhoud', '', 'Het dak wordt vervangen.', '', 'Tabel 4 Kosten van het onderhoud dat de provincie', '', '| Post | Bedrag |', '|---|---|', '| Dak | 5.000 |']],
  ['a complete bijzin without a stop', ['# Wegen', '', 'We herstellen eerst de fietspaden.', '', '| Pad | Lengte |', '|---|---|', '| Dorpsweg | 2 km |', '', 'De Dorpsweg heeft voorrang omdat er veel kinderen fietsen']],
  // 2. the infinitive before or after the relative clause, a complement clause
  ['the infinitive before the relative clause', ['# Groen', '', 'Wij zetten in op meer bomen.', '', 'Verder willen we de inwoners helpen die hun voortuin vergroenen']],
  ['the infinitive after the relative clause', ['# Sport', '', 'Sportclubs krijgen een bijdrage.', '', 'Het college kan de verenigingen die veel jeugdleden hebben extra steunen', '', 'Voor de rest blijft de regeling gelijk.']],
  ['a complement clause after the modal', ['# Water', '', 'Regenwater hoort in de bodem.', '', 'Daarnaast willen we dat bewoners die een tuin hebben hun regenpijp afkoppelen']],
  ['a modal with graag dat', ['# Water', '', 'Regenwater hoort in de bodem.', '', 'Verder willen we graag dat de scholen die een plein hebben meedoen']]
]

describeWordings(unfinishedSentence, defects, clean)
