import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the rule again: a thema named first and its
// number after it in brackets (`Schoon en heel (thema 2)`), in a finance row, an agenda cell, a
// list item or prose, with a name that keeps part of the title and changes the rest. Look-alikes:
// the title itself, a short form of it, and a post or activity that belongs to the thema and says
// so in brackets (`Onderhoud speeltuinen (thema 2)`), which is no name of the thema at all.
const themas = [
  "# Thema's", '',
  '## Thema 1: Veilig onderweg {#t1}', '', 'Tekst.', '',
  '## Thema 2: Groen in de straat {#t2}', '', 'Tekst.', '',
  '## Thema 3: Samen sterk in Oosterveen {#t3}', '', 'Tekst.', ''
]
const finance = (label: string): string[] => [...themas, '# Financiën', '', '| Post | 2027 | 2028 |', '|---|---:|---:|', '| Onderzoek | 12 | 14 |', `| ${label} | 40 | 45 |`, '']
const agenda = (cell: string): string[] => [...themas, '# Uitvoeringsagenda', '', '| Activiteit | Thema | Start |', '|---|---|---|', `| Bomen planten | ${cell} | 2027 |`, '']
const prose = (line: string): string[] => [...themas, '# Aanpak', '', line, '']

const defects: BatteryWording[] = [
  ['a finance row with the last word changed', finance('Samen sterk in de polder (thema 3)'), 'Samen sterk in de polder'],
  ['a finance row with the first word changed', finance('Veilig over straat (thema 1)'), 'Veilig over straat'],
  ['a finance row with a word added', finance('Meer groen in de straat (thema 2)'), 'Meer groen in de straat'],
  ['an agenda cell with the place swapped', agenda('Groen in de laan (thema 2)'), 'Groen in de laan'],
  ['a prose sentence with the name first', prose('Voor Samen sterk in de buurt (thema 3) trekken we € 80.000 uit.'), 'Samen sterk in de buurt'],
  ['a list item with the name first', [...themas, '# Aanpak', '', 'Het geld gaat naar:', '', '- Veilig naar de markt (thema 1);', '- onderzoek.', ''], 'Veilig naar de markt'],
  ['a finance row with a capital T', finance('Groen in het dorp (Thema 2)'), 'Groen in het dorp']
]

const clean: CleanWording[] = [
  ['a finance row with the title', finance('Samen sterk in Oosterveen (thema 3)')],
  ['a finance row with a short form', finance('Samen sterk (thema 3)')],
  ['a post that belongs to the thema', finance('Onderhoud speeltuinen (thema 2)')],
  ['an activity that belongs to the thema', finance('Verkeerslessen op scholen (thema 1)')],
  ['an agenda cell with the title', agenda('Groen in de straat (thema 2)')],
  ['a prose sentence with a post of the thema', prose('Voor de buurtpreventie (thema 3) trekken we € 20.000 uit.')],
  ['a row about the street that belongs to the thema', finance('Straatmeubilair in de straat (thema 2)')],
  ['a sentence that shares two title words before the bracket', prose('Daarna volgen de plannen voor meer groen in de straat (thema 2).')],
  ['a sentence about being strong together before the bracket', prose('Door samen sterk te staan in elke buurt (thema 3) houden we de wijk leefbaar.')],
  ['a finance row with the title in other case', finance('samen sterk in oosterveen (thema 3)')]
]

describeBattery(titleDrift, defects, clean, 7)
