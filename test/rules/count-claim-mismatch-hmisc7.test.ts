import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc7 battery, written before reading the rule's code: a sentence that says how many rows,
// kinds or places a table holds (`bestaat uit drie soorten (tabel 2)`, `tabel 3 toont vier
// wijken`), while the table counts another number of rows (a total row is no row of its own). The
// sentence may stand before or after the table, with another sentence between, the count in words
// or digits, the table named by its number or only by its place. Look-alikes: the right count, a
// total row, a count of something else than the rows (`drie kolommen`, `vier jaar`), a count of a
// part of the rows (`twee van de vijf wijken`), a table of another section.
const table = (...rows: string[]): string[] => ['| Soort | Aantal | Aandeel |', '|---|---|---|', ...rows.map((r) => `| ${r} |`)]
const kinds4 = table('Eiken | 120 | 30% |', 'Linden | 100 | 25% |', 'Essen | 80 | 20% |', 'Platanen | 100 | 25% |', '**Totaal** | 400 | 100%')
const p = (...lines: string[]): string[] => ['# Bomen', '', ...lines]

const defects: BatteryWording[] = [
  ['a count with the table in brackets', p('Het bomenbestand bestaat uit drie soorten (tabel 2).', '', ...kinds4), 'drie'],
  ['a count with zie tabel', p('We onderscheiden vijf boomsoorten (zie tabel 2).', '', ...kinds4), 'vijf'],
  ['the table as subject', p('Tabel 2 toont drie boomsoorten.', '', ...kinds4), 'drie'],
  ['a count in digits', p('In de straten staan 3 soorten bomen, zie tabel 2.', '', ...kinds4), '3'],
  ['the sentence after the table', p(...kinds4, '', 'De tabel laat vijf soorten zien, met eiken als grootste groep.'), 'vijf'],
  ['another sentence between', p('Het bomenbestand bestaat uit drie soorten.', 'Eiken zijn de grootste groep.', '', ...kinds4), 'drie'],
  ['a count of categories', ['# Wegen', '', 'Het onderhoud kent twee categorieën (tabel 1).', '', '| Categorie | Km |', '|---|---|', '| A. Doorgaande wegen | 40 |', '| B. Buurtwegen | 65 |', '| C. Erven | 12 |', '| Totaal | 117 |'], 'twee'],
  ['a count of places', ['# Locaties', '', 'In tabel 4 staan de vier speeltuinen die we vernieuwen.', '', '| Speeltuin | Wijk | Jaar |', '|---|---|---|', '| Zonnehof | Noord | 2027 |', '| Kastanjeplein | Oost | 2027 |', '| Molenveld | Zuid | 2028 |', '| Parklaan | West | 2028 |', '| Eendenkooi | Centrum | 2029 |'], 'vier'],
  ['a count after a colon', p('Het overzicht in tabel 2 telt drie soorten:', '', ...kinds4), 'drie'],
  ['a count of kinds in a list item', p('Wat de tabel laat zien:', '', '- er staan vijf soorten bomen in de straten (tabel 2);', '- eiken zijn de grootste groep.', '', ...kinds4), 'vijf'],
  ['a numbered table caption before', p('*Tabel 2. Boomsoorten in de straten*', '', ...kinds4, '', 'Deze drie soorten vormen samen het hele bestand.'), 'drie'],
  ['a count of rows in words with soorten after', p('We planten vooral drie soorten, zoals tabel 2 laat zien.', '', ...kinds4), 'drie']
]

const clean: CleanWording[] = [
  ['the right count with the table in brackets', p('Het bomenbestand bestaat uit vier soorten (tabel 2).', '', ...kinds4)],
  ['the right count after the table', p(...kinds4, '', 'De tabel laat vier soorten zien, met eiken als grootste groep.')],
  ['a count of columns', p('Tabel 2 heeft drie kolommen: soort, aantal en aandeel.', '', ...kinds4)],
  ['a count of years', p('We planten deze soorten in de komende drie jaar bij (tabel 2).', '', ...kinds4)],
  ['a part of the rows', p('Twee van de vier soorten in tabel 2 zijn gevoelig voor droogte.', '', ...kinds4)],
  ['a count of a part named by kind', p('Drie soorten in tabel 2 zijn inheems; de plataan niet.', '', ...kinds4)],
  ['a count of new kinds to add', p('We voegen twee nieuwe soorten toe aan het bestand in tabel 2.', '', ...kinds4)],
  ['a count of trees, not kinds', p('Er staan 400 bomen van vier soorten (tabel 2).', '', ...kinds4)],
  ['a count in another section', ['# Plannen', '', 'We willen straks zes soorten in de straten.', '', '## Huidig bestand', '', ...kinds4]],
  ['the right count with a total row in bold', p('De tabel hieronder toont de vier soorten en hun totaal.', '', ...kinds4)]
]

describeBattery(countClaimMismatch, defects, clean, 11)
