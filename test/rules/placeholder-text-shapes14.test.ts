import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 14 battery, written before reading the rule again: `PM` standing in the place of a value
// in running text (after a euro sign, before a unit or counted noun, as the amount of `bedraagt`),
// also with a distractor amount, emphasis, a line break or a list item around it. Look-alikes:
// `PM` in a finance table cell, `PM-post` or `pro memorie` named as a budgeting term, `PM` as the
// predicate that says an amount is still open (`is nog PM`), fine dust (`PM10`), a project manager.
// Start code: 12 of 12 caught in plain prose, but three look-alikes warned (a project manager, PM
// explained with `pro memorie` later in the sentence, a cell of only `€ PM`), and the actions
// under a thema (list items the model keeps as titles) were not read as running text at all.
const p = (...lines: string[]): string[] => ['# Financiën', '', ...lines]
// Actions under a thema: list items the reader keeps as titles, but written as sentences.
const thema = (...acts: string[]): string[] => [
  '# Thema\'s', '', '## Thema 1: Levendige pleinen {#t1}', '', 'We willen levendige pleinen.', '',
  '### Wat gaan we doen', '', '- We vernieuwen de bestrating van het Marktplein.', ...acts, '- We evalueren de aanpak in 2029.'
]

const defects: BatteryWording[] = [
  ['a euro sign with PM in a list item', p('Wat we doen:', '', '- Voor de verhuur van de zaal rekenen we op een opbrengst van € PM per jaar;', '- we evalueren in 2028.'), 'PM'],
  ['PM euro as the amount of bedraagt', p('De bijdrage van de provincie bedraagt PM euro.'), 'PM'],
  ['a euro sign with PM after a real amount', p('De subsidie van € 25.000 vullen we aan met een eigen bijdrage van € PM.'), 'PM'],
  ['PM before procent', p('We rekenen op een besparing van PM procent op de energiekosten.'), 'PM'],
  ['an emphasised amount', p('De kosten bedragen **€ PM** per locatie.'), 'PM'],
  ['a line break before the amount', p('De jaarlijkse kosten van het beheer komen uit op', '€ PM, te dekken uit de reserve.'), 'PM'],
  ['a euro sign without a space', p('De opbrengst uit de verkoop van de grond is geraamd op €PM.'), 'PM'],
  ['a counted noun after PM', p('In 2027 komen er PM nieuwe opvangplaatsen bij.'), 'PM'],
  ['a euro sign with PM and a year after it', p('Het tekort loopt op tot € PM in 2028; in hoofdstuk 4 staat de dekking.'), 'PM'],
  ['PM in brackets after an amount word', p('Het beheer van de nieuwe speelplekken (jaarlijks € PM) nemen we op in de begroting.'), 'PM'],
  ['PM with a dash after the euro sign', p('Voor de inrichting is een bedrag van € PM,- nodig.'), 'PM'],
  ['an action under a thema with € PM', thema('- Voor de terrassen aan de haven rekenen we op een opbrengst van € PM per jaar; de hoogte stellen we later vast.'), 'PM'],
  ['an action under a thema with PM as a count', thema('- We plaatsen in 2027 PM nieuwe bankjes op de pleinen.'), 'PM'],
  ['PM before duizend euro', p('De kosten van de pilot schatten we op PM duizend euro.'), 'PM']
]

const clean: CleanWording[] = [
  ['PM in a finance table cell', p('| Post | 2026 | 2027 |', '|---|---|---|', '| Onderhoud | 120 | PM |', '| Beheer | 40 | 40 |')],
  ['a PM-post as a term', p('De post voor het onderhoud staat als PM-post in de begroting.')],
  ['pro memorie in words', p('Zolang het bedrag niet bekend is, nemen we het pro memorie op.')],
  ['als PM opgenomen', p('In de begroting is dit bedrag als PM opgenomen; de raad krijgt in 2027 een voorstel.')],
  ['is nog PM as a predicate', p('De bijdrage voor 2028 is nog PM, omdat de provincie pas in 2027 besluit.')],
  ['a PM-raming', p('De PM-raming vullen we in bij de voorjaarsnota.')],
  ['fine dust', p('De jaargemiddelde concentratie PM10 daalde tot 18 microgram per kubieke meter.')],
  ['fine dust 2,5', p('Langs de ring ligt de concentratie PM2,5 onder de advieswaarde van de WHO.')],
  ['a project manager', p('Het projectteam bestaat uit een PM en twee adviseurs.')],
  ['the abbreviation explained', p('PM staat in de begroting voor pro memorie: een post waarvan het bedrag nog niet vaststaat.')],
  ['a PM-post with an amount distractor', p('Naast de € 40.000 voor beheer is er een PM-post voor de herinrichting.')],
  ['an action under a thema with PM as a post', thema('- De herinrichting van het Stationsplein nemen we als PM-post op in de begroting.')],
  ['PM in a table cell with a euro sign', p('| Post | Bedrag |', '|---|---|', '| Herinrichting | € PM |', '| Beheer | € 40.000 |')]
]

describeBattery(placeholderText, defects, clean, 14)
