import { describe, expect, it } from 'vitest'
import { conversionArtifact, unfinishedSentence } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

/**
 * A pasted continuation row is one defect, reported by `conversion-artifact`: the cut cell in
 * the row above it stops mid-phrase only because its rest stands below, so the other rules stay
 * quiet on that cell (the runner silences what `continuationPointers` lists).
 */
function agendaPlan(rows: string[]): string {
  return [
    '---',
    'gemeente: Sluiswijk',
    'titel: Uitvoeringsagenda Wonen 2026-2029',
    'soort: programmaplan',
    'periode: 2026-2029',
    'status: concept',
    '---',
    '',
    '# Uitvoeringsagenda',
    '',
    '| Thema | Activiteit | Start | Eind | Trekker |',
    '|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}

describe('continuation rows', () => {
  it('should leave a cell cut by a continuation row below to conversion-artifact', async () => {
    const text = agendaPlan(['| Wonen | Huurders begeleiden bij verhuizing naar een woning met | 2026 | 2027 | Team wonen |', '| | een lift of een slaapkamer beneden | | | |'])
    const unfinished = await checkMarkdown(unfinishedSentence, text)
    expect(unfinished.messages.map((m) => m.ruleId)).toEqual([])
    const artifact = await checkMarkdown(conversionArtifact, text)
    expect(artifact.messages.map((m) => m.ruleId)).toEqual(['conversion-artifact'])
  })

  it('should still report a cut cell without a continuation row below', async () => {
    const text = agendaPlan(['| Wonen | Huurders begeleiden bij verhuizing naar een woning met | 2026 | 2027 | Team wonen |', '| Zorg | Een vast aanspreekpunt voor mantelzorgers | 2026 | 2028 | Team zorg |'])
    const file = await checkMarkdown(unfinishedSentence, text)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unfinished-sentence'])
  })
})
