import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 17 battery (hcount3), written before reading the rule again: a main clause with its verb
// (`We zoeken uit`, `Het wijkteam gaat na`) opens a question clause (`hoe`, `welke`, `wanneer`,
// `waar`, `wie`, `hoeveel`, `of`) that stops before its own verb, without a closing mark, at the
// end of a list item (bulleted or numbered, followed by a blank line or another item) or a
// paragraph; the clause ends on a noun, a name, a number or an adverb. Look-alikes: the same
// clauses with their verb and no closing mark, list items that are noun phrases (`Betere
// fietspaden tussen de kernen`), a question as a title item (`Hoe verder met …`), fragments after a
// lead-in with a relative clause, a source line.
// Start code: 2 of 10 (the `waar` and `of` clauses in a paragraph). The gates: only `dat`, `of`,
// `omdat`, … opened a last bijzin, not the question words; a word right after `hoe`, after
// `welke`/`hoeveel` or after `het eerste` was read as a verb, as was `aan` and any noun in `-ging`
// (`wijkverpleging`); a list item needed a lower-case last word and two closed siblings.
// After: 10 of 10. Added after probing more: `in hoeverre` and an item that ends on a number
// (`dat elk kind in groep 6`, where `kind` was read as a verb after `elk`): 12 of 12.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']
const items = (...lines: string[]): string[] => ['# Aanpak', '', 'Dit gaan we doen:', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']

const defects: BatteryWording[] = [
  ['a hoe-clause ending on a noun, list item then blank line', items('- We houden elk voorjaar een markt.', '- We zoeken met de scholen uit hoe ouders sneller bij de juiste hulp', '', '- De bibliotheek krijgt een leesplein.')],
  ['a welke-clause in a paragraph', p('Samen met de bibliotheek bekijken we welke inwoners het vaakst de digitale balie')],
  ['a wanneer-clause ending on a street', p('We bespreken met de woningstichting wanneer de renovatie van de portiekflats bij de Dijkstraat')],
  ['a waar-clause in a list item among items', items('- We plaatsen vijf nieuwe afvalbakken.', '- Het wijkteam gaat na waar de meeste meldingen over overlast', '- We maken een schouwronde met bewoners.')],
  ['an of-clause ending on an adverb phrase', p('In 2028 onderzoeken we of een tweede buurtbus voor de kleine kernen ook op zondag')],
  ['a wie-clause ending on a noun', p('We leggen vast wie in de nachtelijke uren het eerste aanspreekpunt voor ondernemers')],
  ['a hoeveel-clause with digits', items('- We kijken per kwartaal hoeveel aanvragen voor een parkeervergunning binnen 8 weken', '- We publiceren de cijfers op de website.')],
  ['a numbered item with a hoe-clause', ['# Aanpak', '', '1. We stemmen met de zorgverzekeraar af hoe de kosten van de wijkverpleging', '2. We maken afspraken over de nachtzorg.', '', '# Geld', '', 'Het budget is € 40.000.']],
  ['a welk-clause ending on a number', p('Eind 2028 weten we welk deel van de driehonderd nieuwe woningen')],
  ['an in-hoeverre clause ending on a name, in a list item', items('- We openen een inloop in het dorpshuis.', '- Het college laat onderzoeken in hoeverre de subsidie voor de Harmonie', '- We evalueren de aanpak in 2029.')],
  ['a dat-clause ending on a number, in a list item', items('- We openen een inloop in het dorpshuis.', '- We leggen samen met de zwembaden vast dat elk kind in groep 6', '- We evalueren de aanpak in 2029.')],
  ['a waarom-clause after a comma', p('Ook vragen we de jongeren zelf, waarom zo weinig van hen de sportclub')]
]

const clean: BatteryWording[] = [
  ['a hoe-clause with its verb, no mark', items('- We houden elk voorjaar een markt.', '- We zoeken met de scholen uit hoe ouders sneller bij de juiste hulp komen', '', '- De bibliotheek krijgt een leesplein.')],
  ['noun-phrase items', ['# Doelen', '', '- Betere fietspaden tussen de kernen', '- Meer groen op de schoolpleinen', '- Minder zwerfafval langs de wegen', '', '# Geld', '', 'Het budget is € 40.000.']],
  ['a question as a title item', ['# Vragen', '', 'De raad wil weten:', '', '- Hoe verder met de oude bibliotheek', '- Wat de sporthal in Oost', '', '# Geld', '', 'Het budget is € 40.000.']],
  ['fragments with a relative clause', ['# Doelgroep', '', 'We richten ons op:', '', '- ouders van jonge kinderen', '- jongeren die de school zonder diploma verlaten', '', '# Geld', '', 'Het budget is € 40.000.']],
  ['a waar-clause with its verb and a particle', p('Het wijkteam zoekt uit waar de meeste meldingen over overlast vandaan komen.')],
  ['a welke-clause as a full sentence without mark', items('- We bekijken welke inwoners de digitale balie het vaakst gebruiken', '- We publiceren de cijfers.')],
  ['a source line', ['# Cijfers', '', 'In 2025 waren er 412 meldingen.', '', 'Bron: politie, bewerking door de gemeente', '', '# Geld', '', 'Het budget is € 40.000.']],
  ['question clauses with verbs a reader may miss', items('- We zagen hoe snel de vraag naar hulp groeide.', '- We weten nog niet wie de prijs uitreikt', '- We vragen na hoe de proef in de andere kernen verliep.')],
  ['a noun in -ging at the end of a complete item', items('- We bespreken met de thuiszorg hoe we de wijkverpleging versterken.', '- Inwoners zien welke hulp er is voor hun verzorging.')],
  ['a question word as a noun after an article', items('- In deel een staat het waarom van de nieuwe aanpak', '- In deel twee staat het wie en hoe van de uitvoering', '- Deel drie gaat over geld.')],
  ['an of-clause with its verb and a modal', p('In 2028 onderzoeken we of een tweede buurtbus voor de kleine kernen ook op zondag kan rijden.')]
]

describeBattery(unfinishedSentence, defects, clean, 12)
