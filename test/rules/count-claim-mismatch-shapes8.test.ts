import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes, with look-alikes that add up, bound the count or count something else:
// 1. items that carry counts of their own (`elf mensen: zes boa's, drie handhavers en een
//    coördinator`): the counts add up to the whole, also of people or homes, in words or digits;
// 2. a count as subject of a passive with a phrase before the participle (`zijn drie soorten van
//    de lijst aangetroffen:`) and things with their article after the colon (`de das en de uil`);
// 3. a caption that counts what the first column names (`de vijf kernen` over a column `Kern`)
//    counts the rows, even when the table happens to have that many columns.
const kernen = (caption: string): string[] => ['# Kernen', '', '| Kern | Inwoners | Scholen |', '|---|---|---|', '| Noordeind | 1.200 | 2 |', '| Zuideind | 900 | 1 |', '', caption]

const defects: DefectWording[] = [
  // 1. counted items that do not add up
  ['people in number words', ['# Team', '', 'Het wijkteam telt negen medewerkers: vier consulenten, drie schuldhulpmaatjes en een teamleider.'], '`negen medewerkers`'],
  ['homes in digits', ['# Bouwen', '', 'We bouwen 14 woningen: 6 rijwoningen en 6 appartementen.'], '`14 woningen`'],
  ['a whole of people counted over', ['# Raad', '', 'De werkgroep bestaat uit twaalf mensen: vijf bewoners, vier ondernemers en vijf ambtenaren.'], '`twaalf mensen`'],
  // 2. a passive with a phrase and things after the colon
  ['a passive with a phrase and things', ['# Natuur', '', 'Bij de inventarisatie zijn drie soorten van de landelijke lijst aangetroffen: de das en de ijsvogel.'], '`drie soorten`'],
  ['a passive with a classified noun and things', ['# Natuur', '', 'Bij de telling zijn vier soorten vleermuizen gezien: de dwergvleermuis, de rosse vleermuis en de laatvlieger.'], '`vier soorten`'],
  // 3. a caption that counts the rows of the first column
  ['a caption counting the places of the first column', kernen('Tabel 1. Inwoners en scholen in de drie kernen van Veldhoorn.'), '`drie kernen`']
]

const clean: CleanWording[] = [
  // 1. counts that add up, a part, amounts, articles
  ['people that add up', ['# Team', '', 'Het wijkteam telt negen medewerkers: vier consulenten, drie schuldhulpmaatjes en twee teamleiders.']],
  ['homes in digits that add up', ['# Bouwen', '', 'We bouwen 14 woningen: 8 rijwoningen en 6 appartementen.']],
  ['a part of the whole', ['# Team', '', 'Het team telt elf mensen, onder wie zes boa’s en drie handhavers.']],
  ['articles, not counts', ['# Team', '', 'Het team krijgt twee versterkingen: een jurist en een data-analist.']],
  ['items with amounts', ['# Geld', '', 'We verdelen twee budgetten: een van € 40.000 en een van € 60.000.']],
  // 2. a phrase after the participle, a passive with a sentence after the colon
  ['a preposition after the participle', ['# Scholen', '', 'In 2025 zijn vier scholen onderzocht op: de ventilatie en het daglicht.']],
  ['a passive that adds up', ['# Natuur', '', 'Bij de inventarisatie zijn twee soorten van de landelijke lijst aangetroffen: de das en de ijsvogel.']],
  // 3. a caption counting the columns, a caption that matches
  ['a caption counting the columns by their own noun', kernen('Tabel 1. De drie kolommen geven kern, inwoners en scholen.')],
  ['a caption with the right count of places', kernen('Tabel 1. Inwoners en scholen in de twee kernen van Veldhoorn.')]
]

describeWordings(countClaimMismatch, defects, clean)
