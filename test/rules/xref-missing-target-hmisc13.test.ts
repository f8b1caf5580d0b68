import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the rule's count of bijlagen: the plan numbers its
// bijlagen in their headings (`## Bijlage 1 …`, `## Bijlage 2 …`) and then closes with its list of
// abbreviations or terms as a chapter of its own; the text points at a bijlage beyond the last
// number. The glossary after the bijlagen is no unnumbered later bijlage. Look-alikes: the
// bijlagen that exist, a glossary that is itself labelled a bijlage, a bijlage of another paper,
// a chapter after the bijlagen that may be one (an agenda), a plan without numbered bijlagen.
const annexes = (...after: string[]): string[] => ['', '# Bijlagen', '', '## Bijlage 1 Tarieven leges 2027', '', 'Tekst.', '', '## Bijlage 2 Kaart van de wijken', '', 'Tekst.', '', ...after]
const glossary = ['# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| BRP | Basisregistratie Personen |']
const terms = ['# Begrippen', '', '| Begrip | Betekenis |', '|---|---|', '| Leges | Kosten voor een dienst van de gemeente |']
const p = (text: string, after: string[] = glossary): string[] => ['# Aanpak', '', text, ...annexes(...after)]

const defects: BatteryWording[] = [
  ['a name with the bijlage in brackets', p('De werkwijze staat in het Draaiboek huisbezoeken (bijlage 3).'), 'bijlage 3'],
  ['`zie bijlage`', p('De tarieven voor 2028 volgen later (zie bijlage 3).'), 'bijlage 3'],
  ['`in bijlage`', p('In bijlage 3 staat de planning per kwartaal.'), 'bijlage 3'],
  ['a bijlage as the subject', p('Bijlage 4 geeft de kaart van de speelplekken.'), 'ijlage 4'],
  ['a terms chapter after the bijlagen', p('De begroting per wijk staat in bijlage 3.', terms), 'bijlage 3'],
  ['in a list item', ['# Aanpak', '', 'Meer lezen:', '', '- de kaart in bijlage 2;', '- het draaiboek in bijlage 3.', ...annexes(...glossary)], 'bijlage 3'],
  ['in a second sentence', p('We werken met vaste tarieven. Die staan per product in bijlage 3.'), 'bijlage 3'],
  ['after `volgens`', p('Volgens bijlage 3 krijgt elke wijk een eigen budget.'), 'bijlage 3'],
  ['a far number', p('De kaart in bijlage 5 laat de routes zien.'), 'bijlage 5'],
  ['a bold glossary chapter title', p('Het overzicht van de inloopspreekuren staat in bijlage 3.', ['# **Afkortingen**', '', '| Afkorting | Betekenis |', '|---|---|', '| GGD | Gemeentelijke Gezondheidsdienst |']), 'bijlage 3'],
  ['in brackets with a page', p('Het meetplan (bijlage 3, blz. 4) beschrijft de nulmeting.'), 'bijlage 3'],
  ['both glossaries after the bijlagen', p('De lijst met adressen staat in bijlage 3.', [...glossary, '', ...terms]), 'bijlage 3']
]

const clean: CleanWording[] = [
  ['a bijlage that exists', p('De tarieven staan in bijlage 1.')],
  ['the second bijlage', p('De kaart staat in bijlage 2.')],
  ['a glossary labelled as a bijlage', p('De afkortingen staan in bijlage 3.', ['## Bijlage 3 Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| BRP | Basisregistratie Personen |'])],
  ['a bijlage of another paper', p('Zie bijlage 3 bij de Verordening leges voor de tarieven van het Rijk.')],
  ['an agenda after the bijlagen', p('De acties staan in bijlage 3.', ['# Uitvoeringsagenda', '', '| Actie | Start |', '|---|---|', '| Loket | 2027 |'])],
  ['the glossary itself named', p('De afkortingen staan achterin, na de bijlagen.')],
  ['a year after bijlage', p('De bijlage 2027 van de begroting volgt in november.')],
  ['a bijlage with a letter that exists', ['# Aanpak', '', 'De kaart staat in bijlage A.', '', '# Bijlagen', '', '## Bijlage A Kaart', '', 'Tekst.', '', '## Bijlage B Tarieven', '', 'Tekst.']],
  ['a plan with unnumbered bijlagen', ['# Aanpak', '', 'De planning staat in bijlage 3.', '', '# Bijlagen', '', '## Tarieven', '', 'Tekst.', '', '## Kaart', '', 'Tekst.', '', '## Planning', '', 'Tekst.', '', ...glossary]],
  ['a bijlage apart bijgevoegd', p('Bijlage 3 (apart bijgevoegd) bevat de inspraakreacties.')]
]

describeBattery(xrefMissingTarget, defects, clean, 12)
