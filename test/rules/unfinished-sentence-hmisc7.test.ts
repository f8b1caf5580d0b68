import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc7 battery, written before reading the rule: a paragraph or list item that stops on a word
// no Dutch clause can end on, without a full stop: an article or possessive, a quantifier, a
// preposition that still wants its noun, a conjunction, a relative pronoun, an adverb that wants
// its verb, or a subordinate clause (`zodat`, `omdat`, `waardoor`) that has its subject but not its
// verb. Look-alikes end on a particle of a separable verb (`neemt af`, `doen mee`), on `ook` after a
// finite verb, on `; en` between list items, or are labels, sources and elliptic items after a colon.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, '', '## Verder', '', 'Hierna volgt de planning.']

const defects: BatteryWording[] = [
  ['an article at the end of a paragraph', p('Bij zware regenval sluiten we de tunnel onder het spoor en leiden we het verkeer om via de')],
  ['a preposition at the end of a paragraph', p('De bibliotheek verlengt haar openingstijden op zaterdag tot')],
  ['a conjunction after an amount', p('Huurders die hun woning isoleren, krijgen een bijdrage van vijfhonderd euro en')],
  ['zodat with a quantifier in a list item', p('Wat we doen:', '', '- vrijwilligers die een cursus volgen, krijgen een vergoeding, zodat meer', '- we openen een tweede steunpunt in de wijk.')],
  ['omdat with a subject in a list item', p('Onze keuzes:', '', '- ouders krijgen een brief over de veilige schoolroute, omdat kinderen', '- we zetten verkeersbrigadiers in bij drie scholen.')],
  ['a preposition after a place', p('Bij hitte stellen we de koele ruimten in alle buurthuizen open voor')],
  ['ook after a second adverbial, without a verb', p('Tijdens de kerstmarkt plaatsen we op het plein extra afvalbakken en bij het station ook')],
  ['a quantifier after a preposition', p('In 2028 plaatsen we 12 laadpalen bij elke')],
  ['zodat with a pronoun subject', p('De wijkteams bellen alle ouderen boven de tachtig die alleen wonen, zodat zij')],
  ['a possessive at the end', p('Wie een melding doet, krijgt binnen vijf werkdagen antwoord van een van onze')],
  ['an article in the second sentence', p('De vergunning geldt drie jaar. Daarna beoordelen we opnieuw of de')],
  ['a quantifier after brackets', p('Het budget (€ 40.000 per jaar) gaat naar de buurtpreventie en naar enkele')],
  ['a relative pronoun after a count', p('Om de wachttijd te verkorten zetten we 2 extra consulenten in, die')],
  ['waardoor with an article and noun', p('- we maken de regels voor terrassen eenvoudiger, waardoor de ondernemers', '- we houden elk voorjaar een spreekuur.')],
  ['all after a verb', p('Bij sneeuw ruimen we eerst de fietspaden naar scholen en daarna alle')]
]

const clean: CleanWording[] = [
  ['a separable particle at the end of a list item', p('Wat we verwachten:', '', '- het aantal meldingen van overlast neemt af', '- meer ouders doen mee')],
  ['ook after a finite verb in a list item', p('Wie doet wat:', '', '- de wijkteams bezoeken de ouderen', '- de huisartsen doen dat ook')],
  ['; en between list items', p('We werken samen met:', '', '- de bibliotheek; en', '- het buurthuis.')],
  ['an elliptic list item after a colon', p('Het gaat om drie wijken:', '', '- Noord en Oost', '- het centrum')],
  ['a source line', p('De cijfers staan in tabel 2.', '', 'Bron: monitor leefbaarheid, bewerking gemeente')],
  ['zodat with its verb in a list item', p('Wat we doen:', '', '- we verlagen de drempel, zodat meer ouders meedoen', '- zodat jongeren sneller werk vinden')],
  ['a list item ending on niet meer', p('Wat verandert:', '', '- de wachtlijst voor de taalcursus bestaat niet meer', '- de intake duurt korter')],
  ['a see-also label before a list', p('Zie ook:', '', '- hoofdstuk 3 over de financiën', '- bijlage 2')],
  ['a bold label line', p('**Voor wie**', '', 'De regeling is voor alle inwoners met een laag inkomen.')],
  ['a table cell ending on a particle', ['# Planning', '', '| Maatregel | Stand |', '|---|---|', '| Het oude beleid loopt af | 2027 |', '| De buurtbus rijdt vaker door | 2028 |']],
  ['a sentence ending with a particle and a full stop', p('De kosten van de extra ronde nemen we voor onze rekening. De provincie betaalt mee.')],
  ['a heading ending on a preposition', ['# Wat we voor staan', '', 'We kiezen voor een dorp waarin iedereen meedoet.']]
]

describeBattery(unfinishedSentence, defects, clean, 13)
