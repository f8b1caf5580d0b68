import { describe, expect, it } from 'vitest'
import { compareNamed, condense, renvooi, similarity } from '@kapstok/diff'

describe('renvooi', () => {
  it('should strike and insert whole words, with the whitespace outside the marks', () => {
    expect(renvooi('We werken samen met de partners.', 'We werken samen met alle partners.')).toEqual([
      { text: 'We werken samen met ', change: 'same' },
      { text: 'de', change: 'removed' },
      { text: 'alle', change: 'added' },
      { text: ' partners.', change: 'same' }
    ])
  })

  it('should shorten long unchanged stretches to a few words around each change', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')
    const parts = condense(renvooi(`${words} oud ${words}`, `${words} nieuw ${words}`), 3)
    expect(parts.map((p) => p.text)).toEqual(['… w37 w38 w39 ', 'oud', 'nieuw', ' w0 w1 w2 …'])
  })
})

describe('similarity', () => {
  it('should be 1 for the same words, 0 for none in common, and in between for an edit', () => {
    expect(similarity('Woonvisie opstellen', 'woonvisie opstellen')).toBe(1)
    expect(similarity('Woonvisie opstellen', 'Huurteams uitbreiden')).toBe(0)
    expect(similarity('Woonvisie opstellen met partners', 'Woonvisie opstellen met bewoners')).toBe(0.75)
  })
})

describe('compareNamed', () => {
  it('should keep an item whose id shifted, rename one under the same id, and list the rest', () => {
    const olds = [{ id: 'p1', titel: 'Samen doen' }, { id: 'p2', titel: 'Dichtbij' }, { id: 'p3', titel: 'Zuinig' }]
    const news = [{ id: 'p1', titel: 'Nieuw principe' }, { id: 'p2', titel: 'Samen doen' }, { id: 'p3', titel: 'Dichtbij huis' }]
    expect(compareNamed(olds, news)).toEqual({
      added: [{ id: 'p1', titel: 'Nieuw principe' }],
      removed: [{ id: 'p3', titel: 'Zuinig' }],
      renamed: [{ id: 'p3', old: 'Dichtbij', new: 'Dichtbij huis' }]
    })
  })
})
