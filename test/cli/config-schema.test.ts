import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentKinds } from '@kapstok/documents'
import { agendaColumns, sectionKinds } from '@kapstok/markdown'
import { presetSettings } from '@kapstok/rules'

const schema = JSON.parse(readFileSync(new URL('../../packages/cli/schemas/kapstok.config.schema.json', import.meta.url), 'utf8'))

// The schema is a static file editors read; these keep it in step with what the code accepts.
describe('kapstok.config.schema.json', () => {
  it('should list exactly the section roles the reader knows', () => {
    expect([...schema.properties.sections.additionalProperties.enum].sort()).toEqual([...sectionKinds].sort())
  })

  it('should list exactly the agenda column fields the reader knows, under `columns` and `kolommen`', () => {
    const fields = Object.keys(agendaColumns).sort()
    expect([...schema.properties.columns.propertyNames.enum].sort()).toEqual(fields)
    expect([...schema.properties.kolommen.propertyNames.enum].sort()).toEqual(fields)
  })

  it('should list exactly the documents that take options', () => {
    expect([...schema.properties.documents.propertyNames.enum].sort()).toEqual([...documentKinds].sort())
  })

  it('should list the presets rules can extend', () => {
    expect(schema.properties.extends.anyOf[0].enum).toEqual(['recommended', 'strict'])
    expect(() => presetSettings('strict')).not.toThrow()
  })

  it('should describe every property, for editors', () => {
    const missing: string[] = []
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const [key, value] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (key !== '$schema' && typeof value.description !== 'string') missing.push(`${path}${key}`)
        walk(value, `${path}${key}.`)
      }
    }
    walk(schema, '')
    expect(missing).toEqual([])
  })
})

describe('plan.schema.json agendaKolommen', () => {
  it('should allow a header for every agenda column field the reader knows', () => {
    const plan = JSON.parse(readFileSync(new URL('../../packages/core/schemas/plan.schema.json', import.meta.url), 'utf8'))
    expect([...plan.properties.agendaKolommen.propertyNames.enum].sort()).toEqual(Object.keys(agendaColumns).sort())
  })
})
