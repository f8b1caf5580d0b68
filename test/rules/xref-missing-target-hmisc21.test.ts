import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 21 battery (hmisc21), written before changing the rule: a chapter of numbered parts
// (`## 1. …` … `## 4. …`, or `## Bouwsteen 1: …`) that closes with a heading without a number
// (`## Tot slot`, `## Sturing`, `## Samenhang`): that heading is no part of the series, so a
// reference to the number after the last one (`uitgangspunt 5`, `principe 5`, `speerpunt 4`,
// `bouwsteen 4`, `actielijn 4`) has no target. Look-alikes: a chapter of unnumbered parts, the last
// numbered part, a part of another document, a retired part.
const chapter = (title: string, headings: string[], closing: string, ...text: string[]): string[] => [
  '# 1. Inleiding', '', 'Deze nota beschrijft de aanpak.', '',
  `# 2. ${title}`, '', 'Hieronder staan de onderdelen.', '',
  ...headings.flatMap((h) => [`## ${h}`, '', 'Tekst over dit onderdeel.', '']),
  `## ${closing}`, '', 'De raad stuurt op deze onderdelen via de begroting.', '',
  '# 3. Uitvoering', '', ...text, ''
]
const four = ['1. Dichtbij de inwoner', '2. Samen met partners', '3. Eerlijk verdelen', '4. Leren van de praktijk']
const three = ['1. Gezonde wijken', '2. Sterke scholen', '3. Schone lucht']

const defects: BatteryWording[] = [
  ['uitgangspunt after the numbered ones and a closing heading', chapter('Uitgangspunten', four, 'Tot slot', 'Zoals uitgangspunt 5 zegt, werken we met vaste contactpersonen.'), 'uitgangspunt 5'],
  ['principe for an uitgangspunt past the last', chapter('Uitgangspunten', four, 'Sturing', 'De wijkteams volgen principe 6 uit deze nota.'), 'principe 6'],
  ['speerpunt in a chapter of speerpunten', chapter('Onze speerpunten', three, 'Samenhang', 'Onder speerpunt 4 valt ook de aanpak van hittestress.'), 'speerpunt 4'],
  ['bouwsteen labelled in the headings', chapter('Bouwstenen', ['Bouwsteen 1: Wonen', 'Bouwsteen 2: Zorg', 'Bouwsteen 3: Welzijn'], 'Financiële kaders', 'De kosten van bouwsteen 4 dekken we uit de reserve.'), 'bouwsteen 4'],
  ['actielijn numbered without a point', chapter('Actielijnen', ['1 Voorkomen', '2 Signaleren', '3 Ondersteunen'], 'Monitoring', 'Voor actielijn 4 trekken we € 20.000 uit.'), 'actielijn 4']
]

const clean: CleanWording[] = [
  ['a chapter of unnumbered parts', chapter('Uitgangspunten', ['Dichtbij de inwoner', 'Samen met partners', 'Eerlijk verdelen'], 'Leren van de praktijk', 'Zoals uitgangspunt 4 zegt, leren we van de praktijk.')],
  ['the last numbered part', chapter('Uitgangspunten', four, 'Tot slot', 'Zoals uitgangspunt 4 zegt, leren we van de praktijk.')],
  ['a part of another document', chapter('Uitgangspunten', four, 'Sturing', 'Dit past bij uitgangspunt 7 van de regionale woonvisie.')],
  ['a retired part', chapter('Uitgangspunten', four, 'Sturing', 'Het vroegere uitgangspunt 5 over subsidies is vervallen.')],
  ['the first part by principe', chapter('Uitgangspunten', four, 'Tot slot', 'Principe 1 vraagt dat we dichtbij werken.')]
]

describeBattery(xrefMissingTarget, defects, clean, 5)
