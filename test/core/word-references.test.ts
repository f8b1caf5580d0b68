import { findWordReferences, normalizeTitle, titleWords } from '@kapstok/core'
import { describe, expect, it } from 'vitest'

const summary = (text: string): string[] =>
  findWordReferences(text).map((r) => `${r.kind} ${r.number ?? `‘${r.title}’`}${r.list ? ' (lijst)' : ''}`)

describe('findWordReferences', () => {
  it('should find chapters, paragraphs, bijlagen and items by number in the common Dutch forms', () => {
    expect(summary('Zie hoofdstuk 6, § 3.2, paragraaf 4.1, §2.3, bijlage 5a en leidend principe 4.')).toEqual([
      'hoofdstuk 6',
      'paragraaf 3.2',
      'paragraaf 4.1',
      'paragraaf 2.3',
      'bijlage 5a',
      'principe 4'
    ])
  })

  it('should leave out places in other documents', () => {
    expect(summary('Hoofdstuk 3 van de Participatiewet, paragraaf 2.3 van de Kadernota, de Jeugdwet, hoofdstuk 2 en bijlage 2 bij het Besluit.')).toEqual([])
  })

  it('should mark a number that opens a list', () => {
    expect(summary('In hoofdstuk 2 t/m 4 en bijlage 3 en 4.')).toEqual(['hoofdstuk 2 (lijst)', 'bijlage 3 (lijst)'])
  })

  it('should find references by title, quoted or not, but not a number followed by a quoted title twice', () => {
    expect(summary('Lees het hoofdstuk ‘Sport en bewegen’, de paragraaf Wonen en zorg en hoofdstuk 5 ‘Wat we doen’.')).toEqual([
      'hoofdstuk ‘Sport en bewegen’',
      'paragraaf ‘Wonen en zorg en hoofdstuk 5 ‘Wat we doen’’',
      'hoofdstuk 5'
    ])
  })
})

describe('titleWords', () => {
  it('should take the longest run of leading words that is a title', () => {
    const titles = new Set(['wonen', 'wonen en zorg'].map(normalizeTitle))
    expect(titleWords('Wonen en zorg voor ouderen', titles)).toBe('Wonen en zorg')
    expect(titleWords('Wonen in de kern', titles)).toBe('Wonen')
    expect(titleWords('hierna volgt meer', titles)).toBeUndefined()
  })
})
