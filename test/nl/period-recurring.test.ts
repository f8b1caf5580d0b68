import { describe, expect, it } from 'vitest'
import { parseDutchPeriod } from '@kapstok/nl'

describe('parseDutchPeriod: recurring and open periods', () => {
  it.each(['jaarlijks', 'Jaarlijks terugkerend', 'elk jaar', 'ieder kwartaal', 'halfjaarlijks', 'periodiek', 'continu'])(
    'should read `%s` as ongoing, not as an unknown date',
    (text) => {
      expect(parseDutchPeriod(text)).toMatchObject({ kind: 'ongoing', normalized: 'doorlopend' })
    }
  )

  it('should read quarters, halves and seasons as the months they span', () => {
    expect(parseDutchPeriod('Q3 2025')).toMatchObject({ start: '2025-07-01', end: '2025-09-30' })
    expect(parseDutchPeriod('tweede helft 2025')).toMatchObject({ start: '2025-07-01', end: '2025-12-31' })
    expect(parseDutchPeriod('najaar 2026')).toMatchObject({ start: '2026-09-01', end: '2026-11-30' })
  })

  it('should read a range of years as one period from its first to its last day', () => {
    expect(parseDutchPeriod('2024 t/m 2027')).toMatchObject({ kind: 'period', start: '2024-01-01', end: '2027-12-31' })
  })

  it('should read a day that cannot exist as invalid', () => {
    expect(parseDutchPeriod('31-31-2022')).toMatchObject({ kind: 'invalid', note: 'Maand 31 bestaat niet' })
  })
})
