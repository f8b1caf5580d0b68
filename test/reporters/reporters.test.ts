import { describe, expect, it } from 'vitest'
import { getReporter, github, gitlab, json, junit, reporters, sarif, stylish } from '../../packages/reporters/index.js'

describe('reporters', () => {
  it('should map each format name to its reporter', () => {
    expect(reporters).toEqual({ stylish, json, sarif, github, gitlab, junit })
    expect(getReporter('sarif')).toBe(sarif)
    expect(getReporter('stylish')).toBe(stylish)
  })

  it('should return `undefined` for unknown names, including inherited keys', () => {
    expect(getReporter('xml')).toBeUndefined()
    expect(getReporter('toString')).toBeUndefined()
    expect(getReporter('__proto__')).toBeUndefined()
  })
})
