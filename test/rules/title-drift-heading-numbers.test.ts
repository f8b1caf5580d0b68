import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A heading that names a section-numbered part by its number and then a name (`## Acties bij doel
// 2.2 …`) gives the part's name: a name that shares no word with the title is drift as surely as
// one that does. Look-alikes: the title itself, its first words, a heading about something else
// after the number in brackets-free prose, a number that two headings share, a lower-case phrase.
const goals = ['# 2. Wat willen we bereiken?', '', '## 2.1 Schone en hele straten', '', 'Tekst.', '', '## 2.2 Veilig naar school', '', 'Tekst.', '', '## 2.3 Groen in elke wijk', '', 'Tekst.', '', '# 3. Wat gaan we daarvoor doen?', '']

const defects: DefectWording[] = [
  ['a name with no shared word', [...goals, '## Bij doel 2.2 Verkeersveilige schoolroutes', '', 'Tekst.'], 'Verkeersveilige schoolroutes'],
  ['an action heading with a colon', [...goals, '### Acties voor doel 2.3: Meer bomen en plantsoenen', '', 'Tekst.'], 'Meer bomen en plantsoenen'],
  ['a numbered sub-heading', [...goals, '## 3.1 Inzet op doel 2.1 Opgeruimde openbare ruimte', '', 'Tekst.'], 'Opgeruimde openbare ruimte'],
  ['a heading with a dash', [...goals, '## Doel 2.3 – Parken voor iedereen', '', 'Tekst.'], 'Parken voor iedereen']
]

const clean: CleanWording[] = [
  ['the title itself', [...goals, '## Bij doel 2.2 Veilig naar school', '', 'Tekst.']],
  ['the first words of the title', [...goals, '## Acties voor doel 2.1 Schone en hele straten', '', 'Tekst.']],
  ['the number alone', [...goals, '## Acties bij doel 2.3', '', 'Tekst.']],
  ['a lower-case phrase after the number', [...goals, '## Wat we doen voor doel 2.2 en daarna', '', 'Tekst.']],
  ['a number in prose followed by a capital', [...goals, 'Bij doel 2.2 Veilig naar school werken we met de scholen.']],
  ['a number two headings share', ['## 2.1 Schone straten', '', 'Tekst.', '', '## 2.1 Hele stoepen', '', 'Tekst.', '', '## Bij doel 2.1 Nette buurten', '', 'Tekst.']]
]

describeWordings(titleDrift, defects, clean)
