import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 14 battery (htext8), written before reading the rule again: a title named as an apposition
// after `thema N,` / `hoofdstuk N,` / `principe PN –`, with a changed word (a synonym, a changed
// ending, a word swapped), after `valt binnen`, `hoort bij`, in a clause ending in `;`, with
// distractor amounts and names of projects in the sentence. Look-alikes: the exact title, a short
// form that keeps the first words, a lower-case apposition that describes, a project name after
// the number that is not an apposition, a title of another plan.
// Start code: 4 of 8 caught: a name closed by `;` was no apposition, an inflected word
// (`Betrouwbaar`/`Betrouwbare`) was no word in common, and codes like `P2` were no numbers.
const themas = ['# Thema\'s', '', '## Thema 1: Betrouwbare wegen', '', 'Tekst.', '', '## Thema 2: Groen en water in de wijk', '', 'Tekst.', '', '## Thema 3: Veilig fietsen', '', 'Tekst.', '', '# Financiën', '']
const principes = ['# Principes', '', '### Principe P1 – Dichtbij de inwoner', '', 'Tekst.', '', '### Principe P2 – Samen met partners', '', 'Tekst.', '', '# Uitvoering', '']
const hoofdstukken = ['# 1. Inleiding', '', 'Tekst.', '', '# 2. Opgave', '', 'Tekst.', '', '# 3. Gezonde leefomgeving', '', 'Tekst.', '', '# 4. Uitvoering', '']

const defects: BatteryWording[] = [
  ['a changed ending after valt binnen thema 1,', [...themas, 'Het grootste deel van de € 2,4 miljoen valt binnen thema 1, Betrouwbaar wegbeheer; de rest valt onder thema 2.'], 'Betrouwbaar wegbeheer'],
  ['a synonym after hoort bij thema 3,', [...themas, 'Het project Fietsroute Oost hoort bij thema 3, Veilig fietsverkeer, en loopt tot 2028.'], 'Veilig fietsverkeer'],
  ['a changed word after thema 2,', [...themas, 'De maatregelen in thema 2, Groen en water in de buurt, kosten samen € 600.000.'], 'Groen en water in de buurt'],
  ['a changed title after principe P2 –', [...principes, 'Bij de inkoop volgen we principe P2 – Samen met de partners – en vragen we de aanbieders mee te denken.'], 'Samen met de partners'],
  ['a swapped title after hoofdstuk 3,', [...hoofdstukken, 'In hoofdstuk 3, Gezonde omgeving, staan de doelen voor lucht en geluid.'], 'Gezonde omgeving'],
  ['a changed title over a line break', [...themas, 'De vervanging van de bruggen valt binnen thema 1,', 'Betrouwbaar wegbeheer.'], 'Betrouwbaar wegbeheer'],
  ['a changed title in emphasis', [...themas, 'Dit valt onder thema 3, *Veilig op de fiets*; daar staat ook het budget.'], 'Veilig op de fiets'],
  ['a changed title after principe P1 with a colon', [...principes, 'Het loket volgt principe P1: Dicht bij de inwoners.'], 'Dicht bij de inwoners']
]

const clean: CleanWording[] = [
  ['the exact title after valt binnen thema 1,', [...themas, 'Het grootste deel van de € 2,4 miljoen valt binnen thema 1, Betrouwbare wegen; de rest valt onder thema 2.']],
  ['a short form keeping the first words', [...themas, 'De maatregelen in thema 2, Groen en water, kosten samen € 600.000.']],
  ['a lower-case apposition that describes', [...themas, 'Het project hoort bij thema 3, het deel over de fietsroutes, en loopt tot 2028.']],
  ['a project name after the number', [...themas, 'Binnen thema 1 loopt het project Nieuwe Brug; het kost € 1,2 miljoen.']],
  ['the exact principle after the dash', [...principes, 'Bij de inkoop volgen we principe P2 – Samen met partners – en vragen we de aanbieders mee te denken.']],
  ['the exact chapter title', [...hoofdstukken, 'In hoofdstuk 3, Gezonde leefomgeving, staan de doelen voor lucht en geluid.']],
  ['a chapter with the title of another plan', [...hoofdstukken, 'In hoofdstuk 3 van de Omgevingsvisie, Ruimte voor Morgen, staat de koers.']],
  ['the exact title over a line break', [...themas, 'De vervanging van de bruggen valt binnen thema 1,', 'Betrouwbare wegen.']],
  ['two exact appositions in one sentence', [...themas, 'Dit geldt voor thema 1, Betrouwbare wegen, en voor thema 3, Veilig fietsen.']],
  ['an organisation as subject after the apposition', [...themas, 'Naast thema 3, Veilig fietsen, noemt de Fietsersbond ook de schoolroutes.']],
  ['an exact title in emphasis', [...themas, 'Dit valt onder thema 3, *Veilig fietsen*; daar staat ook het budget.']],
  ['a principle by code only', [...principes, 'Het loket volgt principe P1: we werken in de wijk.']]
]

describeBattery(titleDrift, defects, clean, 8)
