import { describe, expect, it } from 'vitest'
import { kapstok, MAX_MESSAGES_PER_RULE, modelValidation, PlanFile, RENDER_FAILED, type Plan } from '@kapstok/core'

const valid = { document: { gemeente: 'Lindewaarde', titel: 'Plan', soort: 'beleidsnota', status: 'concept' } } as unknown as Plan

// A processor whose parser hands over a fixed model.
function withModel(model: unknown) {
  return kapstok()
    .parser((_input, file) => {
      file.model = model as Plan
    })
    .use(modelValidation)
}

describe('guarded stages', () => {
  it('should turn a check that throws on a valid model into one internal-error naming it, and run the others', async () => {
    const seen: string[] = []
    const processor = withModel(valid)
      .validator('kapotte-regel', () => {
        throw new TypeError('x is undefined')
      })
      .validator('goede-regel', () => {
        seen.push('goede-regel')
      })
    const file = await processor.parse({ path: 'plan.json' })
    await processor.validate(file)
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['internal-error', 'Interne fout in `kapotte-regel`: x is undefined. Meld dit als fout in kapstok.']
    ])
    expect(seen).toEqual(['goede-regel'])
  })

  it('should skip checks that throw on a model that failed the schema, with one message naming them all', async () => {
    const processor = withModel({ document: 'Lindewaarde', acties: 'geen lijst' })
    for (const name of ['regel-a', 'regel-b']) {
      processor.validator(name, (model) => {
        ;(model.acties ?? []).forEach(() => undefined)
      })
    }
    const file = await processor.parse({ path: 'plan.json' })
    await processor.validate(file)
    const ids = file.messages.map((m) => m.ruleId)
    expect(ids).not.toContain('internal-error')
    expect(file.messages.filter((m) => m.ruleId === 'checks-skipped').map((m) => [m.reason, m.fatal])).toEqual([
      ['`references`, `regel-a`, `regel-b` overgeslagen: het model voldoet niet aan het schema; los eerst de schemafouten op', undefined]
    ])
  })

  it('should list a renderer that throws, so a build writes nothing instead of a partial set', async () => {
    const processor = withModel(valid)
      .renderer('html', () => [{ path: 'plan.html', contents: '<p>' }])
      .renderer('pdf', () => {
        throw new Error('kapot')
      })
    const file = await processor.process({ path: 'plan.json' }, { render: {} })
    expect(file.data[RENDER_FAILED]).toEqual(['pdf'])
    expect(file.messages.map((m) => m.ruleId)).toEqual(['internal-error'])
  })

  it(`should list at most ${MAX_MESSAGES_PER_RULE} messages per rule and say how many more there are`, () => {
    const file = new PlanFile('plan.md')
    for (let i = 0; i < MAX_MESSAGES_PER_RULE + 50; i++) file.message(`Melding ${i}`, { ruleId: 'table-column-count' })
    file.message('Andere regel', { ruleId: 'ref-missing' })
    const counts = new Map<string, number>()
    for (const m of file.messages) counts.set(String(m.ruleId), (counts.get(String(m.ruleId)) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({ 'table-column-count': MAX_MESSAGES_PER_RULE, 'too-many-messages': 1, 'ref-missing': 1 })
    expect(file.messages.find((m) => m.ruleId === 'too-many-messages')?.reason).toBe(
      `Nog 50 meldingen van \`table-column-count\` niet getoond (maximaal ${MAX_MESSAGES_PER_RULE} per regel); los eerst de getoonde op`
    )
  })
})
