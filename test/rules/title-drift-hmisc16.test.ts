import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery (hmisc16), written before reading the rule again: a thema named by its number
// with another name than its heading, where the name follows the number in a form the reader may
// skip: after a comma (an apposition), in brackets broken over two lines, after a colon or a dash
// in prose, in quotes after a comma, at the end of a list item. Look-alikes: the right name in
// the same forms, a clause after the comma (`thema 2, zodat …`), more numbers (`thema 2, 3 en
// 4`), a pointer in brackets, a lower-case word after the comma, the short name the heading gives.
const themas = [
  "# Thema's",
  '',
  '## Thema 1: Schone lucht in de wijk {#t1}',
  '',
  'Tekst.',
  '',
  '## Thema 2: Stille straten en pleinen {#t2 kort="Stille straten"}',
  '',
  'Tekst.',
  '',
  '## Thema 3: Groen dichtbij huis {#t3}',
  '',
  'Tekst.',
  ''
]
// Numbered sections, for a name run on after `paragraaf 2.2` to the end of the sentence.
const sections = ['# 2. Aanpak', '', '## 2.1 Schone lucht in de wijk', '', 'Tekst.', '', '## 2.2 Stille straten en pleinen', '', 'Tekst.', '', '### 2.2.1 Geluidsschermen langs de ring', '', 'Tekst.', '']
const section = (...lines: string[]): string[] => ['# 1. Inleiding', '', ...lines, '', ...sections]
const prose = (...lines: string[]): string[] => [...themas, '# Financiën', '', ...lines, '']

const defects: BatteryWording[] = [
  ['an apposition after a comma', prose('Het meeste geld gaat daarom naar thema 2, Minder lawaai in de buurt.'), 'Minder lawaai in de buurt'],
  ['an apposition after a comma inside the sentence', prose('De geluidsschermen vallen onder thema 2, Rust op straat, en worden in 2028 geplaatst.'), 'Rust op straat'],
  ['a bracket broken over two lines', prose('De post bomen en geveltuinen hoort bij thema 3 (Meer bomen in', 'elke straat) en stijgt in 2029.'), 'Meer bomen in'],
  ['a colon in prose', prose('Voor thema 1: Gezonde buitenlucht trekken we € 90.000 per jaar uit.'), 'Gezonde buitenlucht'],
  ['a dash in prose', prose('Thema 3 – Natuur om de hoek krijgt de kleinste begroting.'), 'Natuur om de hoek'],
  ['quotes after a comma', prose('De metingen horen bij thema 1, ‘Frisse lucht voor iedereen’, en lopen tot 2030.'), 'Frisse lucht voor iedereen'],
  ['an apposition in a list item', prose('De kosten per thema:', '', '- thema 1: € 120.000;', '- thema 2, Geluid en rust: € 80.000;', '- thema 3: € 60.000.'), 'Geluid en rust'],
  ['an apposition at the end of a table note', prose('| Post | 2027 |', '|---|---|', '| Schermen | 40 |', '', 'De schermen rekenen we tot thema 2, Rustige buurten.'), 'Rustige buurten'],
  ['brackets after het thema and its number', prose('Het thema 1 (Lucht en gezondheid) vraagt de grootste inzet.'), 'Lucht en gezondheid'],
  ['a bracket broken over two lines after onder', prose('De aanplant valt onder thema 3 (Bomen', 'en bloemen) in de begroting.'), 'Bomen'],
  ['an apposition with a capital after dat is', prose('Het budget voor geluid valt onder thema 2, Minder verkeerslawaai, net als de handhaving.'), 'Minder verkeerslawaai'],
  ['a bare name after a section number to the full stop', section('Meer daarover leest u in paragraaf 2.2 Minder lawaai op straat.'), 'Minder lawaai op straat'],
  ['a bare name after a subsection number', section('De kosten staan toegelicht in paragraaf 2.2.1 Schermen langs de snelweg.'), 'Schermen langs de snelweg'],
  ['a bare name after hoofdstuk-like paragraaf at the end of a line', section('Voor de metingen verwijzen we naar paragraaf 2.1 Gezonde lucht'), 'Gezonde lucht'],
  ['a colon after the number in a sentence', prose('Onder thema 3: Groene speelplekken vallen de schoolpleinen.'), 'Groene speelplekken']
]

const clean: CleanWording[] = [
  ['the right name after a comma', prose('Het meeste geld gaat naar thema 2, Stille straten en pleinen.')],
  ['the short name after a comma', prose('Het meeste geld gaat naar thema 2, Stille straten.')],
  ['a clause after the comma', prose('Het geld valt onder thema 2, zodat de buurt er direct iets van merkt.')],
  ['more numbers after the comma', prose('De kosten vallen onder thema 2, 3 en 1.')],
  ['another thema after the comma', prose('Het geld gaat naar thema 2, Thema 3 krijgt minder.')],
  ['a pointer in brackets', prose('De post hoort bij thema 3 (zie hoofdstuk 2).')],
  ['the right name in brackets over two lines', prose('De post hoort bij thema 3 (Groen dichtbij', 'huis) en stijgt in 2029.')],
  ['a place after the comma', prose('In thema 1, Noord en Zuid krijgen de meeste meters.')],
  ['a year after the comma', prose('Voor thema 1, 2027 en 2028 samen, trekken we € 90.000 uit.')],
  ['a lower-case phrase after the comma', prose('Thema 2, met de meeste maatregelen, krijgt het grootste budget.')],
  ['the right bare name after a section number', section('Meer daarover leest u in paragraaf 2.2 Stille straten en pleinen.')],
  ['a sentence that goes on after the section number', section('In paragraaf 2.2 Minder geluid gaan we verder in op de aanpak.')],
  ['a section of another document', section('Zie paragraaf 2.1 Luchtkwaliteit van de Omgevingsvisie.')],
  ['the right name after a colon', prose('Voor thema 1: Schone lucht in de wijk trekken we € 90.000 per jaar uit.')]
]

describeBattery(titleDrift, defects, clean, 12)
