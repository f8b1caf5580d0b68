import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc12 battery, written before reading the rule: a sentence cut off (a) on an auxiliary or
// copula that still waits for its participle or predicate (`…, worden`, `… zal`, `… is`), at the
// end of a paragraph, or (b) on a preposition or article at the end of a source line, while the
// next line of the same paragraph opens a new sentence with a capital. Look-alikes: a line wrapped
// before a name (`van` + `De Lier`), a complete sentence ending on a verb of its own, a heading.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['worden after a comma', p('Fietsen die langer dan vier weken bij het station staan, worden', '', 'We plakken eerst een label.'), 'worden'],
  ['zal at paragraph end', p('De nieuwe beheerder van de markthal zal', '', 'Het contract loopt vijf jaar.'), 'zal'],
  ['kunnen at the end of a list item', p('Wat we doen:', '', '- bewoners met een tuin kunnen;', '- we planten dertig bomen.'), 'kunnen'],
  ['moeten at the last line', p('Alle kraampjes op de weekmarkt moeten'), 'moeten'],
  ['wordt after a clause', p('Het afval dat naast de container staat, wordt', '', 'Daarna volgt een boete.'), 'wordt'],
  ['zijn after a subject', p('De kosten van de nieuwe bebording zijn', '', 'We vragen subsidie aan.'), 'zijn'],
  ['van before a new sentence', p('We vernieuwen de bankjes in het park en de verlichting van', 'Het college kiest in het voorjaar een leverancier.'), 'van'],
  ['de before a new sentence', p('Voor de zomer schilderen we de', 'Daarna volgt het plein bij de kerk.'), 'de'],
  ['met before a new sentence', p('We overleggen elk kwartaal met', 'De wijkraad krijgt een eigen budget van 12.000 euro.'), 'met'],
  ['voor before a new sentence in a list', p('Zo pakken we het aan:', '', '- we zoeken een locatie voor', '  Twee scholen doen mee aan de proef.', '- we meten de drukte.'), 'voor'],
  ['en before a new sentence', p('De gemeente betaalt de palen en', 'Elke laadpaal krijgt twee aansluitingen.'), 'en'],
  ['om te before a new sentence', p('We sturen een brief om de eigenaren te', 'In de brief staat een termijn van zes weken.'), 'te']
]

const clean: CleanWording[] = [
  ['a line wrapped before a place name', p('We werken samen met de gemeente van', 'De Lier aan een fietspad.')],
  ['a line wrapped before a name of an organisation', p('De subsidie komt van', 'Het Groene Fonds, dat ook de bomen betaalt.')],
  ['a sentence ending on a full verb', p('Het aantal fietsen bij het station blijft groeien.')],
  ['a sentence ending on zijn as a full verb', p('We willen dat alle inwoners tevreden zijn.')],
  ['an auxiliary in a question', p('Wie betaalt de nieuwe bebording? Dat moet nog blijken, maar de provincie wil.')],
  ['worden as full verb', p('De wijk moet groener worden.')],
  ['a label line with a colon', p('Dit zijn de stappen van', '', '- de melding;', '- de controle.')],
  ['a wrapped line before a month', p('De werkzaamheden lopen tot en met', 'December, daarna gaat de weg weer open.')],
  ['a wrapped line before a title', p('Dit staat in de nota', 'Ruimte voor Ruimte uit 2021.')],
  ['an indirect question in a definition', p('| Term | Betekenis |', '|---|---|', '| Klasse | de klasse geeft aan voor welke boten een steiger bruikbaar is |', '', 'De kaart toont de klasse van elke steiger, voor welke boten een kade bruikbaar is')],
  ['an English title', p('Het programma heet Made in', 'Holland en trekt veel bezoekers.')]
]

describeBattery(unfinishedSentence, defects, clean, 9)
