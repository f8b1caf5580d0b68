import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc11 battery, written before reading the rule: the plan names its parts in headings of one
// kind (`## Speerpunt 2: Schoon en heel in de straat`, `## Pijler 3: Werk dat past`), and running
// text later names one of them again after the kind noun (`het speerpunt ...`, `de pijler ...`)
// or after a paragraph reference (`... (paragraaf 4.2)`), as a capitalised name that is not the
// heading's title or its short form: a word swapped, two words turned around, a compound split
// into a phrase, a word added. Look-alikes: the right title, its short form, a lower-case
// description after the kind noun, a kind noun that the plan does not use for its parts, a
// former name, another body's proper name, the kind noun with a number only.
const speerpunten = [
  '# 3. Speerpunten', '',
  '## Speerpunt 1: Schoon en heel in de straat {#s1 kort="Schoon en heel"}', '', 'Tekst.', '',
  '## Speerpunt 2: Ontmoeten in de buurt {#s2 kort="Ontmoeten"}', '', 'Tekst.', '',
  '## Speerpunt 3: Veilig thuis en onderweg {#s3 kort="Veilig"}', '', 'Tekst.', '',
  '# 4. Middelen', ''
]
const withSpeerpunten = (...lines: string[]): string[] => [...speerpunten, ...lines]
const pijlers = [
  '# 2. Pijlers', '',
  '## Pijler 1: Werk dat past', '', 'Tekst.', '',
  '## Pijler 2: Leren naast de baan', '', 'Tekst.', '',
  '## Pijler 3: Inkomen en schulden', '', 'Tekst.', '',
  '# 3. Geld', ''
]
const withPijlers = (...lines: string[]): string[] => [...pijlers, ...lines]
const gebieden = [
  '# 5. Deelgebieden', '',
  '## 5.1 Havenkade', '', 'Tekst over de kade.', '',
  '## 5.2 Molenakker', '', 'Tekst over de akker.', '',
  '# 6. Financien', ''
]
const withGebieden = (...lines: string[]): string[] => [...gebieden, ...lines]

const defects: BatteryWording[] = [
  ['kind noun + title with one word swapped', withSpeerpunten('Voor het speerpunt Ontmoeten in de wijk reserveren we 40 uur per week.'), 'Ontmoeten in de wijk'],
  ['kind noun + title with two words turned around', withSpeerpunten('Het speerpunt Veilig onderweg en thuis krijgt in 2028 een eigen evaluatie.'), 'Veilig onderweg en thuis'],
  ['kind noun + title, one word swapped, sentence goes on with a verb', withPijlers('De pijler Werk dat werkt vraagt het meeste geld van de drie.'), 'Werk dat werkt'],
  ['kind noun + title in a list item', withPijlers('- de pijler Leren naast het werk, met vier trajecten per jaar;'), 'Leren naast het werk'],
  ['kind noun + title with a word added', withPijlers('Onder de pijler Inkomen, schulden en armoede vallen twee regelingen.'), 'Inkomen, schulden en armoede'],
  ['kind noun + title in a second sentence', withSpeerpunten('De budgetten staan in tabel 4.1. Het speerpunt Schoon en netjes in de straat is het grootst.'), 'Schoon en netjes in de straat'],
  ['kind noun + title between brackets', withSpeerpunten('De wijkteams (speerpunt Ontmoeten in het dorp) krijgen er een coördinator bij.'), 'Ontmoeten in het dorp'],
  ['kind noun after `bij`, title with a word swapped, number in words', withPijlers('Bij de pijler Werk dat helpt horen drie van de vijf acties.'), 'Werk dat helpt'],
  ['a paragraph name with a reference to that paragraph, compound split', withGebieden('De hoogste kosten vallen in Haven Zuid (paragraaf 5.1), door de sanering van de kade.'), 'Haven Zuid'],
  ['a paragraph name with a reference, another head word', withGebieden('In het deelgebied Molenveld (zie paragraaf 5.2) komen 140 woningen.'), 'Molenveld'],
  ['kind noun + title, two words swapped, after `aan`', withSpeerpunten('We geven 2 extra handhavers aan het speerpunt Veilig op straat en thuis.'), 'Veilig op straat en thuis'],
  ['kind noun + title, its words reordered', withPijlers('Het geld voor de pijler Schulden en inkomen loopt via de kredietbank.'), 'Schulden en inkomen'],
  ['kind noun + title with a synonym, at the start of a sentence', withSpeerpunten('Speerpunt Samenkomen in de buurt loopt tot 2029.'), 'Samenkomen in de buurt']
]

const clean: CleanWording[] = [
  ['the right title after the kind noun', withSpeerpunten('Voor het speerpunt Ontmoeten in de buurt reserveren we 40 uur per week.')],
  ['the short form after the kind noun', withSpeerpunten('Het speerpunt Veilig krijgt in 2028 een eigen evaluatie.')],
  ['a lower-case description after the kind noun', withPijlers('De pijler over werk vraagt het meeste geld van de drie.')],
  ['the kind noun with a number only', withPijlers('Onder pijler 3 vallen twee regelingen.')],
  ['a kind noun the plan does not use for its parts', withPijlers('Het project Werk op maat van de provincie sluit hierop aan.')],
  ['a former name', withSpeerpunten('In het vorige plan heette het speerpunt nog Ontmoeten in de wijk.')],
  ['another body’s proper name after a kind-like noun', withSpeerpunten('Met de stichting Veilig Thuis Nu werken we samen.')],
  ['the right paragraph name with its reference', withGebieden('De hoogste kosten vallen in Havenkade (paragraaf 5.1), door de sanering van de kade.')],
  ['another place with a reference to a paragraph about the policy', withGebieden('De regels voor Haven Zuid staan in paragraaf 6.2 van de nota.')],
  ['the right title with its kind noun in a list item', withPijlers('- de pijler Leren naast de baan, met vier trajecten per jaar;')],
  ['the title followed by more words that are no part of it', withPijlers('De pijler Werk dat past bij iedereen is nog niet af, zeggen de partners.')],
  ['the right title between brackets', withSpeerpunten('De wijkteams (speerpunt Ontmoeten in de buurt) krijgen er een coördinator bij.')],
  ['a sentence about a paragraph’s subject opening with an article', withGebieden('De verkoop van de kavels aan de kade (paragraaf 5.1) levert het meeste op.')]
]

describeBattery(titleDrift, defects, clean, 12)
