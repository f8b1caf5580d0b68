import { describe, expect, it } from 'vitest'
import { findAmountUnit, findUnreadableUnit, parseDutchAmount, parseNilAmount } from '@kapstok/nl'

describe('parseDutchAmount in a table unit', () => {
  it('should read `120` in a table `x € 1.000` as 120.000 euros, rounded to a thousand', () => {
    expect(parseDutchAmount('120', { factor: 1000 })).toStrictEqual({
      cents: 12_000_000,
      text: '120',
      form: 'integer',
      currency: false,
      precision: 100_000
    })
  })

  it('should read decimals in a table `x € 1 mln` at their own precision', () => {
    expect(parseDutchAmount('1,25', { factor: 1_000_000 })).toMatchObject({ cents: 125_000_000, precision: 1_000_000 })
  })

  it('should keep a magnitude the cell writes itself over the table unit', () => {
    expect(parseDutchAmount('€ 2 mln', { factor: 1000 })?.cents).toBe(200_000_000)
  })

  it.each([
    ['-/- 120', -12_000_000],
    ['€ -/- 120', -12_000_000],
    ['120 -/-', -12_000_000],
    ['-120', -12_000_000],
    ['(120)', -12_000_000],
    ['120 N', -12_000_000],
    ['N 120', -12_000_000],
    ['120 V', 12_000_000],
    // A trailing minus, as financial systems print lasten; `,-` only says there are no cents.
    ['4.977-', -497_700_000],
    ['12,5-', -1_250_000],
    ['€ 120-', -12_000_000],
    // The trailing minus as an en dash, as the leading one is read.
    ['3.815–', -381_500_000],
    ['€ 62,5−', -6_250_000],
    ['4.977,-', 497_700_000],
    ['1.250,--', 125_000_000]
  ])('should read the negative or signed form %j', (text, cents) => {
    expect(parseDutchAmount(text, { factor: 1000 })?.cents).toBe(cents)
  })

  it('should not read a dash or PM as an amount', () => {
    expect(['-', '—', '–', 'PM', 'p.m.', 'n.v.t.'].map((text) => parseDutchAmount(text))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe('parseNilAmount', () => {
  it.each([
    ['-', 'nihil'],
    ['—', 'nihil'],
    ['–', 'nihil'],
    ['--', 'nihil'],
    ['€ -', 'nihil'],
    ['nihil', 'nihil'],
    ['PM', 'pm'],
    ['p.m.', 'pm'],
    ['P.M.', 'pm'],
    ['pro memorie', 'pm'],
    ['n.v.t.', 'nvt'],
    ['nvt', 'nvt'],
    ['n.v.t', 'nvt']
  ])('should read %j as %j', (text, kind) => {
    expect(parseNilAmount(text)).toStrictEqual({ kind, text })
  })

  it.each(['', '0', '120', '-120', 'Totaal', 'zie bijlage'])('should return `undefined` for %j', (text) => {
    expect(parseNilAmount(text)).toBe(undefined)
  })
})

describe('findAmountUnit', () => {
  it.each([
    ['Bedragen x € 1.000', 1000, 'x € 1.000'],
    ['Investeringen x € 1.000.', 1000, 'x € 1.000'],
    ['Bedragen x € 1.000.000.', 1_000_000, 'x € 1.000.000'],
    ['bedragen x 1.000,-', 1000, 'x 1.000,-'],
    ['Bedragen × € 1.000', 1000, '× € 1.000'],
    ['Bedragen x € 1000', 1000, 'x € 1000'],
    ['Bedragen x 1.000 euro', 1000, 'x 1.000 euro'],
    ['x €1.000', 1000, 'x €1.000'],
    ['(x 1.000)', 1000, 'x 1.000'],
    ['(bedragen x € 1 mln)', 1_000_000, 'x € 1 mln'],
    ['x € 1.000.000', 1_000_000, 'x € 1.000.000'],
    ['De bedragen staan in duizenden euro\'s.', 1000, "in duizenden euro's"],
    ['bedragen in € mln', 1_000_000, 'in € mln'],
    ['Lasten (€ mln)', 1_000_000, '€ mln'],
    ['k€', 1000, 'k€']
  ])('should read %j as factor %j', (text, factor, written) => {
    expect(findAmountUnit(text)).toMatchObject({ factor, text: written })
  })

  it('should give the offset of the unit', () => {
    expect(findAmountUnit('Wat mag het kosten? (x € 1.000)')?.index).toBe(21)
  })

  it.each(['2024', 'Begroting 2024', 'Lasten', 'Dat kost 12 x € 1.000 per jaar'])('should find no unit in %j', (text) => {
    expect(findAmountUnit(text)).toBe(undefined)
  })

  it('should not read an amount in a sentence as a unit', () => {
    expect(findAmountUnit('Het kost ruim 2 mln euro, ofwel duizend euro per inwoner.', { prose: true })).toBe(undefined)
  })
})

describe('findUnreadableUnit', () => {
  it.each([
    ['Bedragen x € 1.500', 'Bedragen x € 1.500'],
    ['bedragen x € 1.00', 'bedragen x € 1.00'],
    ['Bedragen x', 'Bedragen x']
  ])('should report %j', (text, written) => {
    expect(findUnreadableUnit(text)?.text).toBe(written)
  })

  it('should report nothing for a readable unit', () => {
    expect(findUnreadableUnit('Bedragen x € 1.000')).toBe(undefined)
  })
})
