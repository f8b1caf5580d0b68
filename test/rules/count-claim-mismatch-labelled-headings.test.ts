import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Four shapes of a count whose items are named without `de volgende` or a colon right after it.
// (1) A count in a plain sentence (`Het programma kent drie sporen.`) right before sub-headings that
// each open with the singular of its noun and a label (`## Spoor 1: Wonen`, `## Thema B`): the
// headings name what the count counts, so it counts them without `de volgende` or a colon.
// (2) Names in brackets after a short phrase of one place or body (`de vijf kernen van Ommerdal
// (A, B, C en D)`). (3) A table named by its number as the subject (`Tabel 2 noemt de zes wegen`):
// the number is a label, and the count after it was lost with it; and a lead-in with the table's
// caption between it and the table. (4) A count whose sentence closes on the particle of a separable
// verb, with the next sentence naming the members (`We trekken vijf partijen aan. Het gaat om …`). Look-alikes: the right count, headings that do not name the noun (the count may be of
// something else), one heading among them that is no such part, deeper headings under each; a
// bracket after a plural phrase (`in de dorpen (…)` names the dorpen) and a bracket of no names.
const section = (lead: string, ...titles: string[]): string[] => ['# Aanpak', '', lead, '', ...titles.flatMap((t) => [t, '', 'Tekst over dit onderdeel.', ''])]

const roads = ['| Weg | Woningen |', '|---|---|', '| Dorpsstraat | 120 |', '| Molenweg | 80 |', '| Kanaaldijk | 64 |', '| Stationslaan | 51 |', '| Kerkpad | 40 |']

const defects: BatteryWording[] = [
  ['a table named by its number before the count', ['# Geluid', '', 'Tabel 3 geeft de zes wegen met de meeste woningen boven de plandrempel.', '', ...roads], 'zes wegen'],
  ['a lead-in with the caption between it and the table', ['# Geluid', '', 'In de tabel hieronder staan de zes wegen met de hoogste geluidsbelasting.', '', 'Tabel 2. Wegen boven de plandrempel', '', ...roads], 'zes wegen'],
  ['a table named by its number under its caption and rows', ['# Geluid', '', 'Tabel 1. Wegen boven de plandrempel', '', ...roads, '', 'Tabel 1 toont de vier wegen waar we stil asfalt leggen.'], 'vier wegen'],
  ['three tracks over four numbered tracks', section('Het programma kent drie sporen.', '## Spoor 1: Wonen', '## Spoor 2: Werken', '## Spoor 3: Leren', '## Spoor 4: Ontmoeten'), 'drie sporen'],
  ['five themes over four lettered themes', section("We werken in deze nota met vijf thema's.", '## Thema A Gezondheid', '## Thema B Bestaanszekerheid', '## Thema C Wonen', '## Thema D Meedoen'), "vijf thema's"],
  ['two pillars over three numbered pillars, section numbers first', section('De aanpak rust op twee pijlers.', '## 3.1 Pijler 1 Preventie', '## 3.2 Pijler 2 Vroegsignalering', '## 3.3 Pijler 3 Nazorg'), 'twee pijlers'],
  ['names in brackets after the municipality', ['# Aanpak', '', 'De vijf kernen van Ommerdal (Elst, Ravenhorst, Kerkdorp en Ommen) hebben elk een dorpshuis.'], 'vijf kernen'],
  ['names in brackets after a place phrase with an article', ['# Aanpak', '', 'De twee scholen in het buitengebied (De Klimop, De Wegwijzer en Het Anker) krijgen een nieuw plein.'], 'twee scholen'],
  ['names in brackets after a region', ['# Aanpak', '', 'Wij werken samen met de vier gemeenten uit de regio (Dalfsen, Ommen, Hardenberg, Raalte en Staphorst).'], 'vier gemeenten'],
  ['a particle after the noun, members in the next sentence', ['# Aanpak', '', 'Voor de uitvoering trekken we vijf partijen aan. Het gaat om de GGD, de woningcorporatie, de politie en het welzijnswerk.'], 'vijf partijen'],
  ['uit after the noun, names pointed back', ['# Aanpak', '', 'Dit voorjaar nodigen we drie scholen uit. Dit zijn De Linde, Het Kompas, De Wilg en De Toermalijn.'], 'drie scholen'],
  ['digits over fewer action lines with a colon label', section('Dit hoofdstuk beschrijft de 4 actielijnen van het programma.', '## Actielijn: bewustwording', '## Actielijn: handhaving', '## Actielijn: ondersteuning'), '4 actielijnen']
]

const clean: CleanWording[] = [
  ['a table named by its number with the right count', ['# Geluid', '', 'Tabel 2 noemt de vijf wegen met de hoogste geluidsbelasting.', '', ...roads]],
  ['a table named by its number with a count in a phrase', ['# Geluid', '', 'Tabel 2 toont voor de drie kernen de woningen langs de wegen.', '', ...roads]],
  ['the right count over numbered tracks', section('Het programma kent drie sporen.', '## Spoor 1: Wonen', '## Spoor 2: Werken', '## Spoor 3: Leren')],
  ['headings that do not name the noun', section('Ommerdal telt vijf kernen.', '## Wonen', '## Werken', '## Leren')],
  ['one heading that is no track', section('Het programma kent drie sporen.', '## Inleiding', '## Spoor 1: Wonen', '## Spoor 2: Werken', '## Spoor 3: Leren')],
  ['deeper headings under each theme', ['# Aanpak', '', "We onderscheiden twee thema's.", '', '## Thema 1 Zorg', '', '### Deelthema thuiszorg', '', 'Tekst.', '', '### Deelthema mantelzorg', '', 'Tekst.', '', '## Thema 2 Wonen', '', 'Tekst.']],
  ['names in brackets after a place that match', ['# Aanpak', '', 'De vier kernen van Ommerdal (Elst, Ravenhorst, Kerkdorp en Ommen) hebben elk een dorpshuis.']],
  ['a bracket after a plural phrase names that phrase', ['# Aanpak', '', 'We houden vier avonden in de dorpen (Aaldorp, Beekveld en Crommert).']],
  ['a bracket of no names after a place', ['# Aanpak', '', 'De vijf kernen van Ommerdal (zie de kaart in bijlage 2 en de tabel) hebben elk een dorpshuis.']],
  ['a particle after the noun with the right members', ['# Aanpak', '', 'Voor de uitvoering trekken we vier partijen aan. Het gaat om de GGD, de woningcorporatie, de politie en het welzijnswerk.']],
  ['a particle after the noun and an amount pointed at', ['# Aanpak', '', 'We pakken drie wijken aan. Het gaat om een bedrag van € 40.000, dat we samen met de provincie en de regio betalen.']],
  ['a count of something else before numbered themes', section('In drie jaar tijd werken we aan deze thema\'s.', '## Thema 1 Zorg', '## Thema 2 Wonen')]
]

describeBattery(countClaimMismatch, defects, clean, 12)
