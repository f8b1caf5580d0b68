import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the rule: the plan names its parts by a kind noun and
// a label (`## Doel 4.2.1 Een bereikbaar centrum`, `## 1.2 Ambitie 2: Werk voor jongeren`,
// `## Opgave 3 – Schoon grondwater`), and a later heading names the same part by that label again
// (`## Bij doel 4.2.1 …`, `## 2.2 Ambitie 2: …`, `### Maatregelen voor opgave 3: …`) with a title
// that is not the part's: a word swapped, a compound head changed, a word turned around. The
// label is the part's identity, not the heading's section number. Look-alikes: the title itself,
// its first words, the label alone, a label no part has, a label two parts share, another kind
// noun with the same number, a lower-case phrase after the label, the title with a tail after a dash.
const doelen = [
  '# 1. Wat willen we bereiken?', '',
  '## Doel 4.2.1 Een bereikbaar centrum', '', 'Tekst over het centrum.', '',
  '## Doel 4.2.2 Gezonde jeugd in beweging', '', 'Tekst over de jeugd.', '',
  '## Doel 4.2.3 Minder zwerfafval', '', 'Tekst over afval.', '',
  '# 2. Wat gaan we daarvoor doen?', ''
]
const withDoelen = (...lines: string[]): string[] => [...doelen, ...lines]
const ambities = [
  '# 1. Ambities', '',
  '## 1.1 Ambitie 1: Een groene dorpskern', '', 'Tekst.', '',
  '## 1.2 Ambitie 2: Werk voor jongeren', '', 'Tekst.', '',
  '## 1.3 Ambitie 3: Betaalbare energie', '', 'Tekst.', '',
  '# 2. Uitvoering', ''
]
const withAmbities = (...lines: string[]): string[] => [...ambities, ...lines]
// The uitvoering goes through the same ambities again, one of them renamed.
const ambitieTitles = ['Een groene dorpskern', 'Werk voor jongeren', 'Betaalbare energie']
const repeatAmbities = (hashes: string, renamed: number, name: string): string[] =>
  withAmbities(...ambitieTitles.flatMap((t, i) => [`${hashes} 2.${i + 1} Ambitie ${i + 1}: ${i + 1 === renamed ? name : t}`, '', 'We zetten hier twee mensen op in.', '']))
const opgaven = [
  '# 3. Opgaven', '',
  '## Opgave 1 – Droge voeten', '', 'Tekst.', '',
  '## Opgave 2 – Koele straten', '', 'Tekst.', '',
  '## Opgave 3 – Schoon grondwater', '', 'Tekst.', '',
  '# 4. Maatregelen', ''
]
const withOpgaven = (...lines: string[]): string[] => [...opgaven, ...lines]
const body = ['', 'We zetten hier twee mensen op in.']

const defects: BatteryWording[] = [
  ['`Bij doel` + dotted label, one word swapped', withDoelen('## Bij doel 4.2.1 Een toegankelijk centrum', ...body), 'Een toegankelijk centrum'],
  ['`Acties voor doel` + label + colon, first word swapped', withDoelen('## Acties voor doel 4.2.2: Fitte jeugd in beweging', ...body), 'Fitte jeugd in beweging'],
  ['the kind heading repeated under another chapter, compound head changed', withDoelen('### Doel 4.2.3 – Minder zwerfvuil', ...body), 'Minder zwerfvuil'],
  ['section number + kind + label + colon, last word swapped', repeatAmbities('##', 1, 'Een groene dorpsrand'), 'Een groene dorpsrand'],
  ['section number + kind + label + colon, first word swapped', repeatAmbities('##', 2, 'Banen voor jongeren'), 'Banen voor jongeren'],
  ['a word before the kind noun, label, colon', withAmbities('## Uitvoering ambitie 3: Schone energie', ...body), 'Schone energie'],
  ['kind + plain label + dash, last word swapped', withOpgaven('## Opgave 2 – Koele pleinen', ...body), 'Koele pleinen'],
  ['`Maatregelen bij opgave` + label + colon', withOpgaven('### Maatregelen bij opgave 3: Schoon drinkwater', ...body), 'Schoon drinkwater'],
  ['`Bij doel` + label, title with words turned around', withDoelen('## Bij doel 4.2.2 Jeugd in beweging en gezond', ...body), 'Jeugd in beweging en gezond'],
  ['`Inzet op ambitie` + label, compound split', withAmbities('## Inzet op ambitie 1: Een groene dorpsrand en kern', ...body), 'Een groene dorpsrand en kern'],
  ['`Bij doel` + label at a deeper level, the head noun swapped', withDoelen('#### Bij doel 4.2.1 Een bereikbaar stadshart', ...body), 'Een bereikbaar stadshart'],
  ['section number + kind + label + colon, a word added inside', repeatAmbities('###', 3, 'Betaalbare en duurzame energie'), 'Betaalbare en duurzame energie'],
  ['a lower-case kind noun in a numbered heading, dash', withOpgaven('## 4.1 Aanpak opgave 1 – Natte voeten', ...body), 'Natte voeten']
]

const clean: CleanWording[] = [
  ['the title itself after `Bij doel`', withDoelen('## Bij doel 4.2.1 Een bereikbaar centrum', ...body)],
  ['the label alone', withDoelen('## Acties voor doel 4.2.2', ...body)],
  ['the kind headings repeated with the same titles', repeatAmbities('##', 0, '')],
  ['a second programme that numbers its ambities from 1 again', withAmbities('# 5. Programma Zorg', '', '## 5.1 Ambitie 1: Hulp in de wijk', '', 'Tekst.', '', '## 5.2 Ambitie 2: Mantelzorg ontlasten', '', 'Tekst.')],
  ['the first words of the title', withDoelen('## Bij doel 4.2.2 Gezonde jeugd', ...body)],
  ['a label no part has', withDoelen('## Bij doel 4.2.7 Stille nachten', ...body)],
  ['another kind noun with the same number', withAmbities('## Project 2: Werk voor scholieren', ...body)],
  ['a lower-case phrase after the label', withDoelen('## Doel 4.2.3 in cijfers', ...body)],
  ['the title with a tail after a dash', withDoelen('## Bij doel 4.2.1 Een bereikbaar centrum – acties in 2028', ...body)],
  ['the title with a colon added after the label', withDoelen('## Doel 4.2.1: Een bereikbaar centrum', ...body)],
  ['a dotted label two documents share', ['# Deel A', '', '## Doel 3.1.1 Schone straten', '', 'Tekst.', '', '# Deel B', '', '## Doel 3.1.1 Hele stoepen', '', 'Tekst.', '', '## Bij doel 3.1.1 Nette buurten', ...body]],
  ['the title in other capitals', withOpgaven('## Maatregelen bij opgave 2: koele straten', ...body)],
  ['a kind noun in prose with the right title', withAmbities('Bij ambitie 2 Werk voor jongeren horen drie acties.')],
  ['a heading about a year after the label', withOpgaven('## Opgave 1 in 2029', ...body)],
  ['a label repeated among one chapter’s sub-headings (a numbering slip), then the work per part', ['# 1. Doelen', '', '## Doel 5.1 Schone straten', '', 'Tekst.', '', '## Doel 5.2 Veilige pleinen', '', 'Tekst.', '', '## Doel 5.2 Groene randen', '', 'Tekst.', '', '# 2. Uitvoering', '', '## Bij doel 5.1 Schone straten', ...body]]
]

describeBattery(titleDrift, defects, clean, 13)
