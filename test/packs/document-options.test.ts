import { describe, expect, it } from 'vitest'
import { PackError, readDocumentOptions } from '@kapstok/packs'

function problem(documents: unknown): [string, string[]] | undefined {
  try {
    readDocumentOptions({ documents })
    return undefined
  } catch (error) {
    return error instanceof PackError ? [error.message, error.setting] : [String(error), []]
  }
}

describe('documents in the configuration', () => {
  it('should read a timeline switch per document', () => {
    expect(readDocumentOptions({ documents: { programmaplan: { timeline: false } } })).toEqual({ programmaplan: { timeline: false } })
    expect(readDocumentOptions({})).toEqual({})
  })

  it('should name a value of the wrong type, at its setting', () => {
    expect(problem({ programmaplan: { timeline: 'ja' } })).toEqual([
      'Ongeldige waarde `ja` voor `documents.programmaplan.timeline`: gebruik `true` of `false`',
      ['documents', 'programmaplan', 'timeline']
    ])
  })

  it('should name an unknown setting and an unknown document', () => {
    expect(problem({ programmaplan: { tijdlijn: true } })).toEqual([
      'Onbekende instelling `tijdlijn` voor `programmaplan`: gebruik `timeline`',
      ['documents', 'programmaplan', 'tijdlijn']
    ])
    expect(problem({ begroting: { timeline: true } })?.[0]).toBe(
      'Onbekend document `begroting` in `documents`: kies uit `programmaplan`, `beleidskader`, `raadsvoorstel`'
    )
    expect(problem(['programmaplan'])?.[1]).toEqual(['documents'])
  })
})
