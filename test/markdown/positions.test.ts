import { describe, expect, it } from 'vitest'
import { check, front, read } from './helpers.js'

const agenda = `${front}
# Thema's

## Sociale basis {#t1}

# Uitvoeringsagenda

## [Sociale basis](#t1)

| Id | Activiteit | Start | Eind |
|---|---|---|---|
| a1 | Powerful Ageing | medio 2022 | 12-2023 |
| a2 | Moeders | 2021 |  |
`

describe('reader: positions', () => {
  it('should give every table cell its exact line and column', async () => {
    const file = await read(agenda)
    expect(file.sourceMap.get('/acties/0/start')).toEqual({
      file: 'plan.md',
      start: { line: 20, column: 26, offset: 278 },
      end: { line: 20, column: 36, offset: 288 }
    })
    const { start } = file.sourceMap.get('/acties/1/activiteit') ?? {}
    expect([start?.line, start?.column]).toEqual([21, 8])
  })

  it('should keep the place of an empty cell although its value is left out', async () => {
    const file = await read(agenda)
    expect(file.model?.acties?.[1]).toEqual({ id: 'a2', pijler: 't1', activiteit: 'Moeders', start: '2021' })
    expect(file.sourceMap.get('/acties/1/eind')?.start.line).toBe(21)
  })

  it('should position frontmatter values on their own line', async () => {
    const file = await read(front)
    expect(file.sourceMap.get('/document/status')?.start).toMatchObject({ line: 6, column: 9 })
  })

  it('should report a bad id in a table cell at that cell', async () => {
    const file = await check({ 'plan/plan.md': agenda.replace('| a2 |', '| a#2 |') })
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['schema-id', 21, 3]])
  })

  it('should keep positions of YAML partials merged after Markdown lists', async () => {
    const file = await check({
      'plan/01.md': `${front}\n# Opgaven\n\n- Eerste\n`,
      'plan/02.yaml': 'opgaven:\n  - id: o2\n    titel: Tweede\n    kleur: rood\n'
    })
    expect(file.model?.opgaven?.map((o) => o.id)).toEqual(['opgave-1', 'o2'])
    expect(file.messages.map((m) => [m.ruleId, m.file, m.line, m.column])).toEqual([['schema-unknown-field', 'plan/02.yaml', 4, 12]])
  })

  it('should read a whole model from one JSON file with positions', async () => {
    const json = JSON.stringify({ document: { gemeente: 'G', titel: 'T', soort: 'agenda', status: 'klaar' } }, null, 2)
    const file = await check({ 'model.json': json }, 'model.json')
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['schema-enum', 6, 15]])
  })
})
