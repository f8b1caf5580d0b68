import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc12 battery, written before reading the rule: a paper named in the text with only `(bijlage N)`
// in brackets after it says the paper is attached to this plan as bijlage N, also when the paper's
// name is a report-like compound (`Draaiboek straatonderzoek`, `Rapport geluidmetingen`). The plan
// has two bijlagen. Look-alikes: a bijlage that exists, a place inside the paper (`hoofdstuk 3`), a
// bijlage of the paper said so (`bijlage 4 van het rapport`), a bijlage of a raadsvoorstel.
const annexes = ['', '# Bijlagen', '', '## Bijlage 1 Tarieven', '', 'De tarieven van 2027.', '', '## Bijlage 2 Planning', '', 'De planning per kwartaal.']
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, ...annexes]

const defects: BatteryWording[] = [
  ['a compound in -onderzoek', p('De stappen staan in het Draaiboek straatonderzoek (bijlage 3).'), 'bijlage 3'],
  ['a report by name', p('De cijfers komen uit het Rapport geluidmetingen Zuidkade (bijlage 4).'), 'bijlage 4'],
  ['an evaluation', p('We bouwen voort op de Evaluatie buurtbudgetten 2025 (bijlage 5).'), 'bijlage 5'],
  ['an analysis with a lower-case noun', p('De keuze volgt uit de verkeersanalyse van bureau Kruispunt (bijlage 3).'), 'bijlage 3'],
  ['a vision of the region', p('De afspraken sluiten aan op de regionale woonvisie (bijlage 6).'), 'bijlage 6'],
  ['an advice', p('Het advies van de jeugdraad (bijlage 3) nemen we over.'), 'bijlage 3'],
  // Re-read rm5: more wordings, fresh.
  ['a nota compound', p('De routes volgen uit de Fietsnota Noordrand (bijlage 3).'), 'bijlage 3'],
  ['a monitor with a year', p('Zie voor de kaarten de Monitor leefbaarheid 2026 (bijlage 4).'), 'bijlage 4'],
  ['a study of the GGD', p('De aanpak sluit aan op het onderzoek van de GGD naar eenzaamheid (bijlage 5).'), 'bijlage 5'],
  ['a jaarverslag before the verb', p('In het Jaarverslag van de wijkraad (bijlage 3) staan de wensen van bewoners.'), 'bijlage 3'],
  ['a handreiking of the province', p('Het plan volgt de handreiking van de provincie voor groene schoolpleinen (bijlage 4).'), 'bijlage 4'],
  ['a studie with spaces in the bracket', p('De kosten staan in de haalbaarheidsstudie zwembad ( bijlage 6 ).'), 'bijlage 6']
]

const clean: CleanWording[] = [
  ['an existing bijlage', p('De stappen staan in het Draaiboek straatonderzoek (bijlage 2).')],
  ['a chapter of the paper', p('De stappen staan in het Draaiboek straatonderzoek (hoofdstuk 3).')],
  ['a bijlage of the report said so', p('De meetpunten staan in bijlage 4 van het Rapport geluidmetingen.')],
  ['a bijlage of the report in brackets with van', p('De meetpunten staan in het Rapport geluidmetingen (bijlage 4 van het rapport).')],
  ['a bijlage of the raadsvoorstel', p('De zienswijzen staan in bijlage 3 bij dit raadsvoorstel.')],
  ['a table of the report', p('De cijfers komen uit het Rapport geluidmetingen Zuidkade (tabel 4).')],
  ['an existing bijlage after a nota', p('De routes volgen uit de Fietsnota Noordrand (bijlage 1).')],
  ['a paragraph of the monitor', p('Zie voor de kaarten de Monitor leefbaarheid 2026 (paragraaf 2.4).')],
  ['a chapter of the study', p('Het onderzoek van de GGD naar eenzaamheid (hoofdstuk 5) laat een stijging zien.')],
  ['a bijlage of the handreiking in the bracket', p('De voorbeelden staan in de handreiking van de provincie (bijlage 5 van de handreiking).')]
]

describeBattery(xrefMissingTarget, defects, clean, 12)
