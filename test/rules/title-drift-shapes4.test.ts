import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Wave-4 cause of missed title drift, written fresh: a part named by its kind word and an
 * unquoted name (`de prioriteit …`, `het speerpunt …`) that opens with the title's first word
 * and ends on its last word, or on a compound of it, with other words between. Against the rule
 * before: caught 3/4 defects (one word changed or a compound alone were read already), quiet 5/5;
 * with the fifth defect (a word added and a compound): before 3/5, after 5/5, quiet 5/5.
 * Second cause: a quoted name after a comma behind the number (`speerpunt 1, ‘…’,`), in prose,
 * a list item or a table cell: before 0/3 defects, 3/3 clean; after 3/3, 3/3.
 */
const parts = (word: string, ...titles: string[]): string[] => titles.flatMap((title, i) => [`## ${word} ${i + 1}: ${title}`, '', 'Tekst.', ''])

const defects: DefectWording[] = [
  ['a compound at the end', ['# Prioriteiten', '', ...parts('Prioriteit', 'Veilig verkeer rond scholen', 'Schone straten'), '# Aanpak', '', 'Voor de prioriteit Veilig verkeer rond basisscholen trekken we € 40.000 uit.'], '`Veilig verkeer rond basisscholen`'],
  ['a word changed and one added', ['# Speerpunten', '', ...parts('Speerpunt', 'Minder armoede onder kinderen', 'Werk voor jongeren'), '# Aanpak', '', 'Het speerpunt Minder armoede bij jonge kinderen krijgt de meeste middelen.'], '`Minder armoede bij jonge kinderen`'],
  ['a shorter compound at the end, in a list item', ['# Thema’s', '', ...parts('Thema', 'Groen in de binnenstad', 'Sport voor iedereen'), '# Agenda', '', '- Onder het thema Groen in de stad vallen de geveltuinen.'], '`Groen in de stad`'],
  ['a word added and a compound at the end', ['# Prioriteiten', '', ...parts('Prioriteit', 'Senioren actief in de wijk', 'Schone straten'), '# Uitvoering', '', 'Bij de prioriteit Senioren weer actief in de woonwijk horen drie acties.'], '`Senioren weer actief in de woonwijk`'],
  ['a word changed and one left out', ['# Ambities', '', ...parts('Ambitie', 'Gezonde en actieve inwoners van alle leeftijden', 'Een vitale economie'), '# Koers', '', 'De ambitie Gezonde inwoners van elke leeftijden is de basis.'], '`Gezonde inwoners van elke leeftijden`']
]

// A quoted name after a comma (an apposition) after the number.
defects.push(
  ['a quoted apposition in prose', ['# Speerpunten', '', ...parts('Speerpunt', 'Werk voor jongeren', 'Schone straten'), 'Dit hoort bij speerpunt 1, ‘Werk voor alle jonge inwoners’, en krijgt extra geld.'], '`Werk voor alle jonge inwoners`'],
  ['a quoted apposition before a colon, in a list item', ['# Thema’s', '', ...parts('Thema', 'Samen leven', 'Goed wonen'), '# Aanpak', '', '- Bij thema 1, "Samen in de buurt": de buurtkamers.'], '`Samen in de buurt`'],
  ['a quoted apposition in a table cell', ['# Pijlers', '', ...parts('Pijler', 'Mobiliteit voor iedereen', 'Gezond leven'), '# Agenda', '', '| Actie | Hoort bij |', '|---|---|', '| Buurtbus | pijler 1, ‘Vervoer op maat’ |'], '`Vervoer op maat`']
)

const clean: CleanWording[] = [
  ['a quoted apposition that is the title', ['# Speerpunten', '', ...parts('Speerpunt', 'Werk voor jongeren', 'Schone straten'), 'Dit hoort bij speerpunt 1, ‘Werk voor jongeren’, en krijgt extra geld.']],
  ['a quoted apposition in lower case', ['# Thema’s', '', ...parts('Thema', 'Samen leven', 'Goed wonen'), 'Onder thema 2, "zo snel als het kan", bouwen we door.']],
  ['a quoted short title', ['# Thema’s', '', ...parts('Thema', 'Samen leven in de wijk', 'Goed wonen'), 'Bij thema 1, ‘Samen leven’, hoort de buurtkamer.']],
  ['the title and the sentence after it', ['# Prioriteiten', '', ...parts('Prioriteit', 'Veilig verkeer rond scholen', 'Schone straten'), 'De prioriteit Veilig verkeer rond scholen vraagt veel inzet.']],
  ['words only added', ['# Thema’s', '', ...parts('Thema', 'Gezonde lucht rond scholen', 'Sport voor iedereen'), 'Het thema Gezonde schone lucht rond scholen is nieuw.']],
  ['no end word of the title', ['# Speerpunten', '', ...parts('Speerpunt', 'Minder armoede onder kinderen', 'Werk voor jongeren'), 'Het speerpunt Minder armoede is ambitieus maar haalbaar.']],
  ['a one-word title', ['# Thema’s', '', ...parts('Thema', 'Sport', 'Cultuur'), 'Het thema Sport en buitenspelen hoort bij de wijken.']],
  ['the same word in another part', ['# Prioriteiten', '', ...parts('Prioriteit', 'Jeugd en onderwijs', 'Werk en inkomen'), 'De prioriteit Werk en inkomen sluit aan bij de prioriteit Jeugd en onderwijs.']]
]

// Third cause: parts defined by headings with a section number (`## 1.2 Doel 2: …`) and named
// again in a heading about them (`## 2.2 Acties bij doel 2: …`). Before: 0/3 defects, 3/3 clean;
// after: 3/3, 3/3.
const numberedGoals = (...titles: string[]): string[] => ['# 1. Wat willen we bereiken?', '', ...titles.flatMap((title, i) => [`## 1.${i + 1} Doel ${i + 1}: ${title}`, '', 'Tekst.', '']), '# 2. Wat gaan we doen?', '']
defects.push(
  ['a heading about a goal with a changed title', [...numberedGoals('Meer woningen in de kernen', 'Een betaalbare en groene wijk'), '## 2.2 Acties bij doel 2: Een betaalbare en veilige wijk', '', 'Tekst.'], '`Een betaalbare en veilige wijk`'],
  ['a heading about a speerpunt', ['# 1. Koers', '', '## 1.1 Speerpunt 1: Sterke verenigingen', '', 'Tekst.', '', '## 1.2 Speerpunt 2: Sport in de buurt', '', 'Tekst.', '', '# 2. Uitvoering', '', '## Inzet voor speerpunt 1: Sterke sportclubs', '', 'Tekst.'], '`Sterke sportclubs`'],
  ['a goal defined with a section number, named in prose', [...numberedGoals('Minder schulden', 'Iedereen doet mee'), 'Dit draagt bij aan doel 1 (Minder armoede).'], '`Minder armoede`']
)
clean.push(
  ['a heading about a goal with its title', [...numberedGoals('Meer woningen in de kernen', 'Een betaalbare en groene wijk'), '## 2.2 Acties bij doel 2: Een betaalbare en groene wijk', '', 'Tekst.']],
  ['a heading with a number of something else', [...numberedGoals('Meer woningen', 'Groene wijk'), '## Uitgaven in jaar 2: Overzicht', '', 'Tekst.']],
  ['a heading about a goal with a short title', [...numberedGoals('Meer woningen in de kernen', 'Een betaalbare en groene wijk'), '## 2.1 Acties bij doel 1: Meer woningen', '', 'Tekst.']]
)

describeWordings(titleDrift, defects, clean)
