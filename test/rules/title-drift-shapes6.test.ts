import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 causes, with look-alikes that name the parts right, shorten them or name something else:
// 1. a part named by its kind word in brackets without an article (`(thema Groene buurten)`), also
//    in a heading: the name is none of the titles of that kind;
// 2. a list of names after the plural kind word (`de drie thema's A, B en C`): when the other names
//    are titles, a name that is none but shares a word with a title not named drifts.
const themas = ["# Thema's", '', '## Thema 1: Veilig en schoon {#t1}', '', 'Tekst.', '', '## Thema 2: Sporten voor iedereen {#t2}', '', 'Tekst.', '', '## Thema 3: Groene en gezonde wijken {#t3}', '', 'Tekst.', '']

// Titles with a short form (`kort`): the short form is the same part as its title.
const kort = ["# Thema's", '', '## Thema 1: Schone straten {#k1 kort="Straten"}', '', 'Tekst.', '', '## Thema 2: Veilige pleinen {#k2 kort="Pleinen"}', '', 'Tekst.', '', '## Thema 3: Levendige markten {#k3 kort="Markten"}', '', 'Tekst.', '']

const defects: DefectWording[] = [
  // 1. a bracketed kind word without an article
  ['a heading with the kind word in brackets', [...themas, '# Uitvoering', '', '## 4.2 Nieuwe speelplekken (thema Groene en gezonde buurten)', '', 'Tekst.'], '`Groene en gezonde buurten`'],
  ['prose with the kind word in brackets', [...themas, '# Financiën', '', 'De nieuwe kleedkamers (thema Sport voor iedereen) betalen we uit de reserve.'], '`Sport voor iedereen`'],
  ['a list item with the kind word in brackets', [...themas, '# Acties', '', '- Extra handhaving bij de haven (thema Veilig en netjes)', '- Een nieuw hondenbeleid.'], '`Veilig en netjes`'],
  ['binnen before the kind word', [...themas, '# Financiën', '', 'De speeltuin valt binnen thema Groene en gezonde buurten.'], '`Groene en gezonde buurten`'],
  // 2. a list of names after the plural kind word
  ['a sentence listing the themes with one renamed', [...themas, '# Samenvatting', '', "We werken aan de drie thema's Veilig en schoon, Sporten voor allen en Groene en gezonde wijken."], '`Sporten voor allen`'],
  ['a list item listing the themes with one renamed', [...themas, '# Besluit', '', "- in te stemmen met de thema's Veilig en schoon, Actief sporten voor iedereen en Groene en gezonde wijken;", '- het budget vrij te geven.'], '`Actief sporten voor iedereen`'],
  ['a list whose renamed name shares a word with a title and its short form', [...kort, '# Keuzes', '', "De raad kiest de thema's Schone straten, Drukke markten en Veilige pleinen."], '`Drukke markten`'],
  ['a table cell listing the themes with one renamed', [...themas, '# Besluiten', '', '| Nr | Besluit |', '|---|---|', "| 2 | Vaststellen van de thema's Veilig en schoon, Sporten voor allen en Groene en gezonde wijken |"], '`Sporten voor allen`'],
  ['a heading listing the themes with the last renamed', [...themas, '# Samenvatting', '', "## De thema's Veilig en schoon, Sporten voor iedereen en Groene en schone wijken", '', 'Tekst.'], '`Groene en schone wijken`']
]

const clean: CleanWording[] = [
  // 1. right names, a number, a pointer
  ['a heading with the right name in brackets', [...themas, '# Uitvoering', '', '## 4.2 Nieuwe speelplekken (thema Groene en gezonde wijken)', '', 'Tekst.']],
  ['a number in brackets', [...themas, '# Financiën', '', 'De nieuwe kleedkamers (thema 2) betalen we uit de reserve.']],
  ['the right name and a pointer in brackets', [...themas, '# Financiën', '', 'De kleedkamers (thema Sporten voor iedereen, zie hoofdstuk 3) betalen we uit de reserve.']],
  ['binnen before the kind word and a number', [...themas, '# Financiën', '', 'De speeltuin valt binnen thema 3 en krijgt geld.']],
  ['zie before the kind word and the right name', [...themas, '# Financiën', '', 'Voor de speeltuin, zie thema Groene en gezonde wijken.']],
  // 2. all titles, short forms, a sentence going on, other things listed
  ['a sentence listing all themes right', [...themas, '# Samenvatting', '', "We werken aan de drie thema's Veilig en schoon, Sporten voor iedereen en Groene en gezonde wijken."]],
  ['a list with a title shortened to its first word', [...themas, '# Samenvatting', '', "De thema's Veilig en schoon, Sporten en Groene en gezonde wijken krijgen elk een wethouder."]],
  ['two titles and the sentence going on', [...themas, '# Samenvatting', '', "De thema's Veilig en schoon en Sporten voor iedereen krijgen elk een eigen budget."]],
  ['themes of other municipalities', [...themas, '# Regio', '', "Buurgemeenten kiezen de thema's Vitaal platteland, Sterke kernen en Werk."]]
]

describeWordings(titleDrift, defects, clean)
