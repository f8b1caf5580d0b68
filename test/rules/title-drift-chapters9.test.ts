import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: parts a plan defines only by its chapters (`# Uitgangspunten` over numbered
// sub-headings, `# Sporen` over `## Spoor 1: …`), cited by the singular of the chapter's noun,
// and names bounded by the verb after a phrase that opens the sentence (`Binnen het spoor X
// reserveren we`). Look-alikes: the titles themselves, their short forms, a title followed by
// more words, and a number of two chapters of the same kind.

const uitgangspunten = ['# 2. Uitgangspunten', '', '## 2.1 Dichtbij huis', '', 'Tekst.', '', '## 2.2 Eén loket voor alle vragen', '', 'Tekst.', '', '# 3. Uitwerking', '']
const sporen = ['# Sporen', '', '## Spoor 1: Samen sporten', '', 'Tekst.', '', '## Spoor 2: Gezond opgroeien', '', 'Tekst.', '', '# Geld', '']
const doelen = ['# 2. Doelen', '', '## 2.1 Iedereen doet mee', '', 'Tekst.', '', '## 2.2 Jongeren halen een diploma', '', 'Tekst.', '', '# 3. Activiteiten', '']
const bouwstenen = ['# Bouwstenen', '', '## 1. Langer thuis wonen', '', 'Tekst.', '', '## 2. Hulp in de buurt', '', 'Tekst.', '', '# Aanpak', '']

const defects: DefectWording[] = [
  ['a numbered part by the singular of its chapter, another name', [...uitgangspunten, 'Uitgangspunt 2, Eén aanspreekpunt voor alle vragen, betekent dat niemand wordt doorverwezen.'], '`Eén aanspreekpunt voor alle vragen`'],
  ['a bracketed name by the singular of a chapter in -en', [...bouwstenen, 'Bouwsteen 1 (Thuis blijven wonen) krijgt het meeste geld.'], '`Thuis blijven wonen`'],
  ['a name after a phrase that opens the sentence, with a pronoun subject', [...sporen, 'Binnen het spoor Gezond opvoeden reserveren we het grootste deel van het geld.'], '`Gezond opvoeden`'],
  ['a part of a chapter by its kind, the verb and a subject', [...doelen, 'Voor het doel Jongeren ronden school af zetten we het project voort.'], '`Jongeren ronden school af`'],
  ['a chapter part named with the municipality as subject', [...bouwstenen, 'In de bouwsteen Thuis wonen met zorg investeert de gemeente het meest.'], '`Thuis wonen met zorg`']
]

const clean: CleanWording[] = [
  ['the title after the opening phrase', [...sporen, 'Binnen het spoor Gezond opgroeien reserveren we het grootste deel van het geld.']],
  ['a short form after the opening phrase', [...sporen, 'Binnen het spoor Gezond reserveren we het grootste deel van het geld.']],
  ['two titles joined before the verb', [...sporen, 'Binnen het spoor Gezond opgroeien en het spoor Samen sporten werken we met de clubs.']],
  ['the numbered part by its title', [...uitgangspunten, 'Uitgangspunt 2, Eén loket voor alle vragen, betekent dat niemand wordt doorverwezen.']],
  ['the numbered part by a short form', [...uitgangspunten, 'Uitgangspunt 2, Eén loket, betekent dat niemand wordt doorverwezen.']],
  ['a doel by its exact title', [...doelen, 'Voor het doel Iedereen doet mee zetten we de buurtcoaches in.']],
  ['a number two chapters of that kind use', ['# Wonen', '', '## Doelen', '', '### 1. Meer woningen', '', '# Zorg', '', '## Doelen', '', '### 1. Kortere wachttijden', '', '# Geld', '', 'Doel 1 (Snellere hulp) krijgt extra geld.']],
  ['a chapter of another kind of sub-headings', ['# Bijlagen', '', '## 1. Begrippen', '', '# Geld', '', 'Voor de bijlage Bronnen verwijzen we naar de website.']]
]

describeWordings(titleDrift, defects, clean)

// A column headed by the kind word, and a list item that goes on with an amount.
const themas = ["# Thema's", '', '## Thema 1: Gezond opgroeien', '', 'Tekst.', '', '## Thema 2: Meedoen naar vermogen', '', 'Tekst.', '']
const agenda = (...cells: string[]): string[] => ['# Agenda', '', '| Activiteit | Thema | Start |', '|---|---|---|', ...cells.map((cell, i) => `| Activiteit ${i + 1} | ${cell} | 2027 |`)]

describeWordings(
  titleDrift,
  [
    ['a cell under the kind word beside one title', [...themas, ...agenda('Gezond opgroeien', 'Meedoen op het werk')], '`Meedoen op het werk`'],
    ['a cell under the plural kind word', [...themas, '# Agenda', '', "| Actie | Thema's |", '|---|---|', '| Zwemles | Gezond opvoeden |', '| Werkplek | Meedoen naar vermogen |'], '`Gezond opvoeden`'],
    ['a list item with its amount after the name', [...themas, '# Geld', '', '- Thema 1 – Gezond opgroeien: € 30.000', '- Thema 2 – Meedoen op het werk: € 40.000'], '`Meedoen op het werk`']
  ],
  [
    ['cells under the kind word that are titles or other words', [...themas, ...agenda('Gezond opgroeien', "Alle thema's", 'Overig')]],
    ['list items with the titles and their amounts', [...themas, '# Geld', '', '- Thema 1 – Gezond opgroeien: € 30.000', '- Thema 2 – Meedoen naar vermogen: € 40.000']],
    ['a column of another word beside one title', [...themas, '# Agenda', '', '| Activiteit | Partner |', '|---|---|', '| Zwemles | Gezond opgroeien |', '| Werkplek | Gezond Bedrijf BV |']]
  ]
)

// A chapter, paragraph or annex cited by its number with a name set off after it.
const hoofdstukken = ['# 1. Inleiding', '', 'Tekst.', '', '# 2. Aanpak', '', '## 2.1 Samenwerking in de regio', '', 'Tekst.', '', '# 3. Financiën en dekking', '', 'Tekst.', '', '# Bijlage 1: Overzicht subsidies', '', 'Tekst.', '', '# Slot', '']

describeWordings(
  titleDrift,
  [
    ['a chapter by number with a bracketed name of other words', [...hoofdstukken, 'In hoofdstuk 3 (Wat mag het kosten?) staat hoe we dit betalen.'], '`Wat mag het kosten?`'],
    ['a paragraph by number with a bracketed name of other words', [...hoofdstukken, 'Paragraaf 2.1 (Samenwerken met partners) beschrijft de rol van de partners.'], '`Samenwerken met partners`'],
    ['an annex by number with a quoted name', [...hoofdstukken, 'Zie bijlage 1 ‘Overzicht van regelingen’ voor de bedragen.'], '`Overzicht van regelingen`']
  ],
  [
    ['a chapter by its short title', [...hoofdstukken, 'In hoofdstuk 3 (Financiën) staat hoe we dit betalen.']],
    ['a chapter with a page in brackets', [...hoofdstukken, 'In hoofdstuk 3 (pagina 12) staat hoe we dit betalen.']],
    ['chapters by their titles in one sentence', [...hoofdstukken, 'Hoofdstuk 2 (Aanpak) en bijlage 1 (‘Overzicht subsidies’) horen bij elkaar.']],
    ['the chapter of another document', [...hoofdstukken, 'In hoofdstuk 3 (Wonen) van de Omgevingsvisie staat de opgave.']],
    ['an annex with an abbreviation', [...hoofdstukken, 'Bijlage 1 (PDF) staat op de website.']]
  ]
)
