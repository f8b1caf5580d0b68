import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc11 battery, written before reading the rule: a paragraph of running prose (a capital, a
// finite verb, several words) that stops without a full stop, while the paragraphs around it end
// on one: the sentence breaks off after an adverb of degree (`met ruwweg`), after a noun group
// whose verb still wants an object (`ontvangen naast de vergoeding`), after `en` plus a noun, or
// a list item that breaks off while its neighbours close with a mark. Look-alikes: a caption, a
// source line, a short label, a lead line closed by a colon, a list whose items carry no marks at
// all, a sentence closed by a question mark or a bracket and a full stop, a heading.
const around = (line: string): string[] => ['# 2. Uitvoering', '', 'We werken samen met de scholen in de drie wijken.', '', line, '', 'De raad krijgt elk jaar een voortgangsbrief.', '']
const inList = (item: string): string[] => ['# 2. Uitvoering', '', 'We kijken in 2028 naar drie vragen:', '', '- of de inloop op woensdag genoeg mensen trekt;', item, '- hoe de vrijwilligers het werk ervaren.', '']

const defects: BatteryWording[] = [
  ['stops after an adverb of degree', around('Als de huren met 4% stijgen, neemt de opbrengst van het fonds af met ruwweg')],
  ['stops after `circa`', around('Door de latere oplevering schuift de bijdrage van de provincie op met circa')],
  ['stops after a noun group whose verb wants more', around('Verenigingen die een jeugdtrainer opleiden, ontvangen naast de vergoeding')],
  ['stops after `en` plus a noun', around('De speeltuin blijft open tot de zomer, omdat de gemeente het terrein pas in 2029 nodig heeft en de aannemer')],
  ['stops after a preposition and an article', around('Vanaf 2027 gaan alle aanvragen voor een gehandicaptenparkeerkaart via het')],
  ['stops after a subordinator', around('We verlengen de pilot met twee jaar, omdat')],
  ['stops after a number word', around('In het eerste jaar melden zich naar verwachting twaalf')],
  ['a list item that breaks off', inList('- of de huurders van de nieuwe seniorenwoningen aan de Dijkweg')],
  ['a list item that breaks off after a preposition', inList('- hoe vaak de wijkagent aanschuift bij')],
  ['stops after a comparative', around('De wachttijd voor een eerste gesprek is in Noordwijk nu twee weken langer dan')],
  ['stops after a verb that wants an object', around('Met het extra geld kunnen de bibliotheken vanaf volgend jaar ook op zaterdag')],
  ['stops in the second sentence of a paragraph', around('De kosten vallen dit jaar hoger uit. Dat komt vooral door de hogere energieprijzen en de')]
]

const clean: CleanWording[] = [
  ['a caption', around('Tabel 2.1 Aantal deelnemers per wijk')],
  ['a source line', around('Bron: eigen registratie 2025')],
  ['a lead line closed by a colon', around('De drie stappen zijn:')],
  ['a short label in bold', around('**Let op**')],
  ['a question', around('Wat betekent dit voor de inwoners?')],
  ['a sentence closed by a bracket and a full stop', around('De kosten staan in tabel 3 (bedragen in euro).')],
  ['a list whose items carry no marks', ['# 2. Uitvoering', '', 'De partners zijn', '', '- de bibliotheek', '- de huisartsen', '- de woningcorporatie', '']],
  ['a list item closed by a semicolon', inList('- of de huurders van de nieuwe seniorenwoningen meedoen;')],
  ['a heading', ['# 2. Uitvoering', '', '## Wat we gaan doen met de wijkteams', '', 'Tekst staat hier.', '']],
  ['a sentence closed by an exclamation mark', around('Doe mee met de buurtschouw!')],
  ['a line with only a link', around('[Meer informatie over de regeling](https://www.example.org/regeling)')],
  // Written first as a defect; read again it is a whole sentence (`is … duidelijk`) that only lacks its stop.
  ['a whole sentence on a predicate adjective, its stop left out', around('Het aantal inwoners dat de regeling kent, is sinds de campagne van vorig jaar duidelijk')],
  ['a paragraph that wraps over two lines and ends with a full stop', ['# 2. Uitvoering', '', 'De gemeente zet in op een', 'betere bereikbaarheid van het loket.', '']]
]

describeBattery(unfinishedSentence, defects, clean, 9)
