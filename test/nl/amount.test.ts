import { describe, expect, it } from 'vitest'
import { formatEuro, isProMemorie, magnitudeExponent, magnitudeWord, parseDutchAmount } from '@kapstok/nl'
import type { DutchAmount } from '@kapstok/nl'

const amounts: Array<[string, Omit<DutchAmount, 'text'>]> = [
  ['€ 1.900.000', { cents: 190_000_000, form: 'integer', currency: true, precision: 100 }],
  ['€1.900.000', { cents: 190_000_000, form: 'integer', currency: true, precision: 100 }],
  ['€1,9 miljoen', { cents: 190_000_000, form: 'magnitude', currency: true, precision: 10_000_000 }],
  ['€ 0,3 mln', { cents: 30_000_000, form: 'magnitude', currency: true, precision: 10_000_000 }],
  ['€113,5 mln', { cents: 11_350_000_000, form: 'magnitude', currency: true, precision: 10_000_000 }],
  ['€1,314 miljard', { cents: 131_400_000_000, form: 'magnitude', currency: true, precision: 100_000_000 }],
  ['250k', { cents: 25_000_000, form: 'magnitude', currency: false, precision: 100_000 }],
  ['€ 45.000,-', { cents: 4_500_000, form: 'dash', currency: true, precision: 100 }],
  ['€ 7.056,-', { cents: 705_600, form: 'dash', currency: true, precision: 100 }],
  ['1.234,56', { cents: 123_456, form: 'decimal', currency: false, precision: 1 }],
  ['€ 0,05', { cents: 5, form: 'decimal', currency: true, precision: 1 }],
  ['-€ 240.000', { cents: -24_000_000, form: 'integer', currency: true, precision: 100 }],
  ['€ -240.000', { cents: -24_000_000, form: 'integer', currency: true, precision: 100 }],
  ['(240.000)', { cents: -24_000_000, form: 'integer', currency: false, precision: 100 }],
  ['45 euro', { cents: 4500, form: 'integer', currency: true, precision: 100 }],
  ['EUR 1.000', { cents: 100_000, form: 'integer', currency: true, precision: 100 }],
  ['122.478.646', { cents: 12_247_864_600, form: 'integer', currency: false, precision: 100 }],
  ['€ 100.000.', { cents: 10_000_000, form: 'integer', currency: true, precision: 100 }],
  ['€ 20.000–35.000', { cents: 2_000_000, form: 'range', currency: true, maxCents: 3_500_000, precision: 100 }],
  ['€ 1 - 2 miljoen', { cents: 100_000_000, form: 'range', currency: true, maxCents: 200_000_000, precision: 100_000_000 }],
  // Broken notations: a best guess, flagged.
  ['€ 200.00 0', { cents: 20_000_000, form: 'integer', currency: true, malformed: true, note: 'Spatie in het bedrag', precision: 100 }],
  ['€\n650.00 0', { cents: 65_000_000, form: 'integer', currency: true, malformed: true, note: 'Spatie in het bedrag', precision: 100 }],
  ['€ 45.000, -', { cents: 4_500_000, form: 'dash', currency: true, malformed: true, note: 'Spatie in `,-`', precision: 100 }],
  ['1,900,000', { cents: 190_000_000, form: 'integer', currency: false, malformed: true, note: 'Engelse notatie: komma als scheidingsteken voor duizendtallen', precision: 100 }],
  ['€ 200.00', { cents: 20_000, form: 'decimal', currency: true, malformed: true, note: 'Punt met 2 cijfer(s) erna: gelezen als decimaalpunt', precision: 1 }],
  ['1.90.000', { cents: 19_000_000, form: 'integer', currency: false, malformed: true, note: 'Onjuiste groepering van cijfers', precision: 100 }],
  ['€1,314', { cents: 131, form: 'decimal', currency: true, malformed: true, note: 'Meer dan twee decimalen: afgerond op centen', precision: 1 }],
  ['€ 0,005', { cents: 1, form: 'decimal', currency: true, subCent: true, note: 'Meer dan twee decimalen: afgerond op centen', precision: 1 }],
  ['€ 0,0825', { cents: 8, form: 'decimal', currency: true, subCent: true, note: 'Meer dan twee decimalen: afgerond op centen', precision: 1 }]
]

describe('parseDutchAmount', () => {
  it.each(amounts)('should read %j', (text, expected) => {
    expect(parseDutchAmount(text)).toStrictEqual({ text, ...expected })
  })

  it.each(['', ' ', '€', '-', 'Totaal', '100%', 'p.m.', 'PM', '€ 1,9 in 2025', 'zie bijlage'])(
    'should return `undefined` for %j',
    (text) => {
      expect(parseDutchAmount(text)).toBe(undefined)
    }
  )

  it('should always return integer cents', () => {
    const texts = ['€ 0,3 mln', '€1,314', '€ 0,005', '€ 1,23456 miljoen', '0,1k', '€ 99.999.999,99']
    expect(texts.map((text) => Number.isInteger(parseDutchAmount(text)?.cents))).toEqual(texts.map(() => true))
  })

  it('should round half away from zero on the dropped digits', () => {
    expect(parseDutchAmount('€ 1,23456 miljoen')?.cents).toBe(123_456_000)
    expect(parseDutchAmount('€ 0,125')?.cents).toBe(13)
    expect(parseDutchAmount('-€ 0,125')?.cents).toBe(-13)
  })

  it('should add the parts of the seed jaarschijf table to the claimed total', () => {
    const parts = ['€ 200.000', '€ 650.000', '€ 450.000', '€ 600.000'].map((text) => parseDutchAmount(text)?.cents ?? 0)
    expect(parts.reduce((sum, cents) => sum + cents, 0)).toBe(parseDutchAmount('€1,9 miljoen')?.cents)
  })
})

describe('magnitudeExponent', () => {
  it('should give the power of ten of a magnitude word and nothing for other words', () => {
    expect(['miljoen', 'mln.', 'miljard', 'duizend', 'k', 'keer', ''].map(magnitudeExponent)).toEqual([6, 6, 9, 3, 3, undefined, undefined])
  })

  it('should match a magnitude word after a number but not a word that starts like one', () => {
    const after = new RegExp(String.raw`^\d+\s*(?:${magnitudeWord})`, 'i')
    expect(['250k', '1 miljoen', '3 mln', '5 keer', '2 km'].map((t) => after.test(t))).toEqual([true, true, true, false, false])
  })
})

describe('isProMemorie', () => {
  it.each([['p.m.', true], ['PM', true], ['pro memorie', true], ['€ p.m.', true], ['€ 1.000', false], ['pm-post', false]])(
    'should say %j is p.m.: %j',
    (text, expected) => {
      expect(isProMemorie(text)).toBe(expected)
    }
  )
})

describe('formatEuro', () => {
  it.each([
    [190_000_000, '€ 1.900.000'],
    [-24_000_000, '€ -240.000'],
    [123_456, '€ 1.234,56'],
    [100, '€ 1'],
    [5, '€ 0,05'],
    [0, '€ 0'],
    [99_999_999, '€ 999.999,99']
  ])('should format %j as %j', (cents, expected) => {
    expect(formatEuro(cents)).toBe(expected)
  })

  it('should always show cents with `decimals: true`', () => {
    expect([formatEuro(190_000_000, { decimals: true }), formatEuro(-5, { decimals: true })]).toEqual([
      '€ 1.900.000,00',
      '€ -0,05'
    ])
  })

  it('should round to whole euros with `decimals: false`', () => {
    expect([
      formatEuro(123_456, { decimals: false }),
      formatEuro(123_449, { decimals: false }),
      formatEuro(-5, { decimals: false })
    ]).toEqual(['€ 1.235', '€ 1.234', '€ 0'])
  })

  it('should round-trip with parseDutchAmount', () => {
    for (const cents of [0, 1, 99, 100, 123_456, -24_000_000, 190_000_000, 12_247_864_600]) {
      expect(parseDutchAmount(formatEuro(cents))?.cents).toBe(cents)
    }
  })

  it('should throw for cents that are no integer', () => {
    expect(() => formatEuro(1.5)).toThrow('Cannot format `1.5` with `formatEuro`: expected integer cents')
  })
})
