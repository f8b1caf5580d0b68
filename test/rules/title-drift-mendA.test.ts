import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend A: a heading with a word, a number and running words after a space (`Ronde 2 van de
// subsidie`, `Bijeenkomst 3 oktober`) defines no part; a heading whose number and name a space
// alone parts is the weaker definition even with a section number or a range in its title.
const uitwerking = (heading: string, line: string): string[] => [
  '# Doelen', '', '## 1. Schone straten', '', 'Tekst.', '', '## 2. Koele pleinen', '', 'Tekst.', '',
  '# Uitwerking', '', heading, '', 'Tekst.', '', '# Aanpak', '', line
]

const defects: DefectWording[] = [
  ['a drifted name after a heading without a mark', ['# Doelen', '', '## Doel 1 Veilige fietsroutes', '', 'Tekst.', '', '## Doel 2 Groen rond de school', '', 'Tekst.', '', '# Aanpak', '', 'Voor doel 2 (Groen langs de school) zaaien we bloemen.'], 'Groen langs de school']
]

const clean: CleanWording[] = [
  ['a heading with running words after the number', ['# Planning', '', '## Ronde 2 van de subsidie', '', 'Tekst.', '', '# Aanpak', '', 'In ronde 2 (Najaarsaanvragen) toetsen we opnieuw.']],
  ['a heading with a date after the number', ['# Agenda', '', '## Bijeenkomst 3 oktober', '', 'Tekst.', '', '# Aanpak', '', 'Op bijeenkomst 3 (Inloopavond bij de bieb) praten bewoners mee.']],
  ['a spaced heading with a section number', uitwerking('## 3.2 Doel 2 Schaduw op elk plein', 'Voor doel 2 (Koele pleinen) planten we bomen.')],
  ['a spaced heading with a range in its title', uitwerking('## Doel 2 Schaduw in 2027-2028', 'Voor doel 2 (Koele pleinen) planten we bomen.')]
]

describeWordings(titleDrift, defects, clean)
