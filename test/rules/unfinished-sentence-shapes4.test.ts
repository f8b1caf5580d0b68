import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 causes, each in prose, list items and other places, with look-alikes that finish:
// 1. a list of items that close with `;` (the Dutch list style) whose last item stops mid-clause;
// 2. a bijzin whose only -t/-en words are nouns after an article or preposition (`zodat de
//    kosten per cliënt`): the verb never comes;
// 3. a passive or future auxiliary (`worden`, `zal`) with its adverbial but no participle or
//    infinitive after it;
// 4. a preposition that strands rarely (`binnen`, `zonder`, `onder`) or a possessive (`hun`,
//    `eigen`) that wants its noun.
const defects: DefectWording[] = [
  // 1. semicolon lists
  ['the last of semicolon items after omdat', ['# Aanbod', '', 'Wij bieden:', '', '- een gratis zwemles voor kinderen;', '- een vergoeding voor de contributie;', '- een bijdrage aan de schoolreis, omdat ouders'], '`ouders`'],
  ['the last of numbered semicolon items after zodat', ['# Maatregelen', '', '1. we verlengen de openingstijden van het loket;', '2. we werven twee extra consulenten;', '3. we bundelen de intake, zodat inwoners'], '`inwoners`'],
  ['semicolon items that stop after als', ['# Werkwijze', '', '- de consulent belt binnen een week terug;', '- het gesprek vindt thuis plaats;', '- een tolk schuift aan als de'], '`de`'],
  // 2. nouns that look like verbs
  ['a bijzin with a noun on -t', ['# Jeugd', '', '- Elk kind heeft een vaste coach.', '- Elke school krijgt een vast aanspreekpunt.', '- Een vaste prijs per traject, zodat de lasten per contract'], '`contract`'],
  ['a bijzin with a noun on -en', ['# Wonen', '', '- We bouwen 120 woningen voor starters.', '- We kopen twee panden aan voor tijdelijke huisvesting.', '- We maken afspraken met de verhuurders, omdat de wachttijden voor jongeren'], '`jongeren`'],
  ['a paragraph whose bijzin has only nouns', ['# Sport', '', 'De hal krijgt een nieuwe vloer. De kleedkamers worden opgeknapt.', '', 'De gemeente sluit een onderhoudscontract af, waardoor de kosten van het beheer per object', '', 'Daarna volgt de aanbesteding.'], '`object`'],
  // 3. an auxiliary without its verb
  ['worden with an adverbial only', ['# Accommodaties', '', '- De gymzaal aan de Dorpsstraat sluit in 2027.', '- De leerlingen sporten voortaan in de nieuwe hal.', '- De kleedkamers van de oude hal worden na de opening van het zwembad', '- Het zwembad krijgt een doelgroepenbad.'], '`zwembad`'],
  ['zal with an adverbial only', ['# Wijken', '', '- Het buurthuis krijgt een nieuwe beheerder.', '- De speeltuin wordt uitgebreid met een trapveld.', '- Het college zal in overleg met de bewoners van de wijk', '- De bibliotheek opent een leeshoek.'], '`wijk`'],
  ['wordt in a numbered item', ['# Vastgoed', '', '1. Het oude gemeentehuis wordt verkocht.', '2. De bibliotheek verhuist naar het kulturhus.', '3. Het pand aan de Markt wordt na vertrek van de muziekschool', '4. De opbrengst gaat naar de reserve.'], '`muziekschool`'],
  // 4. prepositions and possessives
  ['an item that stops on binnen', ['# Doelen', '', '- Elke aanvraag krijgt een reactie binnen vijf werkdagen.', '- Het aantal vrijwilligers groeit naar 400.', '- We zorgen dat elke oudere binnen'], '`binnen`'],
  ['an item that stops on zonder', ['# Doelen', '', '- Jongeren vinden sneller werk.', '- Het aantal voortijdig schoolverlaters daalt.', '- Meer jongeren ronden een opleiding af zonder'], '`zonder`'],
  ['a wrapped line that stops on hun eigen', ['# Scenario’s', '', 'Het voordeel van een centrale hal is dat de verenigingen kosten delen. Het nadeel is dat de dorpen hun eigen', 'Dat weegt zwaar voor de raad.'], '`eigen`'],
  ['a sentence that stops on hun', ['# Mantelzorg', '', 'We betrekken mantelzorgers bij de keuze voor hun. Zo sluit de hulp beter aan.'], '`hun`']
]

const clean: CleanWording[] = [
  // 1. finished semicolon lists, a lead-in and items without a verb
  ['semicolon items closed by a full stop', ['# Aanbod', '', 'Wij bieden:', '', '- een gratis zwemles voor kinderen;', '- een vergoeding voor de contributie;', '- een bijdrage aan de schoolreis, omdat ouders dat vragen.']],
  ['semicolon items of nouns only', ['# Partners', '', '- de woningcorporaties;', '- de zorgaanbieders;', '- de huisartsen']],
  ['semicolon items with a finished last bijzin', ['# Werkwijze', '', '- de consulent belt binnen een week terug;', '- het gesprek vindt thuis plaats;', '- een tolk schuift aan als dat nodig is']],
  // 2. bijzinnen with their verb, also before a trailing phrase
  ['a bijzin with its verb before a phrase', ['# Jeugd', '', '- Elk kind heeft een vaste coach.', '- Elke school krijgt een vast aanspreekpunt.', '- Een vaste prijs per traject, zodat de lasten dalen per gezin.']],
  ['a bijzin ending in its verb', ['# Wonen', '', '- We bouwen 120 woningen voor starters.', '- We maken afspraken met de verhuurders, omdat de wachttijden stijgen.']],
  ['a relative clause with a verb in -t', ['# Sport', '', '- De hal krijgt een nieuwe vloer.', '- De kleedkamers worden opgeknapt.', '- Een beheerder die de sleutels beheert']],
  // 3. auxiliaries with their verb, and worden as a copula
  ['worden with its participle', ['# Accommodaties', '', '- De gymzaal aan de Dorpsstraat sluit in 2027.', '- De kleedkamers van de oude hal worden na de opening van het zwembad gesloopt.', '- Het zwembad krijgt een doelgroepenbad.']],
  ['worden as a copula', ['# Wijken', '', '- Het buurthuis krijgt een nieuwe beheerder.', '- Het oude schoolplein wordt een groene speelplek voor de buurt', '- De bibliotheek opent een leeshoek.']],
  ['zal with an infinitive in a heading-like item', ['# Wijken', '', '- Het buurthuis krijgt een nieuwe beheerder.', '- Het college zal in overleg met de bewoners de Lindelaan herinrichten', '- De bibliotheek opent een leeshoek.']],
  // 4. binnen, hun and eigen where they may stand
  ['binnen as a particle', ['# Toegang', '', 'Aanvragen komen vooral via de huisarts binnen. Het loket blijft open.']],
  ['binnen with its object', ['# Doelen', '', '- Elke aanvraag krijgt een reactie binnen vijf werkdagen.', '- We zorgen dat elke oudere binnen een kwartier hulp heeft.']],
  ['eigen before its noun', ['# Scenario’s', '', 'Het nadeel is dat de dorpen hun eigen hal verliezen. Dat weegt zwaar.']],
  ['hun before its noun at a line end', ['# Mantelzorg', '', 'We betrekken mantelzorgers en hun', 'naasten bij de keuze voor de hulp.']],
  ['a heading that names the own share', ['# Hun eigen', '', 'Inwoners betalen een eigen bijdrage.']]
]

describeWordings(unfinishedSentence, defects, clean)
