import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: a reference to a numbered item of a kind
// the document numbers itself (doelen, acties, maatregelen), beyond the last number it gives.
// The numbers may be dotted section numbers (`4.2.1`…`4.2.3`) or plain ones (`Doel 1`…`Doel 3`).
const dotted = (kind: string, ref: string): string[] => [
  '# 4. Programma', '', '## 4.2 Wat willen we bereiken?', '',
  '### 4.2.1 Meer groen in de wijken', '', 'We planten bomen in elke straat waar dat kan.', '',
  '### 4.2.2 Schone lucht bij scholen', '', 'We weren zwaar verkeer rond de schoolpleinen.', '',
  '### 4.2.3 Minder hittestress', '', 'We leggen waterpleinen en schaduwplekken aan.', '',
  '# 5. Kosten', '', `De aanleg van de fietsenstallingen, die we bij ${kind} ${ref} beschrijven, kost 30.000 euro per jaar.`, ''
]
const plain = (heading: string, ref: string): string[] => [
  '# Doelen', '',
  `## ${heading} 1: Iedereen doet mee`, '', 'Meer inwoners sporten wekelijks.', '',
  `## ${heading} 2: Gezond opgroeien`, '', 'Minder kinderen met overgewicht.', '',
  `## ${heading} 3: Actief ouder worden`, '', 'Ouderen blijven langer zelfstandig.', '',
  '# Financiën', '', `Het budget voor de beweegcoach staat bij ${ref}.`, ''
]

const defects: BatteryWording[] = [
  ['a dotted doel beyond the last', dotted('doel', '4.2.4'), '4.2.4'],
  ['a dotted actie beyond the last', dotted('actie', '4.2.6'), '4.2.6'],
  ['a dotted doel in a list of two', dotted('doelen', '4.2.2 en 4.2.5'), '4.2.5'],
  ['a two-part doel beyond the paragraphs', [
    '# 3. Doelen', '', '## 3.1 Veilige straten', '', 'Minder ongelukken.', '', '## 3.2 Schone pleinen', '', 'Minder zwerfvuil.', '',
    '# 4. Geld', '', 'Voor doel 3.3 reserveren we twaalfduizend euro.', ''
  ], '3.3'],
  ['a plain doel beyond the last', plain('Doel', 'doel 4'), 'doel 4'],
  ['a plain maatregel beyond the last', plain('Maatregel', 'maatregel 5'), 'maatregel 5'],
  ['a plural-headed ambitie', plain('Ambitie', 'ambitie 6'), 'ambitie 6']
]

const clean: CleanWording[] = [
  ['a dotted doel that exists', dotted('doel', '4.2.3')],
  ['a plain doel that exists', plain('Doel', 'doel 3')],
  ['a dotted actie under a group without sub-headings', dotted('actie', '4.1.2')],
  ['a goal after one lone sub-heading', [
    '# 3. Doelen', '', '## 3.1 Veilige straten', '', 'Minder ongelukken.', '', '### 3.1.1 Schoolroutes', '', 'Veilig naar school.', '',
    '# 4. Geld', '', 'Voor doel 3.1.2 reserveren we twaalfduizend euro.', ''
  ]],
  // Goals numbered in a list under the theme headings: the list is the series, not the headings.
  ['a goal defined in a list item beyond the headings', [
    '# 1. Inleiding', '', '## 1.1 Aanleiding', '', 'Tekst.', '', '## 1.2 Leeswijzer', '', 'Tekst.', '',
    '# 2. Thema', '', '### Doelen', '', '- Doel 1.1: meer bomen.', '- Doel 1.2: minder hitte.', '- Doel 1.3: schonere lucht.', ''
  ]],
  // A repeated heading number (`4.2.2` twice) is a slip of the numbering: the reference may be right.
  ['a goal after a repeated heading number', [
    '# 4. Programma', '', '### 4.2.1 Meer groen', '', 'Bomen.', '', '### 4.2.2 Schone lucht', '', 'Minder verkeer.', '', '### 4.2.2 Minder hitte', '', 'Schaduw.', '',
    '# 5. Kosten', '', '## Bij doel 4.2.3 Minder hitte', '', 'Tienduizend euro.', ''
  ]],
  ['an article of a regulation', dotted('artikel', '4.2.7 van de verordening')],
  ['a doel of a national programme', plain('Doel', 'werelddoel 5 van de Verenigde Naties')],
  ['a maatregel in a document that numbers none', plain('Doel', 'maatregel 7 van het Klimaatakkoord')]
]

describeBattery(xrefMissingTarget, defects, clean, 7)
