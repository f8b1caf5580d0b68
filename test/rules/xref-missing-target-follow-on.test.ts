import { describe, expect, it } from 'vitest'
import { checkMarkdown } from './helpers.js'
import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// A list numbered with a slip (`1, 2, 3, 4, 4`) still has a fifth item: "principe 5" may mean
// it, so it is a warning that names the slip, not an error; a number beyond the list stays an
// error. Fresh wordings.
const slipped = (n: number): string[] => [
  '# Leidende principes',
  '',
  ...['Dichtbij', 'Eenvoudig', 'Samen', 'Preventief', 'Eerlijk'].slice(0, n).flatMap((title, i) => [`## ${Math.min(i + 1, 4)}. ${title}`, '', 'Tekst.', ''])
]

const defects: DefectWording[] = [
  ['a principe beyond a slipped list', ['# Inleiding', '', 'Dit volgt uit principe 7.', '', ...slipped(5)], 'principe 7'],
  ['principes in a list, one beyond a slipped list', ['# Inleiding', '', 'De principes 2 en 6 gaan over de toegang.', '', ...slipped(5)], 'principes 2 en 6'],
  ['a principe beyond a list without a slip', ['# Inleiding', '', 'Dit volgt uit principe 5.', '', ...slipped(4)], 'principe 5'],
  ['the fifth principe of a list numbered 1, 2, 3, 4, 4', ['# Inleiding', '', 'Dit volgt uit principe 5.', '', ...slipped(5)], 'is het vijfde bedoeld?']
]

const clean: CleanWording[] = [
  ['principes that exist in a slipped list', ['# Inleiding', '', 'De principes 2, 3 en 4 gaan over de toegang.', '', ...slipped(5)]],
  ['a principe of a slipped list in a heading', ['# Uitwerking van principe 1', '', 'Tekst.', '', ...slipped(5)]],
  ['a principe of a list without a slip', ['# Inleiding', '', 'Dit volgt uit principe 4.', '', ...slipped(4)]]
]

describeWordings(xrefMissingTarget, defects, clean)

describe('xref-missing-target severity after a numbering slip', () => {
  it('should warn, not err, on a number the slipped list has by position', async () => {
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(defects[3]?.[1] ?? []))
    expect(file.messages.filter((m) => m.ruleId === 'xref-missing-target').map((m) => m.fatal)).toEqual([false])
  })
})

describe('xref-missing-target on chapters without numbers', () => {
  it('should give warnings, not errors, for chapters beyond the count of unnumbered chapters (an excerpt)', async () => {
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(['# Inleiding', '', 'De kaders staan in hoofdstuk 4 en de financiën in hoofdstuk 6.', '', '# Kaders', '', 'Tekst.']))
    const found = file.messages.filter((m) => m.ruleId === 'xref-missing-target')
    expect(found.map((m) => m.fatal)).toEqual([false, false])
  })

  it('should keep an error for a chapter number the numbered chapters do not have', async () => {
    const file = await checkMarkdown(xrefMissingTarget, wordingsPlan(['# 1 Inleiding', '', 'De financiën staan in hoofdstuk 6.', '', '# 2 Kaders', '', 'Tekst.']))
    expect(file.messages.filter((m) => m.ruleId === 'xref-missing-target').map((m) => m.fatal)).toEqual([true])
  })
})
