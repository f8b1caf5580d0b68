import { describe, expect, it } from 'vitest'
import { titleDrift } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Re-read rm3: a name right before a bracketed section number (`… (paragraaf 4.1)`) that the writer
// typed with two spaces or a tab between its words is still found where it stands.
const areas = ['# 4. Deelgebieden', '', '## 4.1 Oeverland', '', 'Tekst over het dal.', '', '## 4.2 Lindehof', '', 'Tekst over het hof.', '', '# 5. Kosten', '']

const defects: DefectWording[] = [
  ['a name with two spaces before a back reference', [...areas, 'De meeste bomen komen in Oever  Oost (paragraaf 4.1), langs de oever.'], 'Oever Oost'],
  ['a name with a tab before a back reference', [...areas, 'De speeltuin komt in Linde\tWest (zie 4.2) naast de school.'], 'Linde West']
]
const clean: CleanWording[] = [
  ['the title with two spaces before a back reference', [...areas, 'De meeste bomen komen in het  Oeverland (paragraaf 4.1), langs de oever.']]
]

describeWordings(titleDrift, defects, clean)

describe('title-drift rm3 locations', () => {
  it('should place a name typed with two spaces where it stands', async () => {
    const body = [...areas, 'De meeste bomen komen in Oever  Oost (paragraaf 4.1), langs de oever.']
    const text = wordingsPlan(body)
    const file = await checkMarkdown(titleDrift, text)
    const found = file.messages.filter((m) => m.ruleId === 'title-drift')
    expect(found).toHaveLength(1)
    const line = text.split('\n').findIndex((l) => l.startsWith('De meeste bomen')) + 1
    expect(found[0]?.line).toBe(line)
    expect(found[0]?.column).toBe('De meeste bomen komen in '.length + 1)
    expect(found[0]?.place).toMatchObject({ end: { column: 'De meeste bomen komen in Oever  Oost'.length + 1 } })
  })
})
