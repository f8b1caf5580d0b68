import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, with look-alikes that count right or count something else:
// 1. a count without its noun after the partitive `er` (`hanteren we er vier:`), the noun in the
//    sentence before: the list after the colon is what it counts;
// 2. a lead-in that ends on a colon between two bullet lists opens a list of its own: the list
//    before it stays one list that a count can be read against.
const defects: DefectWording[] = [
  // 1. er + count before a colon
  ['er vier before three bullets', ['# Beheer', '', 'Voor het onderhoud van het groen kennen we verschillende beeldniveaus. In de kernen hanteren we er vier:', '', '- intensief, rond de scholen en het stadspark;', '- regulier, in de woonbuurten;', '- extensief, langs de dijken.'], '`er vier`'],
  ['er vijf before a numbered list of four', ['# Toegang', '', 'Het loket werkt met vaste partners. Het zijn er vijf:', '', '1. de kredietbank;', '2. het maatschappelijk werk;', '3. de woningcorporatie;', '4. de voedselbank.'], '`er vijf`'],
  ['er drie after zijn before four bullets', ['# Subsidies', '', 'Welke regelingen blijven bestaan? Er zijn er drie:', '', '- de waarderingssubsidie', '- de activiteitensubsidie', '- de investeringssubsidie', '- de huursubsidie voor verenigingen'], '`er drie`'],
  ['de volgende vier without a noun', ['# Toetsing', '', 'Een aanvraag toetsen we aan criteria. We hanteren de volgende vier:', '', '- het plan past in de wijk;', '- de begroting is sluitend;', '- er is een eigen bijdrage.'], '`volgende vier`'],
  ['er drie with a full stop before a numbered list of two', ['# Locaties', '', 'Voor de flexwoningen zochten we geschikte terreinen. Uiteindelijk vonden we er drie.', '', '1. het terrein aan de Havenweg', '2. de voormalige kwekerij'], '`er drie`'],
  // 2. a lead-in with a colon between two lists
  ['a count over a list followed by another introduced list', ['# Doelgroepen', '', 'We richten ons op drie groepen huurders:', '', '- starters op de woningmarkt;', '- senioren die kleiner willen wonen;', '- statushouders;', '- mensen die uitstromen uit een instelling.', '', 'Voor elke groep doorlopen we dezelfde fasen:', '', '- verkennen;', '- afspraken maken;', '- uitvoeren.'], '`drie groepen`'],
  ['a count of four over three, then a list of conditions', ['# Aanpak', '', 'We onderscheiden vier doelgroepen:', '', '- jongeren;', '- ouderen;', '- werkzoekenden.', '', 'Voor elke doelgroep geldt:', '', '- een vaste contactpersoon;', '- een plan binnen zes weken.'], '`vier doelgroepen`'],
  ['a count of five over four locations, then the opening hours', ['# Voorzieningen', '', 'Inwoners kunnen terecht op vijf locaties:', '', '- het gemeentehuis;', '- de bibliotheek in het centrum;', '- het wijkcentrum Oost;', '- het dorpshuis in Hoeve.', '', 'De openingstijden zijn:', '', '- maandag tot en met vrijdag van 9 tot 17 uur;', '- donderdagavond tot 20 uur.'], '`vijf locaties`']
]

const clean: CleanWording[] = [
  // 1. er + count that counts right, is a bound, or announces no list
  ['er drie before three bullets', ['# Beheer', '', 'We kennen verschillende beeldniveaus. In de kernen hanteren we er drie:', '', '- intensief;', '- regulier;', '- extensief.']],
  ['er drie without a colon', ['# Scholen', '', 'Van de vijf scholen doen er drie mee aan de proef.', '', '- De Regenboog', '- De Wegwijzer', '- Het Kompas', '- De Linde', '- Het Palet']],
  ['er minstens vier before three bullets', ['# Partners', '', 'Het netwerk groeit. Het zijn er inmiddels minstens vier:', '', '- de huisartsen;', '- de wijkteams;', '- de bibliotheek.']],
  ['de volgende drie before three items', ['# Toetsing', '', 'We hanteren de volgende drie:', '', '- past in de wijk;', '- sluitende begroting;', '- eigen bijdrage.']],
  ['er twee with a full stop before two items', ['# Scholen', '', 'Zes scholen meldden zich aan; we kozen er twee.', '', '- De Regenboog', '- Het Kompas']],
  ['er vier with a particle after it', ['# Scholen', '', 'Van de zes scholen doen er vier mee.', '', '- De Regenboog', '- Het Kompas']],
  // 2. lists that count right, or a paragraph of explanation between the parts of one list
  ['a right count, then another introduced list', ['# Doelgroepen', '', 'We richten ons op drie groepen huurders:', '', '- starters;', '- senioren;', '- statushouders.', '', 'Voor elke groep doorlopen we dezelfde fasen:', '', '- verkennen;', '- uitvoeren.']],
  ['a list interrupted by an explanation', ['# Sporen', '', 'We werken langs drie sporen:', '', '- preventie;', '- vroegsignalering.', '', 'Het derde spoor werken we in 2027 uit met de partners in de regio.', '', '- nazorg.']],
  ['a count of all items over two introduced lists', ['# Aanpak', '', 'Deze aanpak kent vijf maatregelen. Voor jongeren:', '', '- een jongerenwerker;', '- een sportpas.', '', 'Voor ouderen:', '', '- een ontmoetingsplek;', '- een klussendienst;', '- een belbus.']]
]

describeWordings(countClaimMismatch, defects, clean)
