import { numberingSequence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 cause, with look-alikes a naive reader would flag: a bullet labelled with a numbering
// word, a dotted number and a colon (`- Doel 2.2: 120 woningen …`) is numbering whatever opens
// the text after the colon, a figure or a small letter; a bare dotted number or a mention
// without a separator is no label.
const defects: DefectWording[] = [
  ['goal bullets whose text opens with a figure', ['# Doelen', '', '- Doel 3.1: 400 inwoners doen mee aan een beweegprogramma.', '- Doel 3.2: 12 sportverenigingen hebben een jeugdplan.', '- Doel 3.2: 80 procent van de kinderen zwemt voor het tiende jaar.'], '`3.2` volgt op `3.2`'],
  ['goal bullets in small letters skipping one', ['# Doelen', '', '- Doel 1.1: het aantal jongeren dat rookt daalt.', '- Doel 1.2: elke school heeft een gezonde kantine.', '- Doel 1.4: ouders weten waar ze terechtkunnen.'], '`1.4` volgt op `1.2`'],
  ['measure bullets with a dash and a small letter', ['# Maatregelen', '', '- Maatregel 5.1 – de wijkagent houdt spreekuur.', '- Maatregel 5.2 – de buurtapp wordt uitgebreid.', '- Maatregel 5.2 – camera’s bij het station.'], '`5.2` volgt op `5.2`']
]

const clean: CleanWording[] = [
  ['goal bullets in small letters that run on', ['# Doelen', '', '- Doel 1.1: het aantal jongeren dat rookt daalt.', '- Doel 1.2: elke school heeft een gezonde kantine.', '- Doel 1.3: ouders weten waar ze terechtkunnen.']],
  ['bullets that mention goals without a separator', ['# Acties', '', '- Bij doel 2.1 hoort de beweegcoach.', '- Doel 2.3 vraagt om een nieuwe hal.', '- Bij doel 2.1 hoort ook de schoolsport.']],
  ['bullets of amounts with a dotted number', ['# Kosten', '', '- 2.5 miljoen voor de hal;', '- 1.2 miljoen voor de velden;', '- 1.2 miljoen voor de kleedkamers.']],
  ['goal bullets per theme under their own headings', ['# Doelen', '', '## Thema 1', '', '- Doel 1.1: 300 woningen.', '- Doel 1.2: 40 plekken.', '', '## Thema 2', '', '- Doel 1.1: 20 jongeren.', '- Doel 1.2: 5 scholen.']]
]

describeWordings(numberingSequence, defects, clean)
