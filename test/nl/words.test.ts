import { describe, expect, it } from 'vitest'
import {
  formatDutchDate,
  formatDutchMonth,
  formatDutchDecimal,
  formatDutchNumber,
  formatDutchPeriod,
  numberWord,
  parseDutchDate,
  parseMonthWord,
  parseNumberWord,
  plural
} from '@kapstok/nl'

describe('parseDutchDate', () => {
  it.each([
    ['23 mei 2023', '2023-05-23'],
    ['dinsdag 23 mei 2023', '2023-05-23'],
    ['1 jan. 2024', '2024-01-01'],
    ['23-05-2023', '2023-05-23'],
    ['20-6-2023', '2023-06-20'],
    ['20/06/2023', '2023-06-20'],
    ['20.06.2023', '2023-06-20'],
    ['2023-05-23', '2023-05-23'],
    ['29-02-2024', '2024-02-29'],
    ['18 januari 2022.', '2022-01-18']
  ])('should read %j as %j', (text, expected) => {
    expect(parseDutchDate(text)).toBe(expected)
  })

  it.each(['29-02-2023', '32 mei 2023', '2023-13-01', 'mei 2023', '2023', '23 foo 2023', '20-06/2023', ''])(
    'should return `undefined` for %j',
    (text) => {
      expect(parseDutchDate(text)).toBe(undefined)
    }
  )
})

describe('parseMonthWord', () => {
  it.each([
    ['januari', { month: 1, abbreviated: false, capitalised: false }],
    ['Maart', { month: 3, abbreviated: false, capitalised: true }],
    ['mrt.', { month: 3, abbreviated: true, capitalised: false }],
    ['Sept', { month: 9, abbreviated: true, capitalised: true }],
    ['mei', { month: 5, abbreviated: false, capitalised: false }]
  ])('should read %j', (word, expected) => {
    expect(parseMonthWord(word)).toStrictEqual(expected)
  })

  it('should return `undefined` for a word that is no month', () => {
    expect(parseMonthWord('medio')).toBe(undefined)
  })
})

describe('formatDutchDate and formatDutchMonth', () => {
  it('should format an ISO date', () => {
    expect([formatDutchDate('2023-05-23'), formatDutchDate('2022-01-01')]).toEqual(['23 mei 2023', '1 januari 2022'])
  })

  it('should format the month of an ISO date or month', () => {
    expect([formatDutchMonth('2023-05-23'), formatDutchMonth('2023-12')]).toEqual(['mei 2023', 'december 2023'])
  })

  it('should throw for text that is no ISO date', () => {
    expect(() => formatDutchDate('23 mei 2023')).toThrow(
      'Cannot format `23 mei 2023` with `formatDutchDate`: expected an existing ISO date `yyyy-mm-dd`'
    )
    expect(() => formatDutchMonth('2023-13')).toThrow(
      'Cannot format `2023-13` with `formatDutchMonth`: expected an ISO date `yyyy-mm-dd` or month `yyyy-mm`'
    )
  })
})

describe('formatDutchPeriod', () => {
  it.each([
    ['2023', '2023'],
    ['2023-05', 'mei 2023'],
    ['2023-05-23', '23 mei 2023'],
    ['2023-Q3', 'Q3 2023'],
    ['2023-H1', 'eerste helft 2023'],
    ['2023-H2', 'tweede helft 2023'],
    ['2022/2025', '2022–2025'],
    ['doorlopend', 'doorlopend'],
    ['ntb', 'nader te bepalen']
  ])('should format %j as %j', (normalized, expected) => {
    expect(formatDutchPeriod(normalized)).toBe(expected)
  })

  it('should throw for a spelling that is not canonical', () => {
    expect(() => formatDutchPeriod('medio 2022')).toThrow('Cannot format `medio 2022` with `formatDutchPeriod`')
  })
})

describe('parseNumberWord', () => {
  it.each([
    ['nul', 0],
    ['een', 1],
    ['één', 1],
    ['vier', 4],
    ['Zeven', 7],
    ['TWAALF', 12],
    ['twintig', 20],
    ['eenentwintig', 21],
    ['tweeëntwintig', 22],
    ['tweeentwintig', 22],
    ['negenennegentig', 99],
    ['honderd', 100],
    ['honderdeen', 101],
    ['negentienhonderd', 1900],
    ['tweeduizend vierhonderd', 2400],
    ['7', 7],
    ['1.000', 1000]
  ])('should read %j as %j', (word, expected) => {
    expect(parseNumberWord(word)).toBe(expected)
  })

  it.each(['', 'vijfje', 'en', 'eentwintig', 'tienentwintig', 'zeven acties', '1,5'])(
    'should return `undefined` for %j',
    (word) => {
      expect(parseNumberWord(word)).toBe(undefined)
    }
  )
})

describe('numberWord', () => {
  it.each([
    [0, 'nul'],
    [1, 'één'],
    [4, 'vier'],
    [7, 'zeven'],
    [12, 'twaalf'],
    [21, 'eenentwintig'],
    [22, 'tweeëntwintig'],
    [33, 'drieëndertig'],
    [100, 'honderd'],
    [101, 'honderdeen'],
    [2400, 'tweeduizend vierhonderd'],
    [123_456, 'honderddrieëntwintigduizend vierhonderdzesenvijftig']
  ])('should write %j as %j', (n, expected) => {
    expect(numberWord(n)).toBe(expected)
  })

  it('should read back every word it writes from 0 to 10.000', () => {
    const wrong: number[] = []
    for (let n = 0; n <= 10_000; n++) if (parseNumberWord(numberWord(n)) !== n) wrong.push(n)
    expect(wrong).toEqual([])
  })

  it('should throw for numbers it cannot write', () => {
    expect(() => numberWord(-1)).toThrow('Cannot write `-1` with `numberWord`: expected an integer from 0 to 999999')
    expect(() => numberWord(1.5)).toThrow('Cannot write `1.5` with `numberWord`')
  })
})

describe('formatDutchDecimal', () => {
  it('should round to two decimals with a decimal comma and group thousands from four digits', () => {
    expect([formatDutchDecimal(1234.567), formatDutchDecimal(12.5), formatDutchDecimal(40), formatDutchDecimal(-0.125)]).toEqual(['1.234,57', '12,5', '40', '-0,13'])
  })
})

describe('plural and formatDutchNumber', () => {
  it.each([
    [0, '0 acties'],
    [1, '1 actie'],
    [2, '2 acties'],
    [12_500, '12.500 acties']
  ])('should write %j with the right form', (n, expected) => {
    expect(plural(n, 'actie', 'acties')).toBe(expected)
  })

  it('should group thousands from five digits and use a decimal comma', () => {
    expect([formatDutchNumber(1500), formatDutchNumber(12_500), formatDutchNumber(-2.5)]).toEqual(['1500', '12.500', '-2,5'])
  })
})
