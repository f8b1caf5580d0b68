import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes, with look-alikes that name the parts right, shorten them or go on as a sentence:
// 1. a link whose text carries the target's own number before a comma (`[principe 2, X](#p2)`),
//    also under a word of the plan's own (`kernwaarde 2`): the number names the part, so X is its name;
// 2. a quoted name inside brackets (`lijn 2 ("X")`) is the name without its quotes;
// 3. a quoted name after a comma behind a section number (`uitgangspunt 4.1, 'X'`);
// 4. a name closed off by commas after a number (`doel 2.1.1, X, vallen`) that shares no word
//    with the title but is written like one (one capital, two words or more).
const principes = ['# 2. Principes {.principes}', '', '## 1. Dichtbij georganiseerd {#p1}', '', 'Tekst.', '', '## 2. Preventie gaat voor genezing {#p2}', '', 'Tekst.', '']
const lijnen = ['# 2. Programma', '', '## Lijn 1: Schone lucht', '', 'Tekst.', '', '## Lijn 2: Veilig fietsen', '', 'Tekst.', '', '## Lijn 3: Groene pleinen', '', 'Tekst.', '']
const doelen = ['# 4. Doelen', '', '## 4.1 Eerst hergebruiken', '', 'Tekst.', '', '## 4.2 Samen met bewoners', '', 'Tekst.', '', '### 4.2.1 Minder woninginbraken in de kernen', '', 'Tekst.', '', '### 4.2.2 Een veilig uitgaansgebied', '', 'Tekst.', '']

const defects: DefectWording[] = [
  // 1. a numbered link text with another name
  ['a link with the kind word, number and comma', [...principes, '# 3. Aanpak', '', 'Dit volgt uit [principe 2, Voorkomen is beter](#p2): eerst preventie.'], '`Voorkomen is beter`'],
  ['a link under a word of the plan itself', [...principes, '# 3. Aanpak', '', 'Zo vraagt [kernwaarde 1, Nabij en snel](#p1) om een loket in elke kern.'], '`Nabij en snel`'],
  // 2. quotes inside brackets
  ['a double-quoted name in brackets', [...lijnen, '# 3. Samenwerking', '', 'Het wijkteam werkt samen met lijn 2 ("Veilig lopen") en met de school.'], '`Veilig lopen`'],
  ['a single-quoted name in brackets', [...lijnen, '# 3. Samenwerking', '', 'De bomen vallen onder lijn 3 (‘Blauwe pleinen’).'], '`Blauwe pleinen`'],
  // 3. a quoted name after a comma behind a section number
  ['a quoted section name after a comma', [...doelen, '# 5. Maatregelen', '', 'De inzameling volgt uitgangspunt 4.1, \'Eerst recyclen\'. Meer staat in de bijlage.'], '`Eerst recyclen`'],
  ['a double-quoted section name after a comma', [...doelen, '# 5. Maatregelen', '', 'We betrekken de wijkraden, zoals paragraaf 4.2, "Samen met ondernemers" vraagt.'], '`Samen met ondernemers`'],
  // 4. a name closed off by commas without a shared word
  ['a section name between commas', [...doelen, '# 5. Activiteiten', '', 'Onder doel 4.2.1, Bestrijding van straatroof, vallen de volgende activiteiten.'], '`Bestrijding van straatroof`'],
  ['a lijn name between commas', [...lijnen, '# 3. Financiën', '', 'Voor lijn 1, Frisse buitenlucht, reserveren we een vast bedrag.'], '`Frisse buitenlucht`']
]

const clean: CleanWording[] = [
  // 1. the right name, a sentence after the comma, another number
  ['a numbered link with the right title', [...principes, '# 3. Aanpak', '', 'Dit volgt uit [principe 2, Preventie gaat voor genezing](#p2).']],
  ['a numbered link going on in lower case', [...principes, '# 3. Aanpak', '', 'Dit volgt uit [principe 2, zoals hierboven beschreven](#p2).']],
  ['a free link text to a principle', [...principes, '# 3. Aanpak', '', 'Meer daarover staat [bij het principe hierover](#p2).']],
  // 2. the right or a shortened name quoted in brackets
  ['the right name quoted in brackets', [...lijnen, '# 3. Samenwerking', '', 'Het wijkteam werkt samen met lijn 2 ("Veilig fietsen").']],
  ['the first word quoted in brackets', [...lijnen, '# 3. Samenwerking', '', 'De bomen vallen onder lijn 3 (‘Groene’) en lijn 1.']],
  // 3. the right name after a comma, a pointer
  ['the right section name quoted after a comma', [...doelen, '# 5. Maatregelen', '', 'De inzameling volgt uitgangspunt 4.1, \'Eerst hergebruiken\'.']],
  ['a table number after a comma', [...doelen, '# 5. Maatregelen', '', 'Zie tabel 4.1, "Kosten per jaar".']],
  // 4. the right name, place names, a sentence going on after the comma
  ['the right section name between commas', [...doelen, '# 5. Activiteiten', '', 'Onder doel 4.2.1, Minder woninginbraken in de kernen, vallen drie activiteiten.']],
  ['place names between commas', [...doelen, '# 5. Activiteiten', '', 'Voor doel 4.2.1, Veldhoorn en Rijswal, zijn de cijfers het hoogst.']],
  ['a sentence going on after the comma', [...lijnen, '# 3. Financiën', '', 'Voor lijn 1, Frisse lucht in elke straat is het doel voor 2028.']],
  ['one word between commas', [...doelen, '# 5. Activiteiten', '', 'Onder doel 4.2.2, Ondermijning, vallen ook controles.']]
]

describeWordings(titleDrift, defects, clean)
