import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 21 battery (hmisc21), written before changing the rule: a section-numbered part named
// otherwise where the number follows the name in brackets (`## 3.2 Een … wijk (doel 2.2)`, also in a
// list item or with the bare number), and a name run on after `paragraaf 2.3` that is the subject
// of a verb after it (`… paragraaf 2.3 Overzicht van de knelpunten laten zien dat …`): one word
// changed, words reordered, a synonym. Look-alikes: the exact title, a heading about another thing
// that shares a word (`Acties voor …`), the first word of the title, a table number, a full stop
// after the number.
const sections = [
  '# 2. Wat willen we bereiken?', '',
  '## 2.1 Veilig naar school', '', 'Tekst.', '',
  '## 2.2 Een groene en gezonde wijk', '', 'Tekst.', '',
  '## 2.3 Inventarisatie van de knelpunten', '', 'Tekst.', '',
  '# 3. Wat gaan we doen?', ''
]
const p = (...lines: string[]): string[] => [...sections, ...lines, '']

const defects: BatteryWording[] = [
  ['a heading with one word changed before the doel number', p('## 3.2 Een groene en leefbare wijk (doel 2.2)', '', 'We planten bomen.'), 'Een groene en leefbare wijk'],
  ['a heading with the words reordered', p('### Aanpak: Een gezonde en groene wijk (doel 2.2)', '', 'We planten bomen.'), 'Een gezonde en groene wijk'],
  ['a heading before a bare section number', p('## 3.1 Veilig op weg naar school (2.1)', '', 'We leggen zebrapaden aan.'), 'Veilig op weg naar school'],
  ['a list item before the doel number', p('De kosten per doel:', '', '- Veilig naar school (doel 2.1): € 20.000;', '- Een groene en schone wijk (doel 2.2): € 40.000.'), 'Een groene en schone wijk'],
  ['a run-on name as subject of a plural verb', p('De resultaten van paragraaf 2.3 Overzicht van de knelpunten laten zien dat de oversteek bij de school het drukst is.'), 'Overzicht van de knelpunten'],
  ['a run-on name before beschrijft', p('Zoals paragraaf 2.1 Veilig fietsen naar school beschrijft, komen er twee zebrapaden bij.'), 'Veilig fietsen naar school'],
  ['a run-on name before geeft', p('De tabel in paragraaf 2.3 Knelpunten en oplossingen geeft per straat de maatregel.'), 'Knelpunten en oplossingen']
]

const clean: CleanWording[] = [
  ['the exact title before the doel number', p('## 3.2 Een groene en gezonde wijk (doel 2.2)', '', 'We planten bomen.')],
  ['a heading about the actions that shares a word', p('## 3.2 Acties voor een groene wijk (doel 2.2)', '', 'We planten bomen.')],
  ['a table number after a heading name', p('## 3.3 Kosten van de knelpunten (tabel 2.3)', '', 'Tekst.')],
  ['the first word of the title run on', p('Zoals paragraaf 2.3 Inventarisatie laat zien, liggen de knelpunten in het centrum.')],
  ['the exact title run on before staat', p('Zoals in paragraaf 2.1 Veilig naar school staat, komen er zebrapaden bij.')],
  ['the exact title run on before laten', p('De uitkomsten van paragraaf 2.3 Inventarisatie van de knelpunten laten zien dat er zes knelpunten zijn.')],
  ['a full stop after the number', p('Meer daarover staat in paragraaf 2.3. De knelpunten liggen vooral bij de school.')],
  ['a sentence fronted before the number with an inverted verb', p('In paragraaf 2.2 Groen gaan we verder in op de bomen.')]
]

describeBattery(titleDrift, defects, clean, 7)
