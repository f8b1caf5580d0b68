import { kapstok, modelValidation, type Plan, type Plugin } from '@kapstok/core'
import { describe, expect, it } from 'vitest'

const plan: Plan = { document: { gemeente: 'G', titel: 'T', soort: 'programmaplan', status: 'concept' } }

function source(model: unknown): Plugin {
  return function (this) {
    this.parser((_input, file) => {
      file.model = model as Plan
      file.sourceMap.set('', { file: 'plan.md', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } })
    })
  }
}

describe('processor', () => {
  it('should run validators, then transformers, then renderers', async () => {
    const order: string[] = []
    const plugin: Plugin = function () {
      this.validator('v', () => void order.push('validate'))
      this.transformer('t', (model) => {
        order.push('transform')
        return { ...model, document: { ...model.document, titel: 'Nieuw' } }
      })
      this.renderer('txt', (model) => {
        order.push('render')
        return [{ path: 'plan.txt', contents: model.document.titel }]
      })
    }
    const file = await kapstok().use(source(plan)).use(plugin).process({ path: 'x' }, { render: {} })
    expect(order).toEqual(['validate', 'transform', 'render'])
    expect(file.outputs).toEqual([{ path: 'plan.txt', contents: 'Nieuw' }])
  })

  it('should not transform or render a plan with errors unless forced', async () => {
    const broken = { document: { gemeente: 'G' } }
    const renderer: Plugin = function () {
      this.renderer('txt', () => [{ path: 'x.txt', contents: 'x' }])
    }
    const file = await kapstok().use(source(broken)).use(modelValidation).use(renderer).process({ path: 'x' }, { render: {} })
    expect(file.hasErrors).toBe(true)
    expect(file.outputs).toEqual([])
    const forced = await kapstok().use(source(broken)).use(modelValidation).use(renderer).process({ path: 'x' }, { render: {}, force: true })
    expect(forced.outputs.map((o) => o.path)).toEqual(['x.txt'])
  })

  it('should turn a crashing validator into an internal-error message and run the others', async () => {
    const plugin: Plugin = function () {
      this.validator('kapot', () => {
        throw new Error('stuk')
      })
      this.validator('heel', (_m, file) => void file.message('Nog een melding', { ruleId: 'heel', severity: 'warning', pointer: '' }))
    }
    const file = await kapstok().use(source(plan)).use(plugin).process({ path: 'x' })
    // Sorted by file: `plan.md` (located) before the plan path `x` (no place).
    expect(file.messages.map((m) => [m.ruleId, m.reason, m.file])).toEqual([
      ['heel', 'Nog een melding', 'plan.md'],
      ['internal-error', 'Interne fout in `kapot`: stuk. Meld dit als fout in kapstok.', 'x']
    ])
  })

  it('should apply a preset\'s plugins and settings once', async () => {
    let calls = 0
    const plugin: Plugin = function () {
      calls++
    }
    const processor = kapstok().use({ plugins: [plugin], settings: { a: 1 } }).use({ plugins: [plugin] })
    expect(calls).toBe(1)
    expect(processor.settings).toEqual({ a: 1 })
  })

  it('should refuse to parse without a parser, naming the fix', async () => {
    await expect(kapstok().parse({ path: 'x' })).rejects.toThrow('use a source plugin such as `markdownSource` first')
  })
})
