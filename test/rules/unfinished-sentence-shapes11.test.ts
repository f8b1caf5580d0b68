import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 11 battery, written before reading the rule again. Two gates for the whole class:
// - a main clause that stops right after its finite verb and a prepositional phrase, where the
//   verb needs an object (`krijgt van de consulent`), with or without a final mark, in a
//   one-sentence paragraph or a list item;
// - a subordinate or relative clause (`die`, `dat`, `omdat`, `zodat`) that closes without any
//   verb, with plural nouns in -en as distractors.
// Look-alikes: complete clauses ending on a prepositional phrase after an intransitive verb or a
// separable particle, a fronted object (`Dat krijgen ze van …`), relative clauses whose verb
// is irregular, in -en, a participle or moved before a prepositional phrase, nominal list items.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']
const items = (...lines: string[]): string[] => ['# Aanpak', '', 'We doen het volgende:', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']

const defects: BatteryWording[] = [
  ['a transitive verb and a phrase, no mark', p('Wie een aanvraag indient voor 1 maart, ontvangt binnen vier weken van de gemeente')],
  ['krijgt and a phrase with a relative clause first, no mark', p('Elke school die meedoet aan de proef, krijgt in het eerste jaar van ons')],
  ['a transitive verb and a phrase with a full stop', p('Inwoners met een laag inkomen krijgen vanaf 2027 van de gemeente.', 'De regeling loopt tot 2029.')],
  ['bieden we and a phrase, no mark', p('Na afloop van de proef bieden we aan alle deelnemers')],
  ['a conditional clause first, then a verb and a phrase', p('Als de wachttijd verder oploopt, sturen we naar de wethouder')],
  ['a list item with a transitive verb and a phrase', items('- de wijkteams ontvangen per kwartaal van de gemeente', '- de scholen melden zich voor 1 mei;', '- we evalueren na een jaar.')],
  ['a relative clause without verb in a list item', items('- We werken samen met de GGD, die met haar teams in alle wijken al veel gezinnen.', '- We evalueren na een jaar.')],
  ['a relative clause without verb inside the sentence', p('De bibliotheek, die in 2026 bijna 4.000 leden, organiseert taalcafés in de wijk.')],
  ['an omdat clause without verb', p('We steunen de voedselbank, omdat die sinds vorig jaar veel meer aanvragen uit de wijk.')],
  ['a zodat clause without verb', p('Er komt een extra buurtcoach, zodat inwoners sneller een vast aanspreekpunt in hun eigen wijk.')],
  ['a dat-relative clause without verb', p('Het buurthuis, dat sinds de verbouwing ook een eigen keuken, is vijf dagen per week open.')],
  ['a die-relative clause missing its verb before the comma', p('Ouders die hun kind niet naar de opvang, kunnen terecht bij het consultatiebureau.')],
  ['a relative clause without verb over a soft line break', p('We vragen hulp van de woningcorporaties, die samen ruim', '6.000 woningen in de gemeente.')]
]

const clean: BatteryWording[] = [
  ['a transitive verb with its object', p('Wie een aanvraag indient voor 1 maart, ontvangt binnen vier weken bericht van de gemeente.')],
  ['terecht bij and no mark', p('Inwoners kunnen elke dinsdag terecht bij het loket in het gemeentehuis')],
  ['a separable verb and a phrase, no mark', p('De bibliotheek werkt samen met de scholen in de wijk')],
  ['an intransitive verb and a phrase, no mark', p('We beginnen in januari met de wijk Noord')],
  ['a fronted object before krijgen', p('Dat krijgen ze van de gemeente.')],
  ['a wat-clause as object before krijgen', p('Wat inwoners nodig hebben, krijgen ze van het wijkteam.')],
  ['an intransitive verb and a phrase with a full stop', p('Het aantal aanvragen stijgt in alle kernen van de gemeente.')],
  ['a relative clause ending on its verb', items('- We werken samen met de GGD, die in alle wijken al veel gezinnen bereikt.', '- We evalueren na een jaar.')],
  ['a relative clause with the phrase after the verb', p('De bibliotheek, die al jaren samenwerkt met de scholen, organiseert taalcafés.')],
  ['a relative clause with a verb in -en', p('De vrijwilligers, die elke week de maaltijden rondbrengen, krijgen een vergoeding.')],
  ['an omdat clause with an irregular verb', p('We steunen de voedselbank, omdat die sinds vorig jaar meer aanvragen heeft.')],
  ['a relative clause with a participle and is', p('Het buurthuis, dat in 2025 is verbouwd, is vijf dagen per week open.')],
  ['a relative clause with heeft at the end', p('We werken met de stichting, die in elke kern een steunpunt heeft.')],
  ['a relative clause with its verb before a phrase', p('Ouders die hulp zoeken bij de opvoeding, kunnen terecht bij het consultatiebureau.')],
  ['a demonstrative die', p('Die aanpak werkt goed in de kernen.')],
  ['a nominal list item', items('- de bibliotheek met haar vestigingen in de kernen;', '- een steunpunt in elke kern, dat drie dagen per week open is;', '- een jaarlijkse evaluatie.')],
  ['a zodat clause with its verb', p('Er komt een extra buurtcoach, zodat inwoners sneller een vast aanspreekpunt in hun eigen wijk hebben.')],
  ['a relative clause with a verb in -t over a soft line break', p('We vragen hulp van de woningcorporaties, die samen ruim', '6.000 woningen in de gemeente verhuren.')],
  ['a conjunction dat after a verb of saying', p('We verwachten dat de wachttijd in 2027 daalt.')]
]

// 11, not 12: a transitive verb with only phrases after it is read in a sentence without its full
// stop only. With the stop, real texts put the object before the verb (`welk deel de school
// draagt aan …`) and the reading gave four false warnings on the example plans.
describeBattery(unfinishedSentence, defects, clean, 11)
