import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 10 battery, written before reading the rule: sentences that stop on a word no Dutch
// sentence ends on (an article, a possessive, a preposition that governs a noun, a subordinating
// conjunction, `te`/`om`, an attributive adjective or ordinal after an article, a modal or
// auxiliary whose complement is missing), with and without a closing mark, in paragraphs and
// list items, inside emphasis. Look-alikes: elliptic nouns (`de tweede start later.`),
// superlatives used as predicates, stranded prepositions and separable particles, auxiliaries at
// the end of a subordinate clause, `Dat willen we.`, a sentence wrapped over a soft line break.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const items = (...lines: string[]): string[] => ['# Aanpak', '', 'We doen het volgende:', '', ...lines]

const defects: BatteryWording[] = [
  ['an ordinal after an article ending a paragraph', p('De nieuwe werkwijze geldt voor alle aanvragen die binnenkomen vanaf het derde', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['an adjective after an article with a full stop', p('Voor de inloop kiezen we een nieuwe.', 'De huur betalen we uit het budget.')],
  ['a list item ending on waarbij', items('- een vast aanspreekpunt per school;', '- een wekelijks spreekuur in de wijk, waarbij', '- een jaarlijkse evaluatie met ouders.')],
  ['a modal with its subject and no infinitive', p('Samen met de scholen pakken we pesten aan en daarnaast willen we', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['an article at the end of a paragraph', p('Het extra geld gaat grotendeels naar de', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['a possessive at the end of a sentence', p('De buurtteams helpen inwoners bij het ordenen van hun.', 'Dat doen ze thuis.')],
  ['met at the end of a paragraph', p('De subsidie is bedoeld voor verenigingen met', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['zodat at the end of a sentence', p('We evalueren de aanpak elk jaar, zodat.', 'De raad krijgt een rapportage.')],
  ['doordat at the end of a list item', items('- de wachtlijsten lopen op doordat', '- er minder vrijwilligers zijn;', '- de vraag groeit.')],
  ['zoals at the end of a paragraph', p('We zetten in op preventieve maatregelen, zoals', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['te without its infinitive', p('We vragen aanbieders de resultaten elk halfjaar te.', 'Zo houden we zicht op de voortgang.')],
  ['om at the end of a list item', items('- we richten een werkgroep op om', '- we maken een planning;', '- we evalueren na een jaar.')],
  ['an article inside emphasis', p('*Het extra geld gaat vooral naar de*', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['a modal after a fronted adverb without subject', p('De pilot loopt goed. Vanaf volgend jaar kunnen', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['an auxiliary finite verb in second place with nothing after', p('De eerste resultaten van de pilot worden', '', '# Geld', '', 'Het budget is € 40.000.')],
  ['a list item over a soft break ending on zodat', items('- we bieden elke school een vaste contactpersoon en een vast', '  spreekuur in de wijk, zodat', '- we evalueren na een jaar.')],
  ['a list item over a soft break ending on an inverted modal', items('- Met de scholen maken we afspraken over pesten.', '- Met de sportclubs starten we een proef en', '  daarna willen we', '- We evalueren na een jaar.')],
  ['a list item ending on an ordinal after an article', items('- een spreekuur in de eerste week van de maand;', '- een huisbezoek in de tweede;', '- een evaluatie vanaf het vierde')]
]

const clean: BatteryWording[] = [
  ['an elliptic ordinal noun', p('Van de twee pilots loopt de eerste al; daarna start de tweede.')],
  ['a superlative as a predicate', p('Van de drie varianten is deze de goedkoopste.')],
  ['Dat willen we', p('Iedere inwoner moet weten waar hij terechtkan. Dat willen we.')],
  ['Dat kan', p('Een aanvraag doen via de website? Dat kan.')],
  ['a stranded preposition', p('Een veilige wijk voor iedereen: daar zorgen we voor.')],
  ['a separable particle that is also a preposition', p('Vanaf 2027 nemen we de taken van de stichting over.')],
  ['a particle toe', p('Het aantal meldingen over overlast neemt elk jaar toe.')],
  ['an auxiliary at the end of a subordinate clause', p('We zorgen ervoor dat de afspraken ook echt nagekomen worden.')],
  ['a modal at the end of a subordinate clause', p('We kijken hoe vaak inwoners het loket bezoeken en wat ze daar willen.')],
  ['a sentence wrapped over a soft line break after an article', p('Het extra geld gaat grotendeels naar de', 'wijkteams in Noord en Zuid.')],
  ['a list introduced by zoals and a colon', p('We werken samen met partners, zoals:', '', '- de bibliotheek;', '- de huisartsen.')],
  ['an abbreviation at the end', p('We werken samen met scholen, sportclubs, buurthuizen enz.')],
  ['a title in emphasis ending on a particle', p('We sluiten aan bij de landelijke campagne *Iedereen doet mee*.')],
  ['a predicate with worden in a main clause', p('De wijken moeten de komende jaren groener worden.')],
  ['an adjective as a predicate after een', p('Deze aanpak is geen nieuwe.')],
  ['a complete list item after a conjunction-like noun', items('- samenwerking en overleg;', '- een vast aanspreekpunt;', '- een vervolg.')],
  ['a list item over a soft break that is whole', items('- we bieden elke school een vaste contactpersoon en een', '  vast spreekuur in de wijk;', '- we evalueren na een jaar.')],
  ['an inverted modal after a fronted object', p('Meer ruimte voor groen in elke straat: dat willen we ook.')],
  ['a postposition of direction', p('De uitgaven voor jeugdhulp bewegen de laatste jaren steeds de verkeerde kant op.')],
  ['an ordinal as a noun with a full stop', p('Er komen twee inloophuizen. In 2027 openen we het eerste.')],
  ['a nominal adjective after het without a full stop', items('- we beperken de lasten voor aanbieders tot het noodzakelijke', '- we maken één loket;', '- we evalueren na een jaar.')],
  ['a question word at the end of a question', p('Welke hulp past bij wie, en waarom?')]
]

describeBattery(unfinishedSentence, defects, clean, 15)
