import { describe, expect, it } from 'vitest'
import { parseDutchPeriod } from '@kapstok/nl'
import type { DutchPeriod } from '@kapstok/nl'

/** A reading without its text and note. */
type Expected = Omit<DutchPeriod, 'text' | 'note'>

// Every distinct start/end cell of the seed-001 uitvoeringsagenda (L3982-4099,
// columns 3 and 4, header rows left out), extracted with awk.
const seedCells: Array<[string, Expected]> = [
  ['', { kind: 'empty', confidence: 1, form: 'empty' }],
  [
    '-',
    { kind: 'unknown', confidence: 1, form: 'dash' }
  ],
  [
    '01-2022',
    { kind: 'period', start: '2022-01-01', end: '2022-01-31', confidence: 1, form: 'MM-YYYY', normalized: '2022-01' }
  ],
  [
    '01-2023',
    { kind: 'period', start: '2023-01-01', end: '2023-01-31', confidence: 1, form: 'MM-YYYY', normalized: '2023-01' }
  ],
  [
    '09-2021',
    { kind: 'period', start: '2021-09-01', end: '2021-09-30', confidence: 1, form: 'MM-YYYY', normalized: '2021-09' }
  ],
  [
    '1-2023',
    { kind: 'period', start: '2023-01-01', end: '2023-01-31', confidence: 1, form: 'M-YYYY', normalized: '2023-01' }
  ],
  [
    '12-2022',
    { kind: 'period', start: '2022-12-01', end: '2022-12-31', confidence: 1, form: 'MM-YYYY', normalized: '2022-12' }
  ],
  [
    '12-2023',
    { kind: 'period', start: '2023-12-01', end: '2023-12-31', confidence: 1, form: 'MM-YYYY', normalized: '2023-12' }
  ],
  [
    '12-2024',
    { kind: 'period', start: '2024-12-01', end: '2024-12-31', confidence: 1, form: 'MM-YYYY', normalized: '2024-12' }
  ],
  [
    '2019',
    { kind: 'period', start: '2019-01-01', end: '2019-12-31', confidence: 1, form: 'YYYY', normalized: '2019' }
  ],
  [
    '2020',
    { kind: 'period', start: '2020-01-01', end: '2020-12-31', confidence: 1, form: 'YYYY', normalized: '2020' }
  ],
  [
    '2021',
    { kind: 'period', start: '2021-01-01', end: '2021-12-31', confidence: 1, form: 'YYYY', normalized: '2021' }
  ],
  [
    '2022',
    { kind: 'period', start: '2022-01-01', end: '2022-12-31', confidence: 1, form: 'YYYY', normalized: '2022' }
  ],
  [
    '2023',
    { kind: 'period', start: '2023-01-01', end: '2023-12-31', confidence: 1, form: 'YYYY', normalized: '2023' }
  ],
  [
    '2024',
    { kind: 'period', start: '2024-01-01', end: '2024-12-31', confidence: 1, form: 'YYYY', normalized: '2024' }
  ],
  [
    '2025',
    { kind: 'period', start: '2025-01-01', end: '2025-12-31', confidence: 1, form: 'YYYY', normalized: '2025' }
  ],
  [
    '3-2022',
    { kind: 'period', start: '2022-03-01', end: '2022-03-31', confidence: 1, form: 'M-YYYY', normalized: '2022-03' }
  ],
  [
    '<p><u>November 2021</u>: het netwerk pleegzorg (aanbieders, GI, gemeente) wordt weer opgestart (is stil komen te liggen na vertrek directeur Yorneo). De week van de pleegzorg krijgt aandacht zowel binnen het CJG als in de gemeente (groenlicht Tamboer)</p> <p><u>Januari 2022</u>: Herstart van ontmoeting (koffieochtend) pleegouders waarbij er actief geïnventariseerd wordt waar problemen en mogelijk oplossingen liggen voor het behoud en werven van (aspirant) pleegouders. Nader onderzoek in het binden en verbinden van pleegouders.</p> <p><u>April 2022</u>: Aanbevelingen in het uitbreiden van het aanbod formeel en informeel. (Project kent geen einddatum. Aandacht en bijsturing zijn een continu proces.)</p> <p><u>Medio 2022</u>: Coördinatoren CJG en evt. Wethouder nemen deel aan de aspirant pleegouderavonden. Er is nog niet bekend wanneer deze zijn.</p>',
    { kind: 'invalid', start: '2021-11-01', end: '2021-11-30', confidence: 0.3, form: 'prose' }
  ],
  [
    '<p>december 2022</p>',
    { kind: 'period', start: '2022-12-01', end: '2022-12-31', confidence: 1, form: 'month-year', normalized: '2022-12' }
  ],
  [
    '<p>januari 2020</p>',
    { kind: 'period', start: '2020-01-01', end: '2020-01-31', confidence: 1, form: 'month-year', normalized: '2020-01' }
  ],
  [
    'Dit wordt opgenomen met de voorzitter van het prestatie managementteam. Dit kan alleen op regionaal niveau, waardoor we niet optimaal invloed kunnen uitoefenen. In regioverband wordt o.a. hiervoor een financial/data specialist aangesteld. In het najaar 2021 volgt een regionale memo waar o.a. dit thema aan de orde komt.',
    { kind: 'invalid', start: '2021-09-01', end: '2021-11-30', confidence: 0.3, form: 'prose' }
  ],
  [
    'Doel: inspiratie opdoen en verkenning van mogelijkheden om de jeugdhulp efficiënter en effectiever te organiseren. Activiteiten die we meenemen uit deze werkbezoeken: Werken vanuit 1 visie en ambitie jeugdhulp, afgeleid van het herontwerp sociaal domein; werken vanuit 1 team jeugd en onderwijs, met beleid en uitvoering samen, aansluitend bij de organisatieontwikkeling; ontwikkeling van een eenduidige en effectieve structuur onderwijs-jeugdhulp (zie ook Versterken basis); tweedelijns zorg naar voren halen en via de gemeentelijke toegang direct en (resultaat)gericht inzetten, zonder indicatie. Deze zaken werken we verder uit in het proces van de uitvoering van deze agenda.',
    { kind: 'invalid', confidence: 0, form: 'prose' }
  ],
  [
    'Doorlopend',
    { kind: 'ongoing', confidence: 1, form: 'ongoing', normalized: 'doorlopend' }
  ],
  [
    'Gestart juni 2021',
    { kind: 'period', start: '2021-06-01', end: '2021-06-30', confidence: 0.6, form: 'status-text', normalized: '2021-06' }
  ],
  [
    'In het najaar 2021 volgt een regionale memo (inkoopregio Zuid) waar o.a. dit thema aan de orde komt.',
    { kind: 'invalid', start: '2021-09-01', end: '2021-11-30', confidence: 0.3, form: 'prose' }
  ],
  [
    'Jaarrekening 2021',
    { kind: 'event', start: '2021-01-01', end: '2021-12-31', confidence: 0.6, form: 'event', normalized: '2021' }
  ],
  [
    'Jan 2021',
    { kind: 'period', start: '2021-01-01', end: '2021-01-31', confidence: 1, form: 'abbrev-month-year', normalized: '2021-01' }
  ],
  [
    'Januari 2022',
    { kind: 'period', start: '2022-01-01', end: '2022-01-31', confidence: 1, form: 'Month-year', normalized: '2022-01' }
  ],
  [
    'Juni 2021 visie vastgesteld.',
    { kind: 'period', start: '2021-06-01', end: '2021-06-30', confidence: 0.6, form: 'status-text', normalized: '2021-06' }
  ],
  [
    'Juni Maart-2022',
    { kind: 'invalid', start: '2022-03-01', end: '2022-06-30', confidence: 0.3, form: 'fused' }
  ],
  [
    'November 2021',
    { kind: 'period', start: '2021-11-01', end: '2021-11-30', confidence: 1, form: 'Month-year', normalized: '2021-11' }
  ],
  [
    'Oktober 2022',
    { kind: 'period', start: '2022-10-01', end: '2022-10-31', confidence: 1, form: 'Month-year', normalized: '2022-10' }
  ],
  [
    'april 2022',
    { kind: 'period', start: '2022-04-01', end: '2022-04-30', confidence: 1, form: 'month-year', normalized: '2022-04' }
  ],
  [
    'augustus 2020',
    { kind: 'period', start: '2020-08-01', end: '2020-08-31', confidence: 1, form: 'month-year', normalized: '2020-08' }
  ],
  [
    'augustus 2021',
    { kind: 'period', start: '2021-08-01', end: '2021-08-31', confidence: 1, form: 'month-year', normalized: '2021-08' }
  ],
  [
    'doorlopend',
    { kind: 'ongoing', confidence: 1, form: 'ongoing', normalized: 'doorlopend' }
  ],
  [
    'januari 2023',
    { kind: 'period', start: '2023-01-01', end: '2023-01-31', confidence: 1, form: 'month-year', normalized: '2023-01' }
  ],
  [
    'juni 2022',
    { kind: 'period', start: '2022-06-01', end: '2022-06-30', confidence: 1, form: 'month-year', normalized: '2022-06' }
  ],
  [
    'medio 2020',
    { kind: 'period', start: '2020-05-01', end: '2020-08-31', confidence: 0.7, form: 'medio', normalized: '2020-H2' }
  ],
  [
    'medio 2022',
    { kind: 'period', start: '2022-05-01', end: '2022-08-31', confidence: 0.7, form: 'medio', normalized: '2022-H2' }
  ],
  [
    'medio 2023',
    { kind: 'period', start: '2023-05-01', end: '2023-08-31', confidence: 0.7, form: 'medio', normalized: '2023-H2' }
  ],
  [
    'mei 2022',
    { kind: 'period', start: '2022-05-01', end: '2022-05-31', confidence: 1, form: 'month-year', normalized: '2022-05' }
  ],
  [
    'ntb',
    { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb' }
  ],
]

describe('parseDutchPeriod on the seed-001 agenda', () => {
  it.each(seedCells)('should read %j', (text, expected) => {
    // `toEqual` skips `undefined` fields: the note is tested elsewhere.
    expect({ ...parseDutchPeriod(text), note: undefined }).toEqual({ text, ...expected })
  })

  it('should read every seed cell that holds a date (no `unknown`)', () => {
    const unknown = seedCells.filter(([text]) => parseDutchPeriod(text).kind === 'unknown')
    expect(unknown.map(([text]) => text)).toEqual(['-', 'ntb'])
  })

  it('should explain every seed reading that is a guess', () => {
    const silent = seedCells.filter(([text]) => {
      const reading = parseDutchPeriod(text)
      return reading.confidence < 1 && reading.note === undefined
    })
    expect(silent).toEqual([])
  })

  it('should never let an end cell of the seed end before its start cell', () => {
    // Seed rows (start, end) that both hold dates; none is reversed (catalog §B).
    const rows: Array<[string, string]> = [
      ['medio 2022', '12-2023'],
      ['Jan 2021', 'Oktober 2022'],
      ['augustus 2020', 'juni 2022'],
      ['November 2021', 'Juni Maart-2022'],
      ['2021', '1-2023'],
      ['medio 2020', 'medio 2023'],
      ['Juni 2021 visie vastgesteld.', 'mei 2022'],
      ['Gestart juni 2021', 'april 2022'],
      ['2021', '2021']
    ]
    const reversed = rows.filter(([start, end]) => {
      const from = parseDutchPeriod(start).start ?? ''
      const to = parseDutchPeriod(end).end ?? ''
      return to < from
    })
    expect(reversed).toEqual([])
  })
})
