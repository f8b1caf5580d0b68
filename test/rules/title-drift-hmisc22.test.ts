import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc22 battery, written before reading any miss or changing the rule: a thema defined with a
// number and a name, then named otherwise in another place. Forms, as authors vary them:
//  1. an agenda table cell `Thema 2: …` with a synonym of one word;
//  2. a bracket after a measure `(thema 3: …)` with the words reordered;
//  3. an ordinal in prose, the name between commas (`Het tweede thema, …, vraagt`);
//  4. a singular where the title has a plural (`doel`, `route` → `routes`);
//  5. a number in words with a quoted name (`thema vier (‘…’)`);
//  6. a bold bullet label `**Thema 1 – …**` with one word swapped;
//  7. a later chapter heading `## Uitwerking thema 2: …` with a shortened-and-changed name;
//  8. a row of a finance table `Thema 3 …` with a synonym;
//  9. no number: `het thema …` with the words of the title reordered;
// 10. a caption `Tabel 2. Acties thema 4: …` naming the thema otherwise;
// 11. a name before the number in brackets in a bullet (`Werk en inkomsten (thema 1)`).
// Look-alikes: the exact title with other capitals, the first word(s) only, the title with an
// addition after a colon, a thema of another document (`het thema … uit de regiovisie`), a row
// without a number, `&` for `en`, an abbreviation in brackets, a chapter number in brackets.
// Before the fix 9/11 (the bracket with a colon and the caption missed; `uit de regiovisie` flagged); after 10/11, the caption before a table still open.
const themes = [
  '# Thema\'s', '',
  '## Thema 1: Werk en inkomen', '', 'Tekst.', '',
  '## Thema 2: Zorg in de buurt', '', 'Tekst.', '',
  '## Thema 3: Verkeer en vervoer', '', 'Tekst.', '',
  '## Thema 4: Veilige schoolroutes', '', 'Tekst.', '',
  '# Uitvoering', ''
]
const p = (...lines: string[]): string[] => [...themes, ...lines, '']
const agenda = (cell: string): string[] => p('| Thema | Actie | Wanneer |', '|---|---|---|', '| Thema 1: Werk en inkomen | Banenmarkt | 2027 |', `| ${cell} | Wijkteam uitbreiden | 2028 |`)

const defects: BatteryWording[] = [
  ['an agenda cell with a synonym', agenda('Thema 2: Zorg in de wijk'), 'Zorg in de wijk'],
  ['a bracket after a measure, reordered', p('We leggen extra bushaltes aan (thema 3: Vervoer en verkeer).'), 'Vervoer en verkeer'],
  ['an ordinal with the name between commas', p('Het tweede thema, Hulp in de buurt, vraagt de meeste inzet.'), 'Hulp in de buurt'],
  ['a singular for a plural title', p('Onder thema 4 (Veilige schoolroute) vallen de zebrapaden.'), 'Veilige schoolroute'],
  ['a number in words with a quoted name', p('Bij thema vier (‘Veilig naar school’) hoort de fietsstraat.'), 'Veilig naar school'],
  ['a bold bullet label with one word swapped', p('- **Thema 1 – Werk en inkomsten**: we houden een banenmarkt.', '- **Thema 2 – Zorg in de buurt**: we breiden het wijkteam uit.'), 'Werk en inkomsten'],
  ['a later heading about the thema', p('## Uitwerking thema 2: Zorg dichtbij', '', 'Tekst.'), 'Zorg dichtbij'],
  ['a finance table row', p('| Thema | 2027 | 2028 |', '|---|---|---|', '| Thema 1 Werk en inkomen | 100 | 100 |', '| Thema 3 Mobiliteit en vervoer | 80 | 90 |'), 'Mobiliteit en vervoer'],
  ['no number, the words reordered', p('Binnen het thema Vervoer en verkeer leggen we een fietsstraat aan.'), 'Vervoer en verkeer'],
  ['a caption naming the thema otherwise', p('Tabel 2. Acties thema 4: Veilige fietsroutes', '', '| Actie | Jaar |', '|---|---|', '| Zebrapad | 2027 |'), 'Veilige fietsroutes'],
  ['a name before the number in brackets in a bullet', p('De budgetten:', '', '- Werk en inkomsten (thema 1): € 100.000;', '- Zorg in de buurt (thema 2): € 80.000.'), 'Werk en inkomsten']
]

const clean: CleanWording[] = [
  ['the exact title in an agenda cell with other capitals', agenda('Thema 2: zorg in de buurt')],
  ['the first word only in a bracket', p('We leggen extra bushaltes aan (thema 3: Verkeer).')],
  ['the title with an addition after a colon', p('## Uitwerking thema 2: Zorg in de buurt: acties', '', 'Tekst.')],
  ['a thema of another document', p('Het thema Gezond en veilig uit de regiovisie komt terug in thema 2.')],
  ['a row without a number', agenda('Wijkzorg')],
  ['an ampersand for en', p('| Thema | 2027 |', '|---|---|', '| Thema 1 Werk & inkomen | 100 |', '| Thema 3 Verkeer & vervoer | 80 |')],
  ['an abbreviation in brackets', p('Het wijkteam (WT) valt onder thema 2.')],
  ['a chapter number in brackets', p('Zie voor de kosten hoofdstuk 2 (Uitvoering).')],
  ['the exact title after a colon in a bracket', p('We leggen extra bushaltes aan (thema 3: Verkeer en vervoer).')],
  ['a quoted thema of the provincie', p('Het thema ‘Gezond leven’ van de provincie sluit aan op thema 2.')],
  ['the ordinal with the exact title', p('Het tweede thema, Zorg in de buurt, vraagt de meeste inzet.')],
  ['a number in words with the exact quoted title', p('Bij thema vier (‘Veilige schoolroutes’) hoort de fietsstraat.')]
]

describeBattery(titleDrift, defects, clean, 10)
