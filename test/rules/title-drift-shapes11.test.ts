import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 11 battery, written before reading the rule again. Gates under test, for the whole class:
// - a name as an apposition after `<kind> <n>,` with a soft line break inside the sentence;
// - distractor numbers and codes in the sentence (`A1 tot en met A4`, amounts, years);
// - a name after a lower-case kind word without number whose parts are swapped or changed;
// - a name after a kind word that matches none of a numbered set of such parts;
// - an inserted qualifier, emphasis or quotes around the name, a relative clause after it.
// Look-alikes: the exact titles in the same shapes (also over a line break), short forms that
// keep the first words, lower-case appositions, a kind word naming something outside the plan
// (`het landelijke doel …`), capitalised organisations after the number.

const themas = ['# Thema\'s', '', '## Thema 1: Gezond opgroeien', '', 'Tekst.', '', '## Thema 2: Wonen en zorg', '', 'Tekst.', '', '## Thema 3: Meedoen in de buurt', '', 'Tekst.', '', '# Uitvoering', '']
const opgaven = ['# Opgaven', '', '## Opgave 1: Schoon en heel', '', 'Tekst.', '', '## Opgave 2: De buurt als huiskamer', '', 'Tekst.', '', '## Opgave 3: Veilig naar school', '', 'Tekst.', '', '# Maatregelen', '']
const sporen = ['# Sporen', '', '## Spoor 1: Preventie en vroegsignalering', '', 'Tekst.', '', '## Spoor 2: Zorg en ondersteuning', '', 'Tekst.', '', '# Financiën', '']
const uitgangspunten = ['# Visie', '', 'Wij werken vanuit drie uitgangspunten.', '', '### Uitgangspunt 1: Ruimte voor initiatief', '', 'Tekst.', '', '### Uitgangspunt 2: Eerlijk delen', '', 'Tekst.', '', '### Uitgangspunt 3: Dichtbij organiseren', '', 'Tekst.', '', '# Aanpak', '']
const doelen = ['# Doelen', '', '## Doel 1: Minder restafval per inwoner', '', 'Tekst.', '', '## Doel 2: Schone straten en parken', '', 'Tekst.', '', '# Aanpak', '']

const defects: BatteryWording[] = [
  ['an apposition after the number over a soft line break', [...opgaven, 'Het nieuwe buurthuis valt onder opgave 2,', 'De buurt als woonkamer.'], '`De buurt als woonkamer`'],
  ['an apposition after codes and a number', [...themas, 'De acties A1 tot en met A4 horen bij thema 3, Meedoen in de wijk, en lopen tot 2028.'], '`Meedoen in de wijk`'],
  ['an emphasised apposition over a soft line break', [...opgaven, 'De helft van de € 80.000 gaat in 2027 naar opgave 3,', '*Veilig op weg naar school*.'], '`Veilig op weg naar school`'],
  ['an apposition followed by a relative clause', [...doelen, 'Doel 1, Minder afval per inwoner, dat we in 2028 willen halen, vraagt een nieuwe inzameling.'], '`Minder afval per inwoner`'],
  ['swapped parts after a lower-case kind word', [...sporen, 'De uitgaven binnen het spoor Ondersteuning en zorg stijgen elk jaar.'], '`Ondersteuning en zorg`'],
  ['swapped parts after het thema', [...themas, 'Onder het thema Zorg en wonen vallen ook de mantelzorgers.'], '`Zorg en wonen`'],
  ['a changed last word after het thema, amount in the sentence', [...themas, 'Het gemiddelde budget per project binnen het thema Meedoen in het dorp is € 12.000.'], '`Meedoen in het dorp`'],
  ['a name after het uitgangspunt that matches none of the set', [...uitgangspunten, 'Bij de subsidies hanteren we het uitgangspunt Eerlijk verdelen: wie weinig heeft, krijgt voorrang.'], '`Eerlijk verdelen`'],
  ['an inserted qualifier in a name after het uitgangspunt', [...uitgangspunten, 'Voor de wijkteams geldt het uitgangspunt Ruimte voor eigen initiatief.'], '`Ruimte voor eigen initiatief`'],
  ['a quoted name after het spoor', [...sporen, 'Binnen het spoor \'Preventie en signalering\' komen twee coaches bij.'], '`Preventie en signalering`'],
  ['a name in brackets after the number, amount in the sentence', [...sporen, 'Spoor 2 (Zorg en hulp) krijgt er vanaf 2027 € 80.000 bij.'], '`Zorg en hulp`'],
  ['a name after het doel with a changed last word', [...doelen, 'Met de nieuwe veegroutes werken we aan het doel Schone straten en pleinen.'], '`Schone straten en pleinen`'],
  ['an apposition over a soft line break after a lower-case kind word with number', [...themas, 'In 2026 en 2027 ligt de nadruk op thema 2,', 'Wonen met zorg, en daarna op thema 3.'], '`Wonen met zorg`'],
  ['a name after zetten we in op het uitgangspunt', [...uitgangspunten, 'Daarom zetten we in op het uitgangspunt Dichtbij en samen organiseren: elke kern een steunpunt.'], '`Dichtbij en samen organiseren`']
]

const clean: BatteryWording[] = [
  ['the exact title as an apposition over a soft line break', [...opgaven, 'Het nieuwe buurthuis valt onder opgave 2,', 'De buurt als huiskamer.']],
  ['the exact title after codes and a number', [...themas, 'De acties A1 tot en met A4 horen bij thema 3, Meedoen in de buurt, en lopen tot 2028.']],
  ['the exact title emphasised over a soft line break', [...opgaven, 'De helft van de € 80.000 gaat in 2027 naar opgave 3,', '*Veilig naar school*.']],
  ['the exact title after a lower-case kind word', [...sporen, 'De uitgaven binnen het spoor Zorg en ondersteuning stijgen elk jaar.']],
  ['the exact title after het thema, then an organisation', [...themas, 'Het thema Wonen en zorg pakken we op met Woonstichting De Linde.']],
  ['the exact title after het uitgangspunt with a colon', [...uitgangspunten, 'Bij de subsidies hanteren we het uitgangspunt Eerlijk delen: wie weinig heeft, krijgt voorrang.']],
  ['the exact title after het uitgangspunt, sentence goes on', [...uitgangspunten, 'Het uitgangspunt Dichtbij organiseren geldt ook voor de jeugdhulp.']],
  ['a lower-case apposition of the title', [...opgaven, 'Bij opgave 2, de buurt als huiskamer, hoort ook het buurthuis.']],
  ['a short form that keeps the first word', [...themas, 'Thema 3, Meedoen, krijgt het meeste geld.']],
  ['an organisation after the number', [...opgaven, 'Binnen opgave 3 werken we samen met Veilig Verkeer Nederland.']],
  ['an uitgangspunt stated as a clause', [...uitgangspunten, 'Het uitgangspunt is dat inwoners zelf kiezen waar ze hulp krijgen.']],
  ['a national goal after het landelijke doel', [...doelen, 'We sluiten aan bij het landelijke doel Nul verkeersdoden in 2050.']],
  ['a lower-case phrase after the number and a comma', [...themas, 'Voor thema 1, in Noord en Zuid, komen er twee coaches bij.']],
  ['two exact titles in one sentence', [...themas, 'Het thema Wonen en zorg en het thema Meedoen in de buurt hangen samen.']],
  ['the exact title in brackets with amounts', [...sporen, 'Spoor 2 (Zorg en ondersteuning) krijgt er vanaf 2027 € 80.000 bij.']],
  ['the exact title then a relative clause', [...doelen, 'Doel 1, Minder restafval per inwoner, dat we in 2028 willen halen, vraagt een nieuwe inzameling.']]
]

describeBattery(titleDrift, defects, clean, 14)
