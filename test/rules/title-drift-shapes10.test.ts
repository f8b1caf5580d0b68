import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 10: gates that hid whole groups of names, written before the code was read again.
// - a name set off by Markdown emphasis (`speerpunt 2, *Gezond ouder worden*`) like a quoted one;
// - a chapter cited by number while a chapter of parts also numbers its sub-headings from 1;
// - a name without number that keeps the first words of a title and swaps the rest;
// - a title with a comma in it (`Samen werken, samen doen`);
// - a name after a phrase opened by an adverb (`Ook binnen het speerpunt X investeren we`);
// - sub-headings that repeat the plan's parts (`## 2.2 …` beside `## 1.2 Doel 2: …`).
// Look-alikes: the titles themselves in the same shapes, short forms, emphasis on a plain word.

const speerpunten = ['# Speerpunten', '', '## Speerpunt 1: Vitaal ouder worden', '', 'Tekst.', '', '## Speerpunt 2: Schone en veilige straten', '', 'Tekst.', '', '## Speerpunt 3: Een veilige buurt voor iedereen', '', 'Tekst.', '', '# Uitwerking', '']
const hoofdstukken = ['# 1. Inleiding', '', 'Tekst.', '', '# 2. Uitgangspunten', '', '## 1. Dichtbij', '', 'Tekst.', '', '## 2. Samen', '', 'Tekst.', '', '## 3. Eenvoudig', '', 'Tekst.', '', '# 3. Financiën', '', 'Tekst.', '', '# 4. Monitoring', '']
const sporen = ['# Sporen', '', '## Spoor 1: Groen en gezond in de zomer {#s1}', '', 'Tekst.', '', '## Spoor 2: Water vasthouden waar het valt {#s2}', '', 'Tekst.', '', '# Geld', '']
const lijnen = ['# Programmalijnen', '', '## Programmalijn 1: Samen werken, samen doen', '', 'Tekst.', '', '## Programmalijn 2: Iedereen digitaal vaardig', '', 'Tekst.', '', '# Uitvoering', '']
const doelen = (second: string): string[] => ['# 1. Wat willen we bereiken?', '', '## 1.1 Doel 1: Schoon water in elke wijk', '', 'Tekst.', '', '## 1.2 Doel 2: Groene straten en pleinen', '', 'Tekst.', '', '## 1.3 Doel 3: Minder hittestress', '', 'Tekst.', '', '# 2. Wat gaan we daarvoor doen?', '', '## 2.1 Schoon water in elke wijk', '', 'Tekst.', '', `## 2.2 ${second}`, '', 'Tekst.', '', '## 2.3 Minder hittestress', '', 'Tekst.', '']

const defects: DefectWording[] = [
  ['a numbered part with an emphasised other name', [...speerpunten, 'Dit sluit aan bij speerpunt 1, *Gezond ouder worden*.'], '`Gezond ouder worden`'],
  ['a numbered part with a name in underscores', [...speerpunten, 'Onder speerpunt 2, _Schone en hele straten_, valt ook het onderhoud van bankjes.'], '`Schone en hele straten`'],
  ['a numbered part with a bold name', [...speerpunten, 'Speerpunt 3 (**Een veilige wijk voor iedereen**) krijgt een wijkagent extra.'], '`Een veilige wijk voor iedereen`'],
  ['a chapter by number beside parts numbered from 1', [...hoofdstukken, 'Hoe we dit betalen, staat in hoofdstuk 3 (Geld en middelen).'], '`Geld en middelen`'],
  ['a name without number that swaps the last words', [...sporen, 'Het meeste geld valt onder het spoor Groen en gezond bij hitte, vooral door de bomen.'], '`Groen en gezond bij hitte`'],
  ['a title with a comma, its second half changed', [...lijnen, 'Dit hoort bij programmalijn 1, Samen werken, samen leren: de cursussen in de bibliotheek.'], '`Samen werken, samen leren`'],
  ['a name after a phrase opened by an adverb', [...speerpunten, 'Ook binnen het speerpunt Veilige wijken investeren we in verlichting.'], '`Veilige wijken`'],
  ['a sub-heading that repeats the parts with one name changed', doelen('Groene straten en parken'), '`Groene straten en parken`']
]

const clean: CleanWording[] = [
  ['a numbered part with its title emphasised', [...speerpunten, 'Dit sluit aan bij speerpunt 1, *Vitaal ouder worden*.']],
  ['emphasis on a plain word after the number', [...speerpunten, 'Speerpunt 2 is *niet* alleen een zaak van de gemeente.']],
  ['a chapter by number with its own title', [...hoofdstukken, 'Hoe we dit betalen, staat in hoofdstuk 3 (Financiën).']],
  ['a sub-heading part by the singular of its chapter', [...hoofdstukken, 'Uitgangspunt 2 (Samen) geldt ook voor de subsidies.']],
  ['a shortened title without number, then the sentence', [...sporen, 'Het meeste geld valt onder het spoor Groen en gezond, vooral door de bomen.']],
  ['a title without number followed by the sentence', [...sporen, 'Het spoor Water vasthouden waar het valt krijgt de meeste aandacht.']],
  ['a title with a comma, written whole', [...lijnen, 'Dit hoort bij programmalijn 1, Samen werken, samen doen: de cursussen in de bibliotheek.']],
  ['a title with a comma, its first half as the short form', [...lijnen, 'Dit hoort bij programmalijn 1, Samen werken, en loopt tot 2028.']],
  ['the title after a phrase opened by an adverb', [...speerpunten, 'Ook binnen het speerpunt Een veilige buurt voor iedereen investeren we in verlichting.']],
  ['sub-headings that repeat the parts exactly', doelen('Groene straten en pleinen')],
  ['a sub-heading beside the parts about something else', doelen('Samenwerking met de waterschappen')]
]

describeWordings(titleDrift, defects, clean)
