import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3struct battery, written before reading the rule: a hard-wrapped paragraph whose line stops
// on a word that needs more (an article, a preposition, a conjunction) while the next line
// starts a new sentence with a capital (`we kopen een` / `Daarna volgt …`). Look-alikes: a wrap
// before a name that starts with a capital (`samen met` / `De Zonnebloem`), a wrap in the
// middle of a sentence in lower case, a line that ends with a full stop.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['an article before a new sentence', p('Met de woningcorporatie sluiten we een', 'Daarna volgt de evaluatie met de huurders.')],
  ['de before a new sentence', p('Voor de zomer kiezen de bewoners de', 'We betalen de kosten uit het wijkbudget.')],
  ['a preposition before a pronoun', p('De ouderen in de wijk krijgen hulp bij', 'Wij zorgen dat iedereen een vast aanspreekpunt heeft.')],
  ['een before In', p('In 2028 openen we in elk dorp een', 'In de dorpen zonder school kijken we naar andere ruimtes.')],
  ['het before Ook', p('Samen met de scholen verbeteren we het', 'Ook de sportclubs doen mee aan de proef.')],
  ['en before Dat', p('We vragen de buurt om ideeën en', 'Dat doen we twee keer per jaar.')],
  ['onze before Voor', p('De subsidie voor kleine initiatieven vult onze', 'Voor grotere plannen is er een aparte regeling.')],
  ['a preposition before Het', p('Jongeren krijgen een plek in het buurthuis met', 'Het jongerenwerk opent op vrijdag de deuren.')],
  ['van before Daarnaast', p('We maken een overzicht van', 'Daarnaast houden we zeventien spreekuren per maand.')],
  ['a list item wrapped', p('Wat we doen:', '', '- we bouwen negen nieuwe', '  Deze plekken komen bij de bushaltes;', '- we planten bomen.')],
  ['die before Zo', p('We steunen de vrijwilligers die', 'Zo blijft de voedselbank open.')],
  ['met een before Op', p('De gemeente start in het voorjaar met een', 'Op drie plekken komen extra prullenbakken.')]
]

const clean: CleanWording[] = [
  ['a wrap before a named foundation', p('De maaltijden bezorgen we samen met', 'De Zonnebloem en de kerken in het dorp.')],
  ['a wrap before a named building', p('De lessen zijn in', 'Het Baken, het gebouw naast het station.')],
  ['a wrap in lower case', p('We bouwen in het voorjaar een', 'nieuwe speeltuin bij de school.')],
  ['a wrap before a place name', p('Het busje rijdt elke dinsdag naar', 'Oosterwijk en terug.')],
  ['a wrap after a full stop', p('We openen een nieuw loket.', 'Daarna volgt de evaluatie.')],
  ['a wrap before a capital abbreviation', p('Het advies komt van de', 'GGD en de veiligheidsregio.')],
  ['a wrap before a name of a person', p('De prijs gaat dit jaar naar', 'Ans Kuipers van de buurtvereniging.')],
  ['a wrap before a programme name', p('De kinderen doen mee aan', 'Op Stap, het zomerprogramma van de bibliotheek.')],
  ['a wrap before a plan name with a capital', p('Dit sluit aan bij de', 'Omgevingsvisie en het woonplan.')],
  ['a wrap before a name that starts with a preposition', p('De maaltijden komen van stichting', 'Over Morgen uit de binnenstad.')],
  ['a wrap inside a lower-case sentence after a preposition', p('De kosten verdelen we over', 'de drie dorpen naar het aantal inwoners.')],
  ['a programme name that opens with a preposition, inside a line', p('Het vorige plan, Gezond en Over de Drempel (2022-2025), liep goed af.')],
  ['a programme name that opens with a preposition, after a wrap', p('De jongeren doen mee aan het traject Fit en', 'Aan de Start, samen met de sportclubs.')],
  ['a wrap after a colon', p('Er zijn drie wijken met extra aandacht:', 'Noord, Oost en het centrum.')]
]

describeBattery(unfinishedSentence, defects, clean, 11)
