import { describe, expect, it } from 'vitest'
import { isBlankCell, isEmptyOrNilCell, isZeroCell, nilCell } from '../../packages/rules/lib/util/nil-cells.js'

// Every table reader reads a cell without an amount the same way (@kapstok/nl parseNilAmount).
describe('nil cells', () => {
  it('reads the placeholders of Dutch finance tables, bold or not', () => {
    expect(nilCell('-')?.kind).toBe('nihil')
    expect(nilCell('**—**')?.kind).toBe('nihil')
    expect(nilCell(' € - ')?.kind).toBe('nihil')
    expect(nilCell('p.m.')?.kind).toBe('pm')
    expect(nilCell('**PM**')?.kind).toBe('pm')
    expect(nilCell('n.v.t.')?.kind).toBe('nvt')
  })
  it('does not read amounts, negative amounts or words as a placeholder', () => {
    expect(nilCell('12')).toBeUndefined()
    expect(nilCell('-12')).toBeUndefined()
    expect(nilCell('− 1.250')).toBeUndefined()
    expect(nilCell('pmd-inzameling')).toBeUndefined()
    expect(nilCell('')).toBeUndefined()
  })
  it('counts nihil and n.v.t. as zero in a sum, not PM (an amount still unknown)', () => {
    expect(isZeroCell('–')).toBe(true)
    expect(isZeroCell('n.v.t.')).toBe(true)
    expect(isZeroCell('PM')).toBe(false)
    expect(isZeroCell('0,5')).toBe(false)
  })
  it('tells empty and placeholder cells from cells with an amount', () => {
    expect(isBlankCell('  ')).toBe(true)
    expect(isBlankCell('****')).toBe(true)
    expect(isEmptyOrNilCell('pro memorie')).toBe(true)
    expect(isEmptyOrNilCell('nihil')).toBe(true)
    expect(isEmptyOrNilCell('€ 0')).toBe(false)
    expect(isEmptyOrNilCell('35%')).toBe(false)
  })
})
