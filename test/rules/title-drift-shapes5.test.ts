import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, with look-alikes that name the part right, shorten it or name something else:
// 1. a section-numbered heading (`## 2.2 Gezond opgroeien in elke wijk`) is a part too: a heading,
//    cell or bracketed name after its number elsewhere (`Acties bij doel 2.2 …`, `paragraaf 4.1
//    (…)`) that shares a word with its title but says it otherwise drifts;
// 2. a list of bold labels (`- **Wegen en pleinen**: …`) is a group like a table column: when two
//    labels are titles of the plan's headings, a label that is none but shares a word drifts;
// 3. a part named by its kind word alone with an inflected adjective before a word of one title
//    (`het thema Toegankelijke informatie` for `Informatie en communicatie`): no title reads so.
const sections = ['# 2. Doelen', '', '## 2.1 Iedereen doet mee', '', 'Tekst.', '', '## 2.2 Gezond opgroeien in elke wijk', '', 'Tekst.', '', '## 2.3 Veilige routes naar school', '', 'Tekst.', '']
const velden = ['# Beheervelden', '', '## Wegen en pleinen', '', 'Tekst.', '', '## Groen en water', '', 'Tekst.', '', '## Openbare verlichting', '', 'Tekst.', '']

const themas = ["# Thema's", '', '## Thema 1: Informatie en communicatie {#t1}', '', 'Tekst.', '', '## Thema 2: Wonen en zorg {#t2}', '', 'Tekst.', '', '## Thema 3: Werk voor iedereen {#t3}', '', 'Tekst.', '']

const defects: DefectWording[] = [
  // 1. a section number with another name
  ['a heading about a numbered goal', [...sections, '# 3. Activiteiten', '', '## 3.2 Acties bij doel 2.2 Gezond opgroeien in de buurt', '', 'Tekst.'], '`Gezond opgroeien in de buurt`'],
  ['a bracketed name after paragraaf in prose', [...sections, '# 3. Uitvoering', '', 'De aanpak van paragraaf 2.3 (Veilige fietsroutes) start in 2027.'], '`Veilige fietsroutes`'],
  ['a table cell with a goal number and a name', [...sections, '# 3. Financiën', '', '| Doel | 2026 | 2027 |', '|---|---|---|', '| Doel 2.1: Iedereen kan meedoen | 100 | 110 |', '| Doel 2.2: Gezond opgroeien in elke wijk | 80 | 90 |'], '`Iedereen kan meedoen`'],
  // 2. bold label lists
  ['a bold label with a word added', [...velden, '# Financiën', '', 'Het budget gaat vooral naar:', '', '- **Wegen en pleinen**: nieuwe bestrating in het centrum.', '- **Groen, water en oevers**: nieuwe beplanting.', '- **Openbare verlichting**: zuinige lampen.'], '`Groen, water en oevers`'],
  ['a bold label with another word', [...velden, '# Planning', '', '* **Wegen en pleinen** – start in 2027.', '* **Groen en sloten** – start in 2028.', '* **Openbare verlichting** – doorlopend.'], '`Groen en sloten`'],
  // 3. an adjective before a title word
  ['an adjective before the first word of a title', [...themas, '# Monitor', '', 'Voor het thema Heldere informatie tellen we de herschreven brieven.'], '`Heldere informatie`'],
  ['an adjective before the last word of a title in an item', [...themas, '# Monitor', '', '- Bij het thema Passende zorg volgen we de wachttijden.', '- Bij het thema Werk voor iedereen de uitstroom.'], '`Passende zorg`'],
  ['an adjective before a title word in a list item', [...themas, '# Monitor', '', '- Het aantal klachten daalt.', '- Het thema Duidelijke informatie volgen we met een leespanel.'], '`Duidelijke informatie`'],
  ['a bold label in a numbered list', [...velden, '# Risico’s', '', '1. **Wegen en pleinen**: de aanbesteding kan uitlopen.', '2. **Groen en water**: de droogte vraagt meer water.', '3. **Straatverlichting**: de levering van masten is onzeker.'], '`Straatverlichting`']
]

const clean: CleanWording[] = [
  // 1. the right name, a short form, or a number of something else
  ['a heading about a goal with its title', [...sections, '# 3. Activiteiten', '', '## 3.2 Acties bij doel 2.2 Gezond opgroeien in elke wijk', '', 'Tekst.']],
  ['the first words of the title in brackets', [...sections, '# 3. Uitvoering', '', 'De aanpak van paragraaf 2.3 (Veilige routes) start in 2027.']],
  ['a table number beside a section number', [...sections, '# 3. Financiën', '', 'Tabel 2.2 Kosten per wijk staat hieronder.']],
  ['a number of another numbering with a name that shares nothing', [...sections, '# 3. Uitvoering', '', 'Actie 2.1 (Buurtkamer openen) start in 2027.']],
  // 3. the title, a short form, and an adjective before words of no title or of two
  ['the title after the kind word', [...themas, '# Monitor', '', 'Voor het thema Informatie en communicatie tellen we de brieven.']],
  ['the first word of a title after the kind word', [...themas, '# Monitor', '', 'Het thema Wonen krijgt de meeste middelen.']],
  ['an adjective before a word of no title', [...themas, '# Monitor', '', 'Het thema Nieuwe wegen hoort bij de mobiliteitsvisie van de provincie.']],
  // 2. labels that are titles, a list of other things, a label of other words
  ['bold labels that are all titles', [...velden, '# Financiën', '', '- **Wegen en pleinen**: herstraten.', '- **Groen en water**: bomen.', '- **Openbare verlichting**: led.']],
  ['bold labels of partners beside one title', [...velden, '# Partners', '', '- **Wegen en pleinen**: de aannemer.', '- **Waterschap**: de sloten.', '- **Netbeheerder**: de kabels.']],
  ['a bold label of other words in a list of titles', [...velden, '# Financiën', '', '- **Wegen en pleinen**: herstraten.', '- **Groen en water**: bomen.', '- **Overig**: onvoorzien.']]
]

describeWordings(titleDrift, defects, clean)
