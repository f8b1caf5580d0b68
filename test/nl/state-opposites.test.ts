import { describe, expect, it } from 'vitest'
import { namesHeldState, statePolarity } from '@kapstok/nl'

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? []

describe('statePolarity', () => {
  it.each([
    [['bezet'], 'Van de plaatsen is 85 procent bezet', 'same'],
    [['bezet'], 'de bezette plaatsen', 'same'],
    [['bezet'], 'Een achtste van de plaatsen is vrij', 'opposite'],
    [['bezet'], 'de vrije plaatsen', 'opposite'],
    [['bezet'], 'een deel is niet bezet', 'opposite'],
    [['bezet'], 'een deel is onbezet', 'opposite'],
    [['bezet'], 'een deel is niet vrij', 'same'],
    [['verhuurd'], 'negen panden staan leeg', 'opposite'],
    [['verhuurd'], 'de leegstaande panden', 'opposite'],
    [['niet', 'verhuurd'], 'de panden die leeg staan', 'same'],
    [['niet', 'verhuurd'], 'de verhuurde panden', 'opposite'],
    [['onbenut'], 'de benutte uren', 'opposite'],
    [['onbenut'], 'de onbenutte uren', 'same']
  ])('should read %j in %j as %j', (header, sentence, expected) => {
    expect(statePolarity(header, words(sentence))).toBe(expected)
  })

  it.each([
    [['bezet'], 'Van de plaatsen is 15 procent gereserveerd'],
    [['bezet'], 'vrije en bezette plaatsen'],
    [['aantal'], 'de vrije plaatsen']
  ])('should read %j in %j as neither', (header, sentence) => {
    expect(statePolarity(header, words(sentence))).toBeUndefined()
  })
})

describe('namesHeldState', () => {
  it('should tell a state a place is held in from an outcome and from no state', () => {
    expect([['bezet'], ['niet', 'verhuurd'], ['onbenut'], ['toegekend'], ['plaatsen']].map(namesHeldState)).toEqual([true, true, true, false, false])
  })
})
