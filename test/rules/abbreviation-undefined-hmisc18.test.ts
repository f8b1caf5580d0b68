import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc18 battery, written before changing the rule: letters of five or more capitals that nobody
// explains, in a list item of a theme that the reader makes into an item of the model (`Wat gaan we
// doen`, `Doelen`). Such an item is a sentence, not a heading, so long capitals in it are letters,
// not emphasis. Look-alikes: a heading of a theme with a word in capitals (`Samen VERDER`), the
// letters explained in the item or elsewhere, a long word in capitals that reads as a word, a
// capitalised word the plan also writes small.
const theme = (items: string[], title = 'Datafundament', extra: string[] = []): string[] => [
  "# Thema's",
  '',
  "Het programma kent twee thema's.",
  '',
  `## Thema 1: ${title} {#t1}`,
  '',
  'In dit thema bouwen we het fundament.',
  '',
  '### Wat gaan we doen',
  '',
  ...items.map((i) => `- ${i}`),
  '',
  '## Thema 2: Samenwerken {#t2}',
  '',
  'In dit thema werken we samen met de regio.',
  ...extra
]

const defects: BatteryWording[] = [
  ['letters in a compound opening an item', theme(['De halfjaarlijkse KWALB-toets gebruiken we voor alle nieuwe koppelingen.', 'We publiceren de resultaten op de website.']), 'KWALB'],
  ['letters as an object mid-item', theme(['We melden elk datalek binnen een dag.', 'Elke afdeling rapporteert voortaan via het BRZOV aan de directie.']), 'BRZOV'],
  ['letters of six capitals after a preposition', theme(['Voor de toetsing sluiten we aan bij de SVNHRD van de regio.', 'We trainen alle medewerkers.']), 'SVNHRD'],
  ['letters in an item in lower case', theme(['we vragen elk jaar een PDLKS-verklaring van de leverancier;', 'we houden een register bij.']), 'PDLKS'],
  ['letters at the end of an item', theme(['We starten in 2027 met het datateam.', 'De verantwoording loopt vanaf dan via de GRVTA.']), 'GRVTA']
]

const clean: CleanWording[] = [
  ['a theme heading with a word in capitals', theme(['We publiceren de resultaten op de website.', 'We trainen alle medewerkers.'], 'Samen VERDER')],
  ['the letters explained in the item', theme(['De KWALB (Kwaliteitsaudit Lokale Bestuursdata) gebruiken we voor alle koppelingen.', 'We trainen alle medewerkers.'])],
  ['the letters in a list of abbreviations', theme(['Elke afdeling rapporteert via het BRZOV aan de directie.', 'We trainen alle medewerkers.'], 'Datafundament', ['', '# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| BRZOV | Bestuurlijk Rapportageoverleg Zorg en Veiligheid |'])],
  ['a long word in capitals that reads as a word', theme(['Met de campagne ZONNESTROOM bereiken we alle huurders.', 'We trainen alle medewerkers.'])],
  ['emphasis on a word the plan writes small', theme(['We doen dit SAMEN met de regio en niet alleen.', 'We trainen alle medewerkers.'])],
  ['letters every reader knows in a compound', theme(['Voor elke nieuwe verwerking maken we een AVG-toets.', 'We trainen alle medewerkers in ICT-veiligheid.'])]
]

describeBattery(abbreviationUndefined, defects, clean, 5)
