import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc8 battery, written before changing the rule: a part the plan defines by a numbered heading
// (`## Ambitie 2: Groene daken en gevels`, `## Doel 2 Een park dat droogte aankan`, also without a
// mark between number and name) is named again by its number with a changed name: in a bijlage
// (a list item, a sentence, quotes, an apposition), or in a repeated heading of a later chapter
// (`Wat gaan we doen` repeats the doelen of `Wat willen we bereiken`). Look-alikes: the right name,
// a short form, the former name in the previous plan, a numbering that starts again with other
// names, another body's part, a repeated heading with the same name.
const ambities = ['# Ambities', '', '## Ambitie 1: Water vasthouden in de wijk {#a1}', '', 'Tekst.', '', '## Ambitie 2: Groene daken en gevels {#a2}', '', 'Tekst.', '', '## Ambitie 3: Koele routes naar school {#a3}', '', 'Tekst.', '']
const bijlage = (...lines: string[]): string[] => [...ambities, '# Bijlagen', '', '## Bijlage 1: Toetsingskader', '', ...lines]
const doelen = (second: string, first = 'Een park dat droogte aankan', mark = ' '): string[] => [
  '# Wat willen we bereiken', '', `## Doel 1${mark}Schone straten in elke wijk`, '', 'Tekst.', '', `## Doel 2${mark}${first}`, '', 'Tekst.', '',
  '# Wat gaan we doen', '', `## Doel 1${mark}Schone straten in elke wijk`, '', 'We vegen vaker.', '', `## Doel 2${mark}${second}`, '', 'We planten bomen.'
]

const defects: BatteryWording[] = [
  ['a bijlage list item with a bracketed name', bijlage('Een aanvraag bevat:', '', '- een plan dat past bij ambitie 2 (Groene daken en pleinen);', '- een tekening.'), 'Groene daken en pleinen'],
  ['a bijlage sentence with a bracketed name', bijlage('Een aanvraag draagt bij aan ambitie 3 (Koele fietsroutes naar school).'), 'Koele fietsroutes naar school'],
  ['a bijlage apposition in quotes', bijlage('Zoals ambitie 1, ‘Water vasthouden op het erf’, vraagt, houdt elk plan regenwater vast.'), 'Water vasthouden op het erf'],
  ['a bijlage numbered item with a quoted name', bijlage('1. aansluiting bij ambitie 2 "Groene daken en tuinen";', '2. een tekening.'), 'Groene daken en tuinen'],
  ['a bijlage sentence naming two parts', bijlage('De toets volgt ambitie 3 (Koele routes naar het werk) en ambitie 1.'), 'Koele routes naar het werk'],
  ['a bijlage in a second paragraph', bijlage('Het kader geldt voor alle aanvragen.', '', 'Wie bouwt, laat zien hoe het ontwerp ambitie 1 (Water bergen in de wijk) dient.'), 'Water bergen in de wijk'],
  ['a repeated doel heading without a mark', doelen('Droogtebestendig park op orde'), 'Droogtebestendig park op orde'],
  ['a repeated doel heading with a colon', doelen('Een park dat tegen hitte kan', 'Een park dat droogte aankan', ': '), 'Een park dat tegen hitte kan'],
  ['a repeated doel heading with a dash', doelen('Een park voor warme zomers', 'Een park dat droogte aankan', ' – '), 'Een park voor warme zomers'],
  ['a bracketed prose name after a heading without a mark', ['# Doelen', '', '## Doel 1 Schone straten in elke wijk', '', 'Tekst.', '', '## Doel 2 Een park dat droogte aankan', '', 'Tekst.', '', '# Aanpak', '', 'Voor doel 2 (Een park dat hitte aankan) planten we veertig bomen.'], 'Een park dat hitte aankan'],
  ['a repeated heading at level three', ['# Koers', '', '### Opgave 1 Betaalbare huur voor starters', '', 'Tekst.', '', '### Opgave 2 Ruimte voor senioren', '', 'Tekst.', '', '# Uitvoering', '', '### Opgave 1 Betaalbare koop voor starters', '', 'We bouwen.', '', '### Opgave 2 Ruimte voor senioren', '', 'We bouwen ook.'], 'Betaalbare koop voor starters'],
  ['a bijlage table row label', bijlage('| Ambitie | Getoetst |', '|---|---|', '| Ambitie 2: Groene daken en tuinen | ja |', '| Ambitie 3: Koele routes naar school | ja |'), 'Groene daken en tuinen']
]

const clean: CleanWording[] = [
  ['the right name in a bijlage', bijlage('Een aanvraag draagt bij aan ambitie 2 (Groene daken en gevels).')],
  ['a short form in a bijlage', bijlage('Een aanvraag draagt bij aan ambitie 2 (Groene daken).')],
  ['a former name in the previous plan', bijlage('In het kader van 2019 luidde ambitie 2 nog ‘Groene daken en pleinen’.')],
  ['another body’s part in a bijlage', bijlage('De provincie vraagt in haar visie om ambitie 2 (Zonne-energie op bedrijventerreinen).')],
  ['a repeated doel heading with the same name', doelen('Een park dat droogte aankan')],
  ['a numbering that starts again with other names', ['# Ophalen', '', '## Ronde 1 Ideeën uit de buurt', '', 'Tekst.', '', '## Ronde 2 Kiezen met elkaar', '', 'Tekst.', '', '# Bouwen', '', '## Ronde 1 Ontwerp maken', '', 'Tekst.', '', '## Ronde 2 Opleveren en vieren', '', 'Tekst.']],
  ['the right bracketed name after a heading without a mark', ['# Doelen', '', '## Doel 1 Schone straten in elke wijk', '', 'Tekst.', '', '## Doel 2 Een park dat droogte aankan', '', 'Tekst.', '', '# Aanpak', '', 'Voor doel 2 (Een park dat droogte aankan) planten we veertig bomen.']],
  ['a lower-case remark after the number', ['# Doelen', '', '## Doel 2 Een park dat droogte aankan', '', 'Tekst.', '', '# Aanpak', '', 'Voor doel 2 (zie hiervoor) planten we veertig bomen.']],
  ['the right row label in a bijlage table', bijlage('| Ambitie | Getoetst |', '|---|---|', '| Ambitie 2: Groene daken en gevels | ja |', '| Ambitie 3: Koele routes naar school | ja |')],
  ['headings with numbers used once', ['# Kernen', '', '## Kern 1 Noorddorp', '', 'Tekst.', '', '## Kern 2 Zuiddorp', '', 'Tekst.', '', '# Aanpak', '', 'In kern 2 (Zuiddorp) begint de bouw.']]
]

describeBattery(titleDrift, defects, clean, 12)
