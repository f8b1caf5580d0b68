import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatEuro, parseDutchAmount, parseDutchPeriod } from '@kapstok/nl'
import { fuzzOptions } from './settings.js'

const dateish = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: 0, max: 10_000 })).map(([d, m, y]) => `${d}-${m}-${y}`),
  fc.tuple(fc.constantFrom('Q1', 'Q4', 'Q5', 'medio', 'eind', 'begin', 'najaar', 'januari', 'sept.', 'H2', 'week 53'), fc.integer({ min: 0, max: 3000 })).map(([w, y]) => `${w} ${y}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 })).map(([a, b]) => `${a}-${b}`)
)

describe('fuzzing the Dutch date and amount parsers', () => {
  it('should read any text as a period without throwing, with a start never after the end', () => {
    fc.assert(
      fc.property(dateish, (text) => {
        const period = parseDutchPeriod(text)
        expect(period.text).toBe(text)
        if (period.start && period.end) expect(period.start <= period.end).toBe(true)
      }),
      fuzzOptions
    )
  })

  it('should normalise idempotently: the normal form reads back as itself', () => {
    fc.assert(
      fc.property(dateish, (text) => {
        const { normalized, start, end } = parseDutchPeriod(text)
        if (normalized === undefined) return
        const again = parseDutchPeriod(normalized)
        expect(again.normalized).toBe(normalized)
        expect([again.start, again.end]).toEqual([start, end])
      }),
      fuzzOptions
    )
  })

  it('should read a formatted amount back to the same cents, so sums are exact', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e13, max: 1e13 }), { minLength: 1, maxLength: 30 }), (cents) => {
        const read = cents.map((c) => parseDutchAmount(formatEuro(c))?.cents)
        expect(read).toEqual(cents)
        expect(read.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(cents.reduce((a, b) => a + b, 0))
      }),
      fuzzOptions
    )
  })

  it('should read any text as an amount or as no amount, never as a number that cannot be added exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^€ ?-?[0-9.,]{1,40}( (mln|miljoen|k|duizend))?$/)), (text) => {
        const amount = parseDutchAmount(text)
        if (amount) expect(Number.isSafeInteger(amount.cents)).toBe(true)
      }),
      fuzzOptions
    )
  })
})
