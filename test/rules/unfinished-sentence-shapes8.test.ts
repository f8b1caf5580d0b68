import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 cause, with look-alikes whose verb may come last: a list item (or line) that stops on
// the finite copula of a main clause right after its subject ("… en de huur van de zaal is"). A
// main clause puts that verb second, so nothing after it means the complement is missing; in a
// bijzin (`omdat`, `zoals`, `wat`, `hoe`, `zolang`) the verb comes last and the clause is whole.
const defects: DefectWording[] = [
  ['a criterion that stops on is after en', ['# Criteria', '', 'Een aanvraag toetsen we aan deze eisen:', '', '1. het project past binnen het beleid;', '2. het project is voor iedereen toegankelijk en de huur van de zaal is', '3. de aanvrager draagt zelf ook bij.'], '`is`'],
  ['an item that stops on wordt after en', ['# Stappen', '', 'Wat we vragen:', '', '- de wijkraad stelt een plan op;', '- het plan wordt besproken en het resultaat van de gesprekken wordt', '- de raad besluit.'], '`wordt`'],
  ['an item that stops on zijn after maar', ['# Afspraken', '', 'Afspraken:', '', '- de school levert de ruimte;', '- de club zorgt voor trainers maar de kosten van de begeleiding zijn', '- de ouders helpen mee.'], '`zijn`'],
  ['an item that stops on blijft as its own clause', ['# Afspraken', '', 'Afspraken:', '', '- de school levert de ruimte;', '- de verhuur aan derden blijft', '- de ouders helpen mee.'], '`blijft`']
]

const clean: CleanWording[] = [
  ['a bijzin with zoals', ['# Voorwaarden', '', 'Voorwaarden:', '', '- de activiteit is open voor iedereen;', '- we vragen een bijdrage zoals het gebruikelijk is', '- de aanvraag komt op tijd binnen.']],
  ['a bijzin with hoe', ['# Punten', '', 'Punten:', '', '- we kijken hoe groot de groep is', '- de kosten zijn bekend;', '- het verslag is openbaar.']],
  ['a relative with wat after en', ['# Afspraken', '', 'Afspraken:', '', '- de school levert de ruimte;', '- de club zorgt voor trainers en de gemeente betaalt wat nodig is', '- de ouders helpen mee.']],
  ['a bijzin with zolang', ['# Regeling', '', 'De regeling:', '', '- de toeslag loopt door;', '- de regeling blijft bestaan zolang de vraag groot is', '- de raad evalueert in 2028.']],
  ['a coordinated bijzin after omdat', ['# Keuze', '', 'We kiezen dit omdat:', '', '- de wachtlijst lang is;', '- de kosten stijgen en de opbrengst laag is', '- de raad het vroeg.']]
]

describeWordings(unfinishedSentence, defects, clean)
