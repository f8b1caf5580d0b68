import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 battery (hmisc), written before reading the rule again: titled things other than
// thema's (uitgangspunten, pijlers, sporen, doelen, ambities, werklijnen, opgaven) named again
// with a changed title. The kind may stand in each heading (`## Pijler 2: …`), only in the
// chapter above number-only headings (`# Uitgangspunten` over `## 3. …`), or only in the text
// above paragraph-numbered headings (`vier doelen` over `### 5.1.2 …`, named again as
// `## Doel 2 …`). Look-alikes: the exact title, a short form keeping the first words, a
// lower-case description, a title of another programme, another kind with the same number.

// Uitgangspunten under their chapter, headed by number only.
const uitgangspunten = ['# 2. Uitgangspunten', '', 'Vijf uitgangspunten sturen onze keuzes.', '',
  '## 1. Iedereen doet mee {#u1}', '', 'Tekst.', '', '## 2. Hulp zo dichtbij mogelijk {#u2}', '', 'Tekst.', '',
  '## 3. Zuinig op de openbare ruimte {#u3}', '', 'Tekst.', '', '## 4. Samen met bewoners {#u4}', '', 'Tekst.', '',
  '## 5. Eerlijk delen van de lasten {#u5}', '', 'Tekst.', '', '# 3. Uitvoering', '']
// Pijlers, sporen and werklijnen that carry their kind in each heading.
const pijlers = ['# 2. Pijlers', '', '## Pijler 1: Sterke wijken', '', 'Tekst.', '', '## Pijler 2: Gezond oud worden', '', 'Tekst.', '', '## Pijler 3: Werk voor iedereen', '', 'Tekst.', '', '# 3. Uitvoering', '']
const sporen = ['# 2. Sporen', '', '## Spoor 1 – Er vroeg bij zijn', '', 'Tekst.', '', '## Spoor 2 – Een vangnet bij schulden', '', 'Tekst.', '', '## Spoor 3 – Snelle hulp bij crisis', '', 'Tekst.', '', '# 3. Uitvoering', '']
// Doelen headed by paragraph numbers under a question, then named by kind and number.
const doelen = (...lines: string[]): string[] => ['# 5. Programma Mobiliteit', '', '## 5.1 Wat willen we bereiken?', '', 'We streven drie doelen na.', '',
  '### 5.1.1 Veilige schoolroutes {#d1}', '', 'Tekst.', '', '### 5.1.2 Schone lucht in de binnenstad {#d2}', '', 'Tekst.', '',
  '### 5.1.3 Goed bereikbare bedrijventerreinen {#d3}', '', 'Tekst.', '', '## 5.2 Wat gaan we daarvoor doen?', '', ...lines]

const defects: BatteryWording[] = [
  ['an uitgangspunt under a number-only heading, named with a synonym', [...uitgangspunten, 'Dit past bij uitgangspunt 3, Zuinig op de buitenruimte: we vervangen alleen wat versleten is.'], 'Zuinig op de buitenruimte'],
  ['an uitgangspunt after a colon with a changed word', [...uitgangspunten, 'De tarieven volgen uitgangspunt 5: Eerlijk verdelen van de lasten.'], 'Eerlijk verdelen van de lasten'],
  ['an uitgangspunt in quotes inside brackets', [...uitgangspunten, 'Het wijkloket komt in elke kern (uitgangspunt 2, "Hulp zo dicht mogelijk bij huis").'], 'Hulp zo dicht mogelijk bij huis'],
  ['a pijler with a changed word', [...pijlers, 'Het beweegprogramma valt onder pijler 2, Gezond ouder worden, en kost € 85.000 per jaar.'], 'Gezond ouder worden'],
  ['a spoor named in brackets', [...sporen, 'De crisisdienst (spoor 3, Snelle hulp in crisissituaties) werkt dag en nacht.'], 'Snelle hulp in crisissituaties'],
  ['a spoor in a list item', [...sporen, 'De budgetten per spoor:', '', '- spoor 1, Vroeg erbij zijn: € 210.000;', '- spoor 2, Een vangnet bij schulden: € 340.000.'], 'Vroeg erbij zijn'],
  ['a doel named again in a heading with another title', doelen('### Doel 1 Veiliger naar school', '', 'We leggen drie nieuwe oversteekplaatsen aan.', '',
    '### Doel 2 Schone lucht in de binnenstad', '', 'We breiden de milieuzone uit.', '', '### Doel 3 Goed bereikbare bedrijventerreinen', '', 'We verbreden de ontsluitingsweg.'), 'Veiliger naar school'],
  ['the last doel named again with another title', doelen('### Doel 1 Veilige schoolroutes', '', 'Tekst.', '', '### Doel 2 Schone lucht in de binnenstad', '', 'Tekst.', '',
    '### Doel 3 Vlot bereikbare werklocaties', '', 'Tekst.'), 'Vlot bereikbare werklocaties'],
  ['a doel heading that shares no word with its first title', doelen('### Doel 1 Veilige schoolroutes', '', 'Tekst.', '', '### Doel 2 Minder uitstoot door verkeer', '', 'Tekst.', '',
    '### Doel 3 Goed bereikbare bedrijventerreinen', '', 'Tekst.'), 'Minder uitstoot door verkeer'],
  ['a doel named in running text after its number', doelen('De nieuwe fietsstraat draagt bij aan doel 2, Schonere lucht in het centrum.'), 'Schonere lucht in het centrum'],
  ['a pijler named over a line break', [...pijlers, 'De leerwerkplekken horen bij pijler 3,', 'Werk voor alle inwoners.'], 'Werk voor alle inwoners'],
  ['an ambitie heading named again in a later heading', ['# 2. Ambities', '', '## Ambitie 1: Een schone haven', '', 'Tekst.', '', '## Ambitie 2: Iedereen aan boord', '', 'Tekst.', '',
    '# 3. Uitvoering', '', '## Ambitie 2 – Iedereen aan wal', '', 'Wat we doen.'], 'Iedereen aan wal'],
  ['a werklijn in emphasis with a swapped word', ['# 2. Werklijnen', '', '## Werklijn 1: Schoon en heel', '', 'Tekst.', '', '## Werklijn 2: Veilig op straat', '', 'Tekst.', '',
    '# 3. Uitvoering', '', 'De veegroutes vallen onder werklijn 1, *Heel en schoon*.'], 'Heel en schoon']
]

const clean: CleanWording[] = [
  ['an uitgangspunt with its exact title', [...uitgangspunten, 'Dit past bij uitgangspunt 3, Zuinig op de openbare ruimte: we vervangen alleen wat versleten is.']],
  ['an uitgangspunt by number with a lower-case description', [...uitgangspunten, 'Dit past bij uitgangspunt 3, het zuinig omgaan met de ruimte, en bij de wens van bewoners.']],
  ['an uitgangspunt by number only', [...uitgangspunten, 'Dit sluit aan bij uitgangspunt 4 en bij de wens die bewoners het vaakst noemden.']],
  ['a pijler by a short form keeping the first words', [...pijlers, 'Het beweegprogramma valt onder pijler 2, Gezond oud, en kost € 85.000 per jaar.']],
  ['a pijler named in lower case', [...pijlers, 'Het beweegprogramma valt onder pijler 2, gezond oud worden, en kost € 85.000 per jaar.']],
  ['a spoor with its exact title in brackets', [...sporen, 'De crisisdienst (spoor 3, Snelle hulp bij crisis) werkt dag en nacht.']],
  ['doelen named again with the exact titles', doelen('### Doel 1 Veilige schoolroutes', '', 'Tekst.', '', '### Doel 2 Schone lucht in de binnenstad', '', 'Tekst.', '',
    '### Doel 3 Goed bereikbare bedrijventerreinen', '', 'Tekst.')],
  ['a spoor of another programme', [...sporen, 'We sluiten aan bij spoor 2 van het landelijke programma, Schuldenvrij Nederland.']],
  ['another kind with the same number', [...pijlers, ...sporen.slice(2), 'De schuldhulp valt onder spoor 2, Een vangnet bij schulden, niet onder een pijler.']],
  ['a project name after the number', [...sporen, 'Binnen spoor 1 loopt het project Thuis op Orde; het kost € 120.000.']],
  ['a doel heading with the exact title in other case', doelen('### Doel 1 veilige schoolroutes', '', 'Tekst.')],
  ['an ambitie named again with its exact title', ['# 2. Ambities', '', '## Ambitie 1: Een schone haven', '', 'Tekst.', '', '## Ambitie 2: Iedereen aan boord', '', 'Tekst.', '',
    '# 3. Uitvoering', '', '## Ambitie 2 – Iedereen aan boord', '', 'Wat we doen.']],
  ['activiteiten numbered under a doel heading', doelen('### Doel 1 Veilige schoolroutes', '', '1. We leggen drie oversteekplaatsen aan.', '2. We verlagen de snelheid rond scholen.')]
]

describeBattery(titleDrift, defects, clean, 13)
