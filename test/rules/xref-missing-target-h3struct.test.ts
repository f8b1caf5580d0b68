import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3struct battery, written before reading the rule: a reference to a paragraph of this plan
// that does not exist, inside an aside between commas, followed by a preposition and a document
// that belongs to the rest of the sentence (`, zoals beschreven in paragraaf 2.7, bij de
// voorjaarsnota regelen`): the preposition after the comma does not make the paragraph one of
// that document. Look-alikes: a paragraph that is tied to another document by `van`/`bij`/`uit`
// without a comma, and an aside that names a paragraph that exists.

const body = (...lines: string[]): string[] => [
  '# 1. Inleiding', '', 'Tekst over de aanleiding.', '',
  '# 2. Aanpak', '', '## 2.1 Wat we willen', '', 'Tekst.', '', '## 2.2 Wat we doen', '', 'Tekst.', '', '## 2.3 Wat het kost', '', ...lines
]

const defects: BatteryWording[] = [
  ['an aside before bij de', body('We willen het gat, zoals beschreven in paragraaf 2.7, bij de voorjaarsnota dichten.'), '2.7'],
  ['an aside before in de', body('De extra kosten vangen we, zoals uitgelegd in paragraaf 2.5, in de tweede bestuursrapportage op.'), '2.5'],
  ['an aside before van het', body('De subsidie loopt, zie paragraaf 2.4, van het voorjaar tot de zomer.'), '2.4'],
  ['an aside before uit de', body('Dat betalen we, zoals paragraaf 2.6 laat zien, uit de reserve sociaal domein.'), '2.6'],
  ['an aside in a list item', body('Wat we regelen:', '', '- het tekort, zoals toegelicht in paragraaf 2.8, bij de kadernota;', '- de planning.'), '2.8'],
  ['an aside after a first reference that exists', body('Dat sluit aan op paragraaf 2.1 en we lossen het, zoals genoemd in paragraaf 2.9, bij de jaarrekening op.'), '2.9'],
  ['an aside with a chapter', body('De kosten dekken we, zoals hoofdstuk 7 uitlegt, bij de begroting van volgend jaar.'), 'hoofdstuk 7'],
  ['an aside with par.', body('Het overschot storten we, zie par. 2.5, bij de jaarafsluiting in de reserve.'), '2.5']
]

const clean: CleanWording[] = [
  ['a paragraph of the begroting', body('Het tekort staat in paragraaf 4.6 van de begroting 2027.')],
  ['a paragraph bij the verordening', body('De regels staan in paragraaf 3.4 bij de verordening.')],
  ['a chapter of a law', body('Dat volgt uit hoofdstuk 9 van de Omgevingswet.')],
  ['an aside naming an existing paragraph', body('We willen het gat, zoals beschreven in paragraaf 2.2, bij de voorjaarsnota dichten.')],
  ['a paragraph of the report', body('Het rapport van de rekenkamer laat in paragraaf 5.3 zien dat het werkt.')],
  ['a paragraph uit the nota', body('De normen komen uit paragraaf 6.2 uit de nota van het waterschap.')],
  ['a paragraph van the voorjaarsnota after a comma', body('Zoals in de voorjaarsnota staat, in paragraaf 3.8 van die nota, gaat het om een incident.')]
]

describeBattery(xrefMissingTarget, defects, clean, 8)
