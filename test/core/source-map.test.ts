import { PlanFile, SourceMap, offsetLocation, readablePath, toPointer, fromPointer } from '@kapstok/core'
import { describe, expect, it } from 'vitest'

const at = (line: number, column: number) => ({ file: 'a.md', start: { line, column }, end: { line, column: column + 1 } })

describe('source map and pointers', () => {
  it('should fall back to the nearest enclosing value with a position', () => {
    const map = new SourceMap()
    map.set('/acties/3', at(10, 1))
    expect(map.locate('/acties/3/eind')).toEqual(at(10, 1))
    expect(map.locate('/principes/0')).toBeUndefined()
  })

  it('should escape pointer segments and read them back', () => {
    const pointer = toPointer(['a/b', 'c~d', 2])
    expect(pointer).toBe('/a~1b/c~0d/2')
    expect(fromPointer(pointer)).toEqual(['a/b', 'c~d', '2'])
    expect(readablePath('/acties/11/eind')).toBe('acties[11].eind')
  })

  it('should locate a substring inside multi-line prose', () => {
    const base = { file: 'a.md', start: { line: 5, column: 3, offset: 40 }, end: { line: 6, column: 9, offset: 60 } }
    expect(offsetLocation(base, 'Eerste regel\nzie [x](#y) hier', 17, 7)).toEqual({
      file: 'a.md',
      start: { line: 6, column: 5, offset: 57 },
      end: { line: 6, column: 12, offset: 64 }
    })
  })

  it('should attach messages to the file they are about and sort them', () => {
    const file = new PlanFile('plan')
    file.sourceMap.set('/document', at(3, 1))
    file.message('Tweede', { ruleId: 'b', pointer: '/document/titel' })
    file.message('Eerste', { ruleId: 'a', location: at(1, 1) })
    expect(file.messages.map((m) => [m.reason, m.file, m.line])).toEqual([
      ['Eerste', 'a.md', 1],
      ['Tweede', 'a.md', 3]
    ])
    expect(file.counts).toEqual({ error: 2, warning: 0, info: 0 })
  })
})
