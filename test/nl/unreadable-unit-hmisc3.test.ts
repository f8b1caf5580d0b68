import { describe, expect, it } from 'vitest'
import { findUnreadableUnit } from '@kapstok/nl'

// hmisc3 battery, written before reading the unit reader: a multiplication in a sentence or
// caption (`9 × € 1.250 = € 11.250`, `drie keer x € 800`) is a calculation, not a unit that
// cannot be read; a unit announced with an amount that is no power of a thousand still is.
describe('findUnreadableUnit: calculations are no units (hmisc3)', () => {
  it.each([
    ['a count times an amount with its result', 'Voor de zeven scholen komt dat op 7 × € 36.500 = € 255.500.'],
    ['a count times an amount in a caption', 'Tabel 2: kosten per wijk (4 × € 18.000)'],
    ['a count with x and a result', 'Twaalf extra lantaarnpalen kosten 12 x € 2.150 = € 25.800.'],
    ['an amount times a count', 'De huur is € 1.250 × 12 maanden = € 15.000 per jaar.'],
    ['a decimal count times an amount', 'Met 2,5 fte × € 78.000 is de formatie € 195.000.'],
    ['a product with a star', 'We rekenen met 40 * € 95 = € 3.800 voor de trainingen.']
  ])('should stay quiet on %s', (_name, text) => {
    expect(findUnreadableUnit(text, { prose: true })).toBe(undefined)
  })

  it.each([
    ['a unit of fifteen hundred', 'Bedragen x € 1.500', 'Bedragen x € 1.500'],
    ['a unit with a missing zero', 'Alle bedragen x € 1.00', 'bedragen x € 1.00'],
    ['a unit without its amount', 'Bedragen x', 'Bedragen x'],
    ['a unit of fifty thousand in a caption', 'Tabel 3: lasten (x € 50.000)', 'x € 50.000'],
    ['a unit of ten', 'Bedragen x € 10', 'Bedragen x € 10'],
    ['a unit of two hundred and fifty', 'De tabel geeft de bedragen x € 250.', 'bedragen x € 250']
  ])('should report %s', (_name, text, written) => {
    expect(findUnreadableUnit(text)?.text).toBe(written)
  })
})
