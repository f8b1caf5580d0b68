import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc18 battery, written before changing the rule: a list item of a theme (which the reader makes
// into an item of the model) that breaks off: on a preposition without its object (`… of voor`),
// or on a verb that wants an object with only an adverb after it (`… volgen daarnaast`), while the
// other items close. Also the same in a list in running text. Look-alikes: items that are fragments
// by design (`- de bibliotheek;`), an item that ends on a word a sentence may end on, a particle of
// a separable verb, an intransitive verb with an adverb. (A particle at the end of a theme item
// that stops without its full stop, `frezen we op`, is still reported: the check of a preposition at
// the end of such an item also finds real cuts on `over`, `voor`, `om`.)
const theme = (...items: string[]): string[] => [
  "# Thema's",
  '',
  "Het programma kent twee thema's.",
  '',
  '## Thema 1: Groen {#t1}',
  '',
  'In dit thema vergroenen we de wijken.',
  '',
  '### Wat gaan we doen',
  '',
  ...items.map((i) => `- ${i}`),
  '',
  '## Thema 2: Water {#t2}',
  '',
  'In dit thema houden we de voeten droog.'
]
const prose = (...items: string[]): string[] => ['# Aanpak', '', 'Wat we doen:', '', ...items.map((i) => `- ${i}`)]

const defects: BatteryWording[] = [
  ['a theme item on a preposition after an or-list', theme('we planten 300 bomen in Noord en Oost;', 'voor de bestrating kiezen we klinkers, grind of', 'we geven elke school een moestuin.'), 'of'],
  ['a theme item on naar', theme('We vervangen de speeltoestellen in vier parken.', 'De subsidie voor groene daken verhogen we en we verwijzen aanvragers door naar', 'We houden elk jaar een boomfeestdag.'), 'naar'],
  ['a theme item with a verb and an adverb only', theme('We vergroenen twee schoolpleinen per jaar.', 'Ook de wijkteams helpen bij het onderhoud.', 'Bewoners die een geveltuin aanleggen, krijgen bovendien'), 'bovendien'],
  ['a theme item, the last of three, ending on ook', theme('We leggen in 2027 een nieuw park aan.', 'We planten elk jaar 200 bomen.', 'Scholen met een groen plein volgen ook'), 'ook'],
  ['a prose item with volgen and an adverb', prose('We openen een nieuw buurthuis.', 'We breiden de openingstijden uit.', 'Vrijwilligers die daar koken, volgen daarnaast'), 'daarnaast']
]

const clean: CleanWording[] = [
  ['theme items that are fragments by design', theme('de bibliotheek;', 'het buurthuis;', 'de sporthal.')],
  ['a theme item ending on a word that ends a sentence', theme('We planten 300 bomen.', 'We werken samen met partners die daarvoor zijn toegerust', 'We geven elke school een moestuin.')],
  ['a theme item whose only cut is its full stop', theme('We planten 300 bomen.', 'Oude bomen die ziek zijn, halen we weg en de stronken frezen we weg', 'We geven elke school een moestuin.')],
  ['a theme item with an intransitive verb and an adverb', theme('We planten 300 bomen.', 'De kosten voor het onderhoud stijgen daardoor ook', 'We geven elke school een moestuin.')],
  ['volgen with its object before it', theme('We planten 300 bomen.', 'Die cursus volgen alle hoveniers daarnaast', 'We geven elke school een moestuin.')],
  ['a theme item with volgen and a phrase of time', theme('We planten 300 bomen in Noord.', 'De andere wijken volgen in 2028', 'We geven elke school een moestuin.')]
]

describeBattery(unfinishedSentence, defects, clean, 5)
