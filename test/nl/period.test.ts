import { describe, expect, it } from 'vitest'
import { parseDutchPeriod } from '@kapstok/nl'
import type { DutchPeriod } from '@kapstok/nl'

/** A reading without its text. */
type Expected = Omit<DutchPeriod, 'text'>

function year(y: number, form: string): Expected {
  return { kind: 'period', start: y + '-01-01', end: y + '-12-31', confidence: 1, form, normalized: String(y) }
}

const grammar: Array<[string, Expected]> = [
  // Years and months.
  ['2022', year(2022, 'YYYY')],
  ['2022.', year(2022, 'YYYY')],
  ['12-2023', { kind: 'period', start: '2023-12-01', end: '2023-12-31', confidence: 1, form: 'MM-YYYY', normalized: '2023-12' }],
  ['6-2022', { kind: 'period', start: '2022-06-01', end: '2022-06-30', confidence: 1, form: 'M-YYYY', normalized: '2022-06' }],
  ['06-2023', { kind: 'period', start: '2023-06-01', end: '2023-06-30', confidence: 1, form: 'MM-YYYY', normalized: '2023-06' }],
  ['02/2024', { kind: 'period', start: '2024-02-01', end: '2024-02-29', confidence: 1, form: 'MM/YYYY', normalized: '2024-02' }],
  ['2023-06', { kind: 'period', start: '2023-06-01', end: '2023-06-30', confidence: 1, form: 'iso-month', normalized: '2023-06' }],
  ['Jan 2023', { kind: 'period', start: '2023-01-01', end: '2023-01-31', confidence: 1, form: 'abbrev-month-year', normalized: '2023-01' }],
  ["juni '30", { kind: 'period', start: '2030-06-01', end: '2030-06-30', confidence: 1, form: 'month-short-year', normalized: '2030-06' }],
  ['week 12 2030', { kind: 'period', start: '2030-03-18', end: '2030-03-24', confidence: 1, form: 'week' }],
  ['wk 1 2026', { kind: 'period', start: '2025-12-29', end: '2026-01-04', confidence: 1, form: 'week' }],
  ['2026-W53', { kind: 'period', start: '2026-12-28', end: '2027-01-03', confidence: 1, form: 'week' }],
  ['sep ’27', { kind: 'period', start: '2027-09-01', end: '2027-09-30', confidence: 1, form: 'month-short-year', normalized: '2027-09' }],
  ['mrt. 2023', { kind: 'period', start: '2023-03-01', end: '2023-03-31', confidence: 1, form: 'abbrev-month-year', normalized: '2023-03' }],
  ['sept 2021', { kind: 'period', start: '2021-09-01', end: '2021-09-30', confidence: 1, form: 'abbrev-month-year', normalized: '2021-09' }],
  ['okt 2022', { kind: 'period', start: '2022-10-01', end: '2022-10-31', confidence: 1, form: 'abbrev-month-year', normalized: '2022-10' }],
  ['januari 2023', { kind: 'period', start: '2023-01-01', end: '2023-01-31', confidence: 1, form: 'month-year', normalized: '2023-01' }],
  ['Januari 2022', { kind: 'period', start: '2022-01-01', end: '2022-01-31', confidence: 1, form: 'Month-year', normalized: '2022-01' }],
  ['FEBRUARI 2024', { kind: 'period', start: '2024-02-01', end: '2024-02-29', confidence: 1, form: 'Month-year', normalized: '2024-02' }],
  ['mei 2023', { kind: 'period', start: '2023-05-01', end: '2023-05-31', confidence: 1, form: 'month-year', normalized: '2023-05' }],
  // Approximate moments.
  ['medio 2022', { kind: 'period', start: '2022-05-01', end: '2022-08-31', confidence: 0.7, form: 'medio', normalized: '2022-H2', note: 'Medio 2022: gelezen als mei–augustus' }],
  ['half 2023', { kind: 'period', start: '2023-05-01', end: '2023-08-31', confidence: 0.7, form: 'medio', normalized: '2023-H2', note: 'Medio 2023: gelezen als mei–augustus' }],
  ['begin 2023', { kind: 'period', start: '2023-01-01', end: '2023-03-31', confidence: 0.8, form: 'begin', normalized: '2023-Q1', note: 'Begin 2023: gelezen als januari–maart' }],
  ['eind 2023', { kind: 'period', start: '2023-10-01', end: '2023-12-31', confidence: 0.8, form: 'eind', normalized: '2023-Q4', note: 'Eind 2023: gelezen als oktober–december' }],
  ['einde van 2023', { kind: 'period', start: '2023-10-01', end: '2023-12-31', confidence: 0.8, form: 'eind', normalized: '2023-Q4', note: 'Eind 2023: gelezen als oktober–december' }],
  ['eind maart 2023', { kind: 'period', start: '2023-03-21', end: '2023-03-31', confidence: 0.8, form: 'eind', normalized: '2023-03', note: 'Eind maart 2023: gelezen als dag 21–31' }],
  ['begin februari 2024', { kind: 'period', start: '2024-02-01', end: '2024-02-10', confidence: 0.8, form: 'begin', normalized: '2024-02', note: 'Begin februari 2024: gelezen als dag 1–10' }],
  ['ultimo 2023', { kind: 'date', start: '2023-12-31', end: '2023-12-31', confidence: 1, form: 'ultimo', normalized: '2023-12-31' }],
  ['ultimo februari 2024', { kind: 'date', start: '2024-02-29', end: '2024-02-29', confidence: 1, form: 'ultimo', normalized: '2024-02-29', note: 'Ultimo februari 2024: gelezen als dag 29' }],
  // Quarters and halves.
  ['Q3 2023', { kind: 'period', start: '2023-07-01', end: '2023-09-30', confidence: 1, form: 'quarter', normalized: '2023-Q3' }],
  ['q1-2024', { kind: 'period', start: '2024-01-01', end: '2024-03-31', confidence: 1, form: 'quarter', normalized: '2024-Q1' }],
  ['2023-Q4', { kind: 'period', start: '2023-10-01', end: '2023-12-31', confidence: 1, form: 'quarter', normalized: '2023-Q4' }],
  ['derde kwartaal 2023', { kind: 'period', start: '2023-07-01', end: '2023-09-30', confidence: 1, form: 'quarter', normalized: '2023-Q3' }],
  ['2e kwartaal 2023', { kind: 'period', start: '2023-04-01', end: '2023-06-30', confidence: 1, form: 'quarter', normalized: '2023-Q2' }],
  ['eerste helft 2023', { kind: 'period', start: '2023-01-01', end: '2023-06-30', confidence: 1, form: 'half', normalized: '2023-H1' }],
  ['tweede halfjaar 2023', { kind: 'period', start: '2023-07-01', end: '2023-12-31', confidence: 1, form: 'half', normalized: '2023-H2' }],
  ['H2 2023', { kind: 'period', start: '2023-07-01', end: '2023-12-31', confidence: 1, form: 'half', normalized: '2023-H2' }],
  ['2023-H1', { kind: 'period', start: '2023-01-01', end: '2023-06-30', confidence: 1, form: 'half', normalized: '2023-H1' }],
  // Seasons.
  ['najaar 2022', { kind: 'period', start: '2022-09-01', end: '2022-11-30', confidence: 0.8, form: 'season', normalized: '2022-H2', note: 'Najaar 2022: gelezen als september–november' }],
  ['voorjaar 2023', { kind: 'period', start: '2023-03-01', end: '2023-05-31', confidence: 0.8, form: 'season', normalized: '2023-H1', note: 'Voorjaar 2023: gelezen als maart–mei' }],
  ['zomer 2022', { kind: 'period', start: '2022-06-01', end: '2022-08-31', confidence: 0.8, form: 'season', normalized: '2022-H2', note: 'Zomer 2022: gelezen als juni–augustus' }],
  ['Winter 2022', { kind: 'period', start: '2022-01-01', end: '2023-02-28', confidence: 0.5, form: 'season', note: 'Winter 2022: kan januari–februari 2022 of december 2022–februari 2023 zijn' }],
  // Days.
  ['23 mei 2023', { kind: 'date', start: '2023-05-23', end: '2023-05-23', confidence: 1, form: 'day-month-year', normalized: '2023-05-23' }],
  ['20-06-2023', { kind: 'date', start: '2023-06-20', end: '2023-06-20', confidence: 1, form: 'dd-mm-yyyy', normalized: '2023-06-20' }],
  ['2023-05-23', { kind: 'date', start: '2023-05-23', end: '2023-05-23', confidence: 1, form: 'iso-date', normalized: '2023-05-23' }],
  // Ranges.
  ['2022-2025', { kind: 'period', start: '2022-01-01', end: '2025-12-31', confidence: 1, form: 'range', normalized: '2022/2025' }],
  ['2022 t/m 2025', { kind: 'period', start: '2022-01-01', end: '2025-12-31', confidence: 1, form: 'range', normalized: '2022/2025' }],
  ['januari - maart 2023', { kind: 'period', start: '2023-01-01', end: '2023-03-31', confidence: 1, form: 'range', normalized: '2023-01/2023-03' }],
  ['medio 2022 – eind 2023', { kind: 'period', start: '2022-05-01', end: '2023-12-31', confidence: 0.7, form: 'range', normalized: '2022-H2/2023-Q4' }],
  // Placeholders.
  ['Doorlopend', { kind: 'ongoing', confidence: 1, form: 'ongoing', normalized: 'doorlopend' }],
  ['doorlopend.', { kind: 'ongoing', confidence: 1, form: 'ongoing', normalized: 'doorlopend' }],
  ['ntb', { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb', note: 'Datum nog niet bepaald' }],
  ['n.t.b.', { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb', note: 'Datum nog niet bepaald' }],
  ['NTB', { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb', note: 'Datum nog niet bepaald' }],
  ['nader te bepalen', { kind: 'unknown', confidence: 1, form: 'tbd', normalized: 'ntb', note: 'Datum nog niet bepaald' }],
  ['-', { kind: 'unknown', confidence: 1, form: 'dash', note: 'Streepje in plaats van een datum' }],
  ['–', { kind: 'unknown', confidence: 1, form: 'dash', note: 'Streepje in plaats van een datum' }],
  ['n.v.t.', { kind: 'unknown', confidence: 1, form: 'none', note: 'Geen datum (`n.v.t.`)' }],
  ['z.s.m.', { kind: 'unknown', confidence: 1, form: 'asap', note: 'Geen datum maar `z.s.m.`' }],
  ['', { kind: 'empty', confidence: 1, form: 'empty' }],
  [' \n\t ', { kind: 'empty', confidence: 1, form: 'empty' }],
  // Events, status text, qualifiers.
  ['Jaarrekening 2021', { kind: 'event', start: '2021-01-01', end: '2021-12-31', confidence: 0.6, form: 'event', normalized: '2021', note: 'Gebeurtenis `Jaarrekening` als datum; gelezen als `2021`' }],
  ['Voorjaarsnota 2023', { kind: 'event', start: '2023-01-01', end: '2023-12-31', confidence: 0.6, form: 'event', normalized: '2023', note: 'Gebeurtenis `Voorjaarsnota` als datum; gelezen als `2023`' }],
  ['Gestart juni 2021', { kind: 'period', start: '2021-06-01', end: '2021-06-30', confidence: 0.6, form: 'status-text', normalized: '2021-06', note: 'Status `Gestart` in het datumveld; gelezen als `juni 2021`' }],
  ['Juni 2021 visie vastgesteld.', { kind: 'period', start: '2021-06-01', end: '2021-06-30', confidence: 0.6, form: 'status-text', normalized: '2021-06', note: 'Status `visie vastgesteld` in het datumveld; gelezen als `Juni 2021`' }],
  ['Afgerond', { kind: 'unknown', confidence: 0, form: 'status-text', note: 'Status `Afgerond` in plaats van een datum' }],
  ['Beleidsregels 2021', { kind: 'period', start: '2021-01-01', end: '2021-12-31', confidence: 0.5, form: 'annotated', normalized: '2021', note: 'Tekst `Beleidsregels` bij de datum; gelezen als `2021`' }],
  ['vanaf 2022', { ...year(2022, 'YYYY'), confidence: 0.9, note: 'Woord `vanaf` voor de datum genegeerd' }],
  ['in het najaar 2021', { kind: 'period', start: '2021-09-01', end: '2021-11-30', confidence: 0.72, form: 'season', normalized: '2021-H2', note: 'Woord `in het` voor de datum genegeerd' }],
  ['circa 2024', { ...year(2024, 'YYYY'), confidence: 0.8, note: 'Woord `circa` voor de datum genegeerd' }],
  ['vóór 2024', { ...year(2024, 'YYYY'), confidence: 0.6, note: 'Woord `vóór` voor de datum genegeerd' }],
  ['2022?', { ...year(2022, 'YYYY'), confidence: 0.5, note: 'Vraagteken: de datum `2022` is onzeker' }],
  // Tracked changes and doubled text.
  ['Juni Maart-2022', { kind: 'invalid', start: '2022-03-01', end: '2022-06-30', confidence: 0.3, form: 'fused', note: 'Restant van een wijzigingsmarkering: `Juni` en `Maart` staan aan elkaar; kies één maand' }],
  ['JuniMaart 2022', { kind: 'invalid', start: '2022-03-01', end: '2022-06-30', confidence: 0.3, form: 'fused', note: 'Restant van een wijzigingsmarkering: `Juni` en `Maart` staan aan elkaar; kies één maand' }],
  ['2021 2022', { kind: 'invalid', start: '2021-01-01', end: '2022-12-31', confidence: 0.3, form: 'fused', note: 'Restant van een wijzigingsmarkering: `2021` en `2022` staan aan elkaar; kies één jaar' }],
  ['2021 2021', { ...year(2021, 'repeated'), confidence: 0.8, note: 'Jaartal staat twee keer in de cel: `2021 2021`' }],
  // Impossible or incomplete.
  ['13-2023', { kind: 'invalid', confidence: 0, form: 'MM-YYYY', note: 'Maand 13 bestaat niet' }],
  ['31-02-2023', { kind: 'invalid', confidence: 0, form: 'dd-mm-yyyy', note: 'Dag 31 bestaat niet in februari 2023' }],
  ['Q5 2023', { kind: 'invalid', confidence: 0, form: 'quarter', note: 'Kwartaal 5 bestaat niet' }],
  ['2025-2022', { kind: 'invalid', confidence: 0, form: 'range', note: 'Einde `2022` ligt vóór begin `2025`' }],
  ['1850', { kind: 'invalid', confidence: 0, form: 'YYYY', note: 'Jaartal 1850 ligt niet tussen 1900 en 2199' }],
  ['juni', { kind: 'unknown', confidence: 0, form: 'no-year', note: 'Jaartal ontbreekt bij `juni`' }],
  ['Q3', { kind: 'unknown', confidence: 0, form: 'no-year', note: 'Jaartal ontbreekt bij `Q3`' }],
  ['binnenkort', { kind: 'unknown', confidence: 0, form: 'unknown', note: 'Geen datum herkend in `binnenkort`' }]
]

describe('parseDutchPeriod', () => {
  it.each(grammar)('should read %j', (text, expected) => {
    expect(parseDutchPeriod(text)).toStrictEqual({ text, ...expected })
  })

  it('should read prose with a date in it as invalid, with the date at low confidence', () => {
    const text = 'In het najaar 2021 volgt een regionale memo (inkoopregio Zuid) waar o.a. dit thema aan de orde komt.'
    expect(parseDutchPeriod(text)).toStrictEqual({
      text,
      kind: 'invalid',
      start: '2021-09-01',
      end: '2021-11-30',
      confidence: 0.3,
      form: 'prose',
      note: 'Datumveld bevat tekst in plaats van een datum; gelezen als `het najaar 2021`'
    })
  })

  it('should read prose without a date as invalid without a period', () => {
    const text = 'Dit wordt opgenomen met de voorzitter van het prestatie managementteam.'
    expect(parseDutchPeriod(text)).toStrictEqual({
      text,
      kind: 'invalid',
      confidence: 0,
      form: 'prose',
      note: 'Datumveld bevat tekst in plaats van een datum'
    })
  })

  it('should point at shifted columns when a date cell starts with `Doel:`', () => {
    const text = 'Doel: inspiratie opdoen en verkenning van mogelijkheden.'
    expect(parseDutchPeriod(text).note).toBe(
      'Datumveld bevat tekst die begint met `Doel:`; staan de kolommen verschoven?'
    )
  })

  it('should read the first milestone of an HTML cell with milestones', () => {
    const text = '<p><u>November 2021</u>: het netwerk pleegzorg wordt weer opgestart.</p> <p><u>Januari 2022</u>: herstart.</p>'
    const reading = parseDutchPeriod(text)
    expect([reading.kind, reading.form, reading.start, reading.end, reading.confidence]).toEqual([
      'invalid',
      'prose',
      '2021-11-01',
      '2021-11-30',
      0.3
    ])
  })

  it('should keep the original text untouched', () => {
    expect(parseDutchPeriod('  <p>januari 2020</p>\u00a0').text).toBe('  <p>januari 2020</p>\u00a0')
  })

  it('should never throw, whatever the input', () => {
    const inputs = ['\u0000', '((((', '9999-99-99', 'eind', 'van tot', '- -', '2022-', '€ 1.000', 'a'.repeat(10_000)]
    for (const input of inputs) {
      expect(() => parseDutchPeriod(input)).not.toThrow()
    }
  })
})
