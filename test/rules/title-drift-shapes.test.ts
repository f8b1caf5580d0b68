import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Shapes of title drift without a number to point at the part, written fresh: a link in an
 * agenda heading with a wholly other name, and a part named by its kind word alone (`het thema
 * …`, `de prioriteit …`) with a quoted name that is no title, or an unquoted name that changes
 * one word of a title or leaves it after a small word. Look-alikes: the title, a short form,
 * a lowercase phrase, a sentence that goes on after the name.
 */

const themas = [
  "# Thema's",
  '',
  '## Thema 1: Schoon en heel {#t1}',
  '',
  'Tekst.',
  '',
  '## Thema 2: Samen zorgen voor elkaar {#t2}',
  '',
  'Tekst.',
  '',
  '## Thema 3: Groen in de wijk {#t3}',
  '',
  'Tekst.',
  ''
]
const uitgangspunten = ['# Uitgangspunten', '', '## 3.1 Dichtbij de inwoner {#u1}', '', 'Tekst.', '', '## 3.2 Eerlijk delen {#u2}', '', 'Tekst.', '']
const speerpunten = ['# Speerpunten', '', '## Speerpunt 1: Een sterke lokale economie', '', 'Tekst.', '', '## Speerpunt 2: Ruimte voor ondernemers in de kern', '', 'Tekst.', '']
const prioriteiten = ['# Prioriteiten', '', '## Prioriteit 1: Ondermijning aanpakken', '', 'Tekst.', '', '## Prioriteit 2: Jongeren op het goede spoor', '', 'Tekst.', '']
// Principes written as a sentence: the name is the first one.
const principes = ['# Principes', '', '1. Vroeg erbij. We signaleren problemen voordat ze groeien.', '2. Eén gezin, één plan. Hulpverleners stemmen hun inzet af.', '']
// Two-word titles: an inflected adjective and a noun, and a noun and a verb.
const kernen = ['# Thema\'s', '', '## Thema 1: Vitale kernen', '', 'Tekst.', '', '## Thema 2: Duurzame mobiliteit', '', 'Tekst.', '', '## Thema 3: Armoede bestrijden', '', 'Tekst.', '']
const prose = (line: string, parts = themas): string[] => [...parts, '# Aanpak', '', line, '']
const agendaHeading = (heading: string): string[] => [...themas, '# Uitvoeringsagenda', '', `## ${heading}`, '', '| Activiteit | Resultaat |', '|---|---|', '| Buurtschouw | Vier per jaar |', '']

const defects: DefectWording[] = [
  // A link in an agenda heading is the heading's name: any other name is drift.
  ['een agendakop met een heel andere naam', agendaHeading('[Zorgzame buurten](#t2)'), 'Zorgzame buurten'],
  ['een agendakop met een oude naam voor het eerste thema', agendaHeading('[Opgeruimde straten](#t1)'), 'Opgeruimde straten'],
  // The kind word alone and a quoted name that is no title of that kind.
  ['het thema met een oude naam tussen aanhalingstekens', prose("Het thema 'Omzien naar elkaar' vraagt veel van vrijwilligers."), 'Omzien naar elkaar'],
  ['een uitgangspunt met een andere naam', prose('Dit sluit aan bij het uitgangspunt “Hulp om de hoek”.', uitgangspunten), 'Hulp om de hoek'],
  ['een speerpunt met een andere naam', prose('Voor het speerpunt "Bloeiende bedrijvigheid" reserveren we een bedrag.', speerpunten), 'Bloeiende bedrijvigheid'],
  // An unquoted name that changes one word of a title.
  ['het thema met één ander woord', prose('Onder het thema Samen zorgen voor iedereen vallen ook de mantelzorgers.'), 'Samen zorgen voor iedereen'],
  ['een speerpunt met één ander woord', prose('Binnen het speerpunt Een sterke regionale economie werken we met de buurgemeenten.', speerpunten), 'Een sterke regionale economie'],
  // An unquoted name that leaves the title after a small word.
  ['het thema dat na een voorzetsel afwijkt', prose('In het thema Groen in het centrum planten we tweehonderd bomen.'), 'Groen in het centrum'],
  ['een speerpunt dat na een voorzetsel afwijkt', prose('Het speerpunt Ruimte voor ondernemers in het buitengebied krijgt een eigen budget.', speerpunten), 'Ruimte voor ondernemers in het buitengebied'],
  ['een prioriteit met een andere naam', prose("Voor de prioriteit 'Criminaliteit bestrijden' werken we met de politie.", prioriteiten), 'Criminaliteit bestrijden'],
  ['een prioriteit met één ander woord', prose('Binnen de prioriteit Jongeren op het rechte spoor zetten we jongerenwerkers in.', prioriteiten), 'Jongeren op het rechte spoor'],
  ['een principe als zin met een andere naam', prose('Dit volgt uit het principe ‘Eén kind, één plan’.', principes), 'Eén kind, één plan'],
  ['een ander zelfstandig naamwoord na het bijvoeglijk naamwoord', prose('In het thema Vitale dorpen investeren we in ontmoetingsplekken.', kernen), 'Vitale dorpen'],
  ['een ander zelfstandig naamwoord na een tweede titel', prose('Voor het thema Duurzame bereikbaarheid trekken we een budget uit.', kernen), 'Duurzame bereikbaarheid'],
  ['een agendakop met een andere naam in hoofdletters', agendaHeading('[NETTE BUURTEN](#t1)'), 'NETTE BUURTEN']
]

const clean: CleanWording[] = [
  ['een zelfstandig naamwoord met een werkwoord erna', prose('Het thema Armoede vraagt de meeste inzet.', kernen)],
  ['een bijvoeglijk naamwoord met een tweede bijvoeglijk naamwoord', prose('Het thema Vitale groene kernen sluit aan bij de omgevingsvisie.', kernen)],
  ['een bijvoeglijk naamwoord met een klein woord erna', prose('Binnen het thema Duurzame en veilige mobiliteit werken we met de provincie.', kernen)],
  ['een bijvoeglijk naamwoord met een komma erna', prose('Het thema Vitale, hechte kernen loopt door.', kernen)],
  ['een titel van twee woorden zoals vastgesteld', prose('In het thema Vitale kernen investeren we in ontmoetingsplekken.', kernen)],
  ['een agendakop met een afkorting van de titel', agendaHeading('[SZVE](#t2)')],
  ['een agendakop met de titel en een aanvulling', agendaHeading('[Groen in de wijk: acties](#t3)')],
  ['een titel van een ander soort onderdeel', prose("Het thema 'Eerlijk delen' komt terug in de begroting.", [...themas, ...uitgangspunten])],
  ['het doel zonder doelen in het plan', prose("Het doel 'Iedereen mee' van het Rijk onderschrijven we.")],
  ['thema in het meervoud', prose("De thema's Schoon en heel en Groen in de wijk hangen samen.")],
  ['een prioriteit met een ingekorte titel', prose('Voor de prioriteit Ondermijning werken we met de politie.', prioriteiten)],
  ['een prioriteit met de titel en een vervolg', prose('Binnen de prioriteit Jongeren op het goede spoor zetten we jongerenwerkers in.', prioriteiten)],
  ['een principe als zin met zijn naam', prose('Dit volgt uit het principe ‘Vroeg erbij’.', principes)],
  ['het thema met een ingekorte titel en een klein woord', prose('Binnen het thema Samen zorgen en de Wmo werken we samen.')],
  ['een agendakop met de titel', agendaHeading('[Samen zorgen voor elkaar](#t2)')],
  ['een agendakop met alleen het nummer', agendaHeading('[Thema 2](#t2)')],
  ['een agendakop met de eerste woorden', agendaHeading('[Samen zorgen](#t2)')],
  ['het thema met de titel tussen aanhalingstekens', prose("Het thema 'Groen in de wijk' loopt tot 2029.")],
  ['het thema met een omschrijving in kleine letters', prose("Het thema 'zorg voor elkaar' leeft in de kernen.")],
  ['een uitgangspunt met de titel', prose('Dit sluit aan bij het uitgangspunt “Eerlijk delen”.', uitgangspunten)],
  ['een soort zonder onderdelen in het plan', prose("Het project 'Buurtkracht' loopt door.")],
  ['het thema met de titel en een vervolg', prose('Onder het thema Samen zorgen voor elkaar vallen ook de mantelzorgers.')],
  ['het thema met een ingekorte titel en een werkwoord', prose('Het thema Samen zorgen krijgt de meeste middelen.')],
  ['het thema met de eerste woorden en een lidwoord', prose('Binnen het thema Groen in de wijk en de buurt planten we bomen.')],
  ['een speerpunt met een ingekorte titel en een werkwoord', prose('Het speerpunt Ruimte voor ondernemers vraagt grond.', speerpunten)],
  ['een thema met een kleine letter na het woord', prose('Het thema schoon en heel komt terug in de wijkschouw.')],
  ['een thema bij naam van een andere organisatie', prose('De provincie werkt aan het thema Vitaal platteland.')],
  ['een thema met de titel en een afkorting', prose('Het thema Schoon en heel (SH) vraagt handhaving.')]
]

describeWordings(titleDrift, defects, clean)
