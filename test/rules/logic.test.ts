import { describe, expect, it } from 'vitest'
import {
  agendaDateFormat,
  agendaDateOrder,
  agendaDateOutsidePeriod,
  agendaDomainAlias,
  countClaimMismatch,
  financeCumulativeJaarschijf,
  financeNetStatedVsComputed,
  financeSumMismatch,
  financeTaakstelling,
  principleCountMismatch,
  resolveTerm
} from '@kapstok/rules'
import type { FinTabel, Plan } from '@kapstok/core'
import { agenda, check, model } from './helpers.js'

const euro = (n: number | null): { centen: number; tekst: string } | null => (n === null ? null : { centen: n * 100, tekst: String(n) })
const table = (rows: Array<[string, ...(number | null)[]]>, extra: Partial<FinTabel> = {}): Plan =>
  model({
    financien: {
      tabellen: [
        {
          id: 't1',
          titel: 'Tabel',
          kolommen: ['2022', '2023', '2024', '2025'].slice(0, rows[0] ? rows[0].length - 1 : 0),
          rijen: rows.map(([label, ...amounts]) => ({ label, ...(/^totaal/i.test(label) ? { totaal: true } : {}), bedragen: amounts.map(euro) })),
          ...extra
        }
      ]
    }
  })

describe('finance arithmetic', () => {
  it('should accept the seed totals 200 + 650 + 450 + 600 = 1.900k', () => {
    expect(check(financeSumMismatch, table([['Participatie/SHV', 200000], ['Wmo', 650000], ['Jeugd', 450000], ['sociaal breed', 600000], ['Totaal', 1900000]]))).toEqual([])
  })

  it('should restart the sum after each Totaal row and skip empty cells', () => {
    const plan = table([['a', 100, null], ['b', 200, 5], ['Totaal A', 300, 5], ['c', 7, 7], ['Totaal B', 17, 7]])
    expect(check(financeSumMismatch, plan)).toEqual(['Totaal `17` in kolom `2022` klopt niet: de som van de rijen is `€ 7`'])
  })

  it('should report a one-euro difference over whole euros as rounding, and nothing once the table declares it', () => {
    const plan = table([['a', 55793411], ['Totaal', 55793412]])
    expect(check(financeSumMismatch, plan)).toEqual([
      'Totaal `55793412` in kolom `2022` wijkt `€ 1` af van de som van de rijen (`€ 55.793.411`); dat past binnen de afronding: vermeld "verschillen door afronding" bij de tabel'
    ])
    expect(check(financeSumMismatch, table([['a', 55793411], ['Totaal', 55793412]], { afronding: true }))).toEqual([])
  })

  it('should report a difference beyond the rounding of the amounts, with `tolerance` cents on top', () => {
    const plan = table([['a', 1000], ['b', 2000], ['Totaal', 3004]])
    expect(check(financeSumMismatch, plan)).toEqual(['Totaal `3004` in kolom `2022` klopt niet: de som van de rijen is `€ 3.000`'])
    expect(check(financeSumMismatch, plan, { tolerance: 100 })).toEqual([
      'Totaal `3004` in kolom `2022` wijkt `€ 4` af van de som van de rijen (`€ 3.000`); dat past binnen de afronding: vermeld "verschillen door afronding" bij de tabel'
    ])
  })

  it('should accept the seed jaarschijf 250 / 750 / 1.750 / 1.900k', () => {
    const plan = table(
      [
        ['Effect', 250000, 250000, 250000, 250000],
        ['', null, 500000, 500000, 500000],
        ['', null, null, 1000000, 1000000],
        ['', null, null, null, 150000],
        ['Totaal per jaar', 250000, 750000, 1750000, 1900000]
      ],
      { soort: 'cumulatief' }
    )
    expect(check(financeCumulativeJaarschijf, plan)).toEqual([])
    expect(check(financeSumMismatch, plan)).toEqual([])
  })

  it('should compute the seed net 232.000 + 325.000 − 240.000 − 50.000 = 267.000, not 300.000', () => {
    const plan = model({
      financien: {
        tabellen: [{ id: 't', titel: 'Maatregelen', kolommen: ['Opbrengst', 'Opbrengst 2', 'Kosten fte', 'Kosten overig', 'Netto besparing'], rijen: [{ label: 'Schuldhulp', bedragen: [232000, 325000, 240000, 50000, 300000].map(euro) }] }]
      }
    })
    expect(check(financeNetStatedVsComputed, plan)).toEqual(['Netto `300000` voor `Schuldhulp` wijkt af van de berekening `€ 267.000` (bruto min kosten)'])
  })

  describe('the onderbouwing in the toelichting (Bijlage 8, seed 001)', () => {
    const bijlage8 = (rows: Array<[string, number, string]>): Plan =>
      model({
        financien: {
          tabellen: [{ id: 't', titel: 'Bijlage 8', kolommen: ['Netto besparing'], rijen: rows.map(([label, netto, toelichting]) => ({ label, bedragen: [{ centen: netto * 100, tekst: `€ ${netto.toLocaleString('nl-NL')}` }], toelichting })) }]
        }
      })

    it('should report L3604: 232.000 + 325.000 − 240.000 − 50.000 = 267.000 stated in the text, € 300.000 in the column', () => {
      const text =
        'Dan blijven er ±100 cliënten over. $100 \\times (60 \\times 0,84) = € 5.040,-$ per week x 46 = € 232.000,- per jaar. Dit zijn er 584. $140 \\times (60 \\times 0,84) = € 7.056,-$ per week x 46 = € 325.000,- per jaar. Totale bruto besparing: ±€557.000. Dat betekent een inzet van 3 fte welzijnswerk op hbo-niveau: €80.000 * 3 = €240.000 Overhead 21% = €50.000 Besparing netto € 267.000'
      expect(check(financeNetStatedVsComputed, bijlage8([['Steunpunten', 300000, text]]))).toEqual([
        'Netto besparing `€ 300.000` voor `Steunpunten` wijkt af van de onderbouwing `€ 267.000` (232.000 + 325.000 − 240.000 − 50.000)'
      ])
      expect(check(financeNetStatedVsComputed, bijlage8([['Steunpunten', 267000, text.replace('Besparing netto € 267.000', 'Besparing netto € 300.000')]]))).toEqual([
        'Onderbouwing `232.000 + 325.000 − 240.000 − 50.000` komt uit op `€ 267.000`, maar noemt netto `€ 300.000`; herstel de berekening of het bedrag',
        'Netto besparing `€ 267.000` voor `Steunpunten` wijkt af van de onderbouwing `€ 300.000` (232.000 + 325.000 − 240.000 − 50.000)'
      ])
    })

    it('should report L3607 (116.000), L3597 (20.000) and L3614 (30.000), and keep L3611 and L3615, whose amounts hold', () => {
      const plan = bijlage8([
        ['Dagontmoeting', 100000, 'Kosten per jaar: €180.000. 1 groep dagontmoeting plus kost €16.000. Er zijn 4 groepen nodig. Dat kost €64.000. Netto besparing: €116.000'],
        ['Schuldhulp', 80000, "Een gemiddeld schuldhulpverleningstraject kost zo'n € 4.000. Als wij op jaarbasis kunnen voorkomen dat op jaarbasis 5 inwoners in zo'n traject terechtkomen dan worden daarmee trajectkosten (a € 20.000) bespaard."],
        ['Kinderopvang plus', 100000, '1) In 2020 maken 60 cliënten gebruik van dagbesteding met gemiddelde zorgkosten van € 5.000. Bij 10% levert dit een besparing op van € 30.000. 2) Wanneer 2 soortgelijke voorzieningen gestart kunnen worden, dan realiseren we een taakstelling van € 100.000.'],
        ['Verordeningen', 200000, '1) … zal dit een besparing opleveren van € 130.000. 2) … zal dit een besparing opleveren van € 70.000.'],
        ['Backoffice', 100000, 'Ervan uitgaande dat bij 10% van deze cliënten de gemiddelde zorgkosten zullen dalen met 25% zal dit een besparing opleveren van € 100.000.'],
        ['Bewind', 80000, 'Daarmee richt de gemeente zich op een besparing van 35% van het totale bewindvoeringskosten a € 80.000.']
      ])
      expect(check(financeNetStatedVsComputed, plan)).toEqual([
        'Netto besparing `€ 100.000` voor `Dagontmoeting` wijkt af van de onderbouwing `€ 116.000` (`Netto besparing: €116.000`)',
        'Netto besparing `€ 80.000` voor `Schuldhulp` wijkt af van de onderbouwing `€ 20.000` (`€ 20.000 bespaard`)',
        'Netto besparing `€ 100.000` voor `Kinderopvang plus` wijkt af van de onderbouwing `€ 30.000` (`besparing op van € 30.000`)'
      ])
    })

    it('should recompute an explicit calculation exactly, allowing only the rounding its result is written with', () => {
      const plan = bijlage8([['Fte', 240000, '3 fte: €80.000 * 3 = €250.000. Daarnaast 5.040 x 46 = 232.000 (afgerond).']])
      expect(check(financeNetStatedVsComputed, plan)).toEqual([
        'Berekening `80.000 × 3 = 250.000` klopt niet: de uitkomst is `240.000`; herstel de berekening of de uitkomst'
      ])
    })
  })

  it('should check the seed taakstelling 600 − 75 = 525 = 45 + 17 + 7 + 6 + 100 + 250 + 100', () => {
    const post = (label: string, n: number): { label: string; bedrag: { centen: number } } => ({ label, bedrag: { centen: n * 100_000 } })
    const plan = (last: number): Plan =>
      model({
        financien: {
          taakstellingen: [
            { id: 'ts', titel: 'Voorveld', bedrag: { centen: 600 * 100_000 }, verminderingen: [post('al', 75)], verdeling: [45, 17, 7, 6, 100, 250, last].map((n, i) => post(`m${i}`, n)) }
          ]
        }
      })
    expect(check(financeTaakstelling, plan(100))).toEqual([])
    expect(check(financeTaakstelling, plan(70))).toEqual([
      'Verdeling van taakstelling `Voorveld` telt op tot `€ 495.000`; verwacht `€ 525.000` (`€ 600.000` min verminderingen `€ 75.000`)'
    ])
  })
})

describe('agenda dates', () => {
  it('should compare the earliest start with the latest end', () => {
    const plan = model({ acties: agenda(['medio 2022', '2022-06'], ['medio 2022', '2022-04'], ['2023', '12-2022'], ['Doorlopend', '2020'], ['', '2019']) })
    expect(check(agendaDateOrder, plan)).toEqual([
      'Einddatum `2022-04` ligt vóór de startdatum `medio 2022`; verwissel de cellen of verbeter de datum',
      'Einddatum `12-2022` ligt vóór de startdatum `2023`; verwissel de cellen of verbeter de datum'
    ])
  })

  it('should report one message per action beyond the periode on either side, tolerating open and ongoing ends', () => {
    const plan = model({
      acties: agenda(['2021', '2021'], ['2021', '2022-01'], ['2025-12', '2026'], ['2026-01', '2027'], ['2023', 'doorlopend'], ['jaarlijks', 'jaarlijks'], ['2024', ''], ['2020', '2027'])
    })
    expect(check(agendaDateOutsidePeriod, plan)).toEqual([
      'Actie in rij 1 (`Actie 1`) valt in `2021`, buiten de planperiode `2022-2025`; pas de datum of de looptijd aan',
      'Actie in rij 2 (`Actie 2`) begint `2021`, vóór de planperiode `2022-2025`; pas de datum of de looptijd aan',
      'Actie in rij 3 (`Actie 3`) eindigt `2026`, na de planperiode `2022-2025`; pas de datum of de looptijd aan',
      'Actie in rij 4 (`Actie 4`) eindigt `2027`, na de planperiode `2022-2025`; pas de datum of de looptijd aan',
      'Actie in rij 8 (`Actie 8`) loopt `2020` tot `2027`, langer dan de planperiode `2022-2025`; pas de datums of de looptijd aan'
    ])
  })

  it('should normalise the seed date forms and leave canonical ones alone', () => {
    const plan = model({ acties: agenda(['Jan 2021', '3-2022'], ['augustus 2021', 'Oktober 2022'], ['2022', '2023-12'], ['Juni 2021 visie vastgesteld.', 'doorlopend'], ['vanaf 2023', 'uiterlijk 2024']) })
    expect(check(agendaDateFormat, plan)).toEqual([
      'Datum `Jan 2021` afwijkend geschreven; schrijf `2021-01`',
      'Datum `3-2022` afwijkend geschreven; schrijf `2022-03`',
      'Datum `augustus 2021` afwijkend geschreven; schrijf `2021-08`',
      'Datum `Oktober 2022` afwijkend geschreven; schrijf `2022-10`'
    ])
  })
})

describe('number words in prose', () => {
  const principes = (n: number): Plan['principes'] => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, titel: `P${i + 1}` }))

  it('should read number words and digits before leidende principes', () => {
    const plan = (tekst: string, n: number): Plan => model({ koers: { visie: { tekst } }, principes: principes(n) })
    expect(check(principleCountMismatch, plan('Onze zeven leidende principes.', 7))).toEqual([])
    expect(check(principleCountMismatch, plan('Onze 7 leidende principes.', 7))).toEqual([])
    expect(check(principleCountMismatch, plan('De vier leidende principes.', 5))).toEqual([
      'Tekst noemt `vier leidende principes`, maar er zijn `5` leidende principes beschreven; pas het aantal of de lijst aan'
    ])
    // No list to contradict: the principes may be in another document.
    expect(check(principleCountMismatch, plan('Vier leidende principes, nooit beschreven.', 0))).toEqual([])
  })

  it('should ignore words that are not numbers and counts below two', () => {
    const plan = model({ koers: { visie: { tekst: 'Deze leidende principes en één principes-overleg; alle uitgangspunten.' } }, principes: principes(3) })
    expect(check(principleCountMismatch, plan)).toEqual([])
  })

  it('should count doelen of the pijler whose text states the number', () => {
    const plan = model({
      pijlers: [{ id: 't1', label: 'thema', titel: 'A', intro: 'Dit thema kent drie doelen.', doelen: [{ id: 'd1', titel: 'x' }, { id: 'd2', titel: 'y' }] }]
    })
    expect(check(countClaimMismatch, plan)).toEqual(["Tekst noemt `drie doelen`, maar er zijn `2` doelen beschreven; pas het aantal of de lijst aan"])
  })
})

describe('domain vocabulary', () => {
  const vocabulary = { values: ['Jeugd', 'Wmo', 'Participatie/SHV', 'Sociaal breed'], aliases: { Werk: 'Participatie/SHV' } }

  it('should resolve case variants, aliases and the first part of a value', () => {
    expect(resolveTerm(vocabulary, 'Wmo')).toEqual({ value: 'Wmo' })
    expect(resolveTerm(vocabulary, 'WMO')).toEqual({ suggestion: 'Wmo' })
    expect(resolveTerm(vocabulary, 'sociaal breed')).toEqual({ suggestion: 'Sociaal breed' })
    expect(resolveTerm(vocabulary, 'Participatie')).toEqual({ suggestion: 'Participatie/SHV' })
    expect(resolveTerm(vocabulary, 'werk')).toEqual({ suggestion: 'Participatie/SHV' })
    expect(resolveTerm(vocabulary, 'Sport')).toEqual({})
  })

  it('should prefer the configured vocabulary over the frontmatter list', () => {
    const plan = model({ acties: [{ id: 'a', activiteit: 'x', domein: 'Zorg' }] }, { domeinen: ['Zorg'] })
    expect(check(agendaDomainAlias, plan)).toEqual([])
    expect(check(agendaDomainAlias, plan, {}, { domeinen: { waarden: ['Wmo'], aliassen: { zorg: 'Wmo' } } })).toEqual([
      'Domein `Zorg` staat niet in de lijst; schrijf `Wmo`'
    ])
  })
})
