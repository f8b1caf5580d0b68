import { describe, expect, it } from 'vitest'
import { namesEveryPart, splitNameList } from '@kapstok/nl'

const titles = new Set(['wonen en zorg', 'werk', 'veilig fietsen', 'meer stallingen', 't1', 't2', '1', '2', '3'])
const isName = (part: string): boolean => titles.has(part.toLowerCase())

describe('splitNameList', () => {
  it.each([
    ['Veilig fietsen, Meer stallingen', ['Veilig fietsen', 'Meer stallingen']],
    ['t1 en t2', ['t1', 't2']],
    ['1, 2 en 3', ['1', '2', '3']],
    ['Wonen en zorg / Werk', ['Wonen en zorg', 'Werk']],
    // A title that itself contains `en` is kept whole where splitting it would leave no name.
    ['Wonen en zorg en Werk', ['Wonen en zorg', 'Werk']],
    ['Werk; Veilig fietsen', ['Werk', 'Veilig fietsen']]
  ])('should split %s into names', (text, parts) => {
    expect(splitNameList(text, isName)).toEqual(parts)
  })

  it.each([
    ['Werk'], // one name is no list
    ['Wonen en zorg'], // a title with `en` in it is one name
    ['Werk, Onderwijs'], // a part that names nothing
    ['Veilig fietsen en parkeren'],
    ['t1 en'] // an empty part
  ])('should not read %s as a list of names', (text) => {
    expect(splitNameList(text, isName)).toBeUndefined()
  })
})

describe('namesEveryPart', () => {
  it.each([["alle thema's"], ['Alle'], ['alle drie'], ['alle 4 sporen'], ['alle drie lijnen'], ['Algemeen'], ['overkoepelend'], ['thema-overstijgend'], ['Integraal.'], ['alle pijlers']])(
    'should read %s as every part',
    (text) => {
      expect(namesEveryPart(text, ['spoor', 'lijn', 'thema'])).toBe(true)
    }
  )

  it.each([['Wonen'], ['Alle kinderen'], ['Alle kinderen doen mee aan sport'], ['Algemene voorzieningen'], ['Alleen Wonen'], ['t1'], ['2'], ['alle sporen']])('should not read %s as every part', (text) => {
    // `alle sporen` in a plan whose parts are thema's names something else.
    expect(namesEveryPart(text, ['thema'])).toBe(false)
  })

  // Re-read mend A: a word that only starts like the plan's word is no plural of it.
  it.each([
    ['alle sportclubs', ['spoor']],
    ['alle projecten', ['programma']],
    ['alle themabijeenkomsten', ['thema']],
    ['alle lijnbussen', ['lijn']],
    ['alle prioriteitenlijsten', ['prioriteit']]
  ])('should not read %s as every part of %j', (text, kinds) => {
    expect(namesEveryPart(text, kinds)).toBe(false)
  })

  it.each([
    ['alle sporen', ['spoor']],
    ["alle thema’s", ['thema']],
    ['alle themas', ['thema']],
    ['alle actielijnen', ['actielijn']],
    ['alle bouwstenen', ['bouwsteen']],
    ['alle prioriteiten', ['prioriteit']],
    ['alle opgaven', ['opgave']],
    ['alle speerpunten', ['Speerpunten']]
  ])('should read %s as every part of %j', (text, kinds) => {
    expect(namesEveryPart(text, kinds)).toBe(true)
  })
})
