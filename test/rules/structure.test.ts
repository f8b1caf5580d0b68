import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { numberingSequence, pubRequiredFields, requiredSections, runRule, type Rule } from '@kapstok/rules'
import { check, model } from './helpers.js'

/** Read a plan folder of in-memory files and run one rule; returns `file:line reason`. */
async function checkFolder(rule: Rule, files: Record<string, string>): Promise<string[]> {
  const file = await readPlan({ path: 'plan', files })
  if (!file.model) throw new Error('did not parse')
  runRule(rule.rule, rule.check, file.model, file, {})
  return file.messages.filter((m) => m.ruleId === rule.rule.id).map((m) => `${m.file}:${m.line} ${m.reason}`)
}

const front = '---\ngemeente: Wadderveen\ntitel: Programma Meedoen\nsoort: beleidsnota\nstatus: concept\ndatum: 2025-02-03\n---\n\n'

describe('numbering-sequence across the files of a plan folder', () => {
  it('should continue chapter numbers from one file to the next', async () => {
    const files = { 'plan/01.md': front + '# 1. Inleiding\n\nTekst.\n', 'plan/02.md': '# 2. Aanpak\n\nTekst.\n', 'plan/03.md': '# 4. Financiën\n\nTekst.\n' }
    expect(await checkFolder(numberingSequence, files)).toEqual(['plan/03.md:1 Nummer `4` volgt op `2`; verwacht `3`'])
  })

  it('should not call a moved paragraph missing', async () => {
    const files = { 'plan/01.md': front + '# 2. Inleiding\n\n## 2.1 A\n\nx\n\n## 2.3 C\n\nx\n', 'plan/02.md': '## 2.2 B\n\nx\n' }
    expect(await checkFolder(numberingSequence, files)).toEqual([])
  })

  it('should check the numbers of bijlage headings but not a list in the text of a bijlage', async () => {
    const text = front + '# Bijlagen\n\n## Bijlage 1: Verkenning\n\n1. Eerste\n\n3. Derde\n\n## Bijlage 3: Cijfers\n\nTekst.\n'
    expect(await checkFolder(numberingSequence, { 'plan/01.md': text })).toEqual(['plan/01.md:17 Nummer `3` volgt op `1`; verwacht `2`'])
  })
})

describe('adoption and publication', () => {
  it('should read who adopts the plan from publicatie.vastgesteldDoor when the document does not say', () => {
    const plan = model({}, { soort: 'uitvoeringsprogramma', status: 'vastgesteld', publicatie: { vastgesteldDoor: 'het college' } })
    expect(check(requiredSections, { ...plan, acties: [{ id: 'a1', activiteit: 'x' }] })).toEqual([])
  })

  it('should demand no publication data from an adopted plan that does not say it is a regeling', () => {
    expect(check(pubRequiredFields, model({}, { status: 'vastgesteld' }))).toEqual([])
  })

  it('should report a missing publicatie block once when the plan says it is a regeling', () => {
    expect(check(pubRequiredFields, model({}, { status: 'vastgesteld', regeling: true }))).toHaveLength(1)
  })
})
