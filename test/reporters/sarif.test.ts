import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ValidateFunction } from 'ajv'
import { sarif } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

// ajv-formats is CommonJS; under ESM its function may be on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void

/** Docs URL of a fixture rule. */
const docs = (id: string) => `https://github.com/kapstok/kapstok/blob/main/docs/rules/${id}.md`

let validate: ValidateFunction

beforeAll(() => {
  // The OASIS SARIF 2.1.0 schema; see fixtures/README.md for where it comes from.
  const schema = JSON.parse(readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  validate = ajv.compile(schema)
})

/**
 * Validation errors of a SARIF log as `path message` lines (empty when valid).
 */
function errorsOf(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}

describe('sarif', () => {
  it('should write a log that is valid against the SARIF 2.1.0 schema', () => {
    expect(errorsOf(JSON.parse(sarif(sampleInput())))).toEqual([])
    expect(errorsOf(JSON.parse(sarif({ files: [] })))).toEqual([])
  })

  it('should reject an invalid log (the schema check can fail)', () => {
    const log = JSON.parse(sarif(sampleInput()))
    log.runs[0].results[0].level = 'info'
    delete log.runs[0].tool.driver.name
    expect(errorsOf(log)).toContain('/runs/0/results/0/level must be equal to one of the allowed values')
    expect(errorsOf(log)).toContain("/runs/0/tool/driver must have required property 'name'")
  })

  it('should describe kapstok and its rules in `tool.driver`, adding rules only seen in messages', () => {
    const log = JSON.parse(sarif(sampleInput()))
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const { driver } = log.runs[0].tool
    expect([driver.name, driver.informationUri, driver.version, driver.semanticVersion]).toEqual([
      'kapstok', 'https://github.com/kapstok/kapstok', '0.1.0', '0.1.0'
    ])
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['agenda-date-order', 'heading-case', 'reference-exists'])
    expect(driver.rules[0]).toEqual({
      id: 'agenda-date-order',
      name: 'AgendaDateOrder',
      shortDescription: { text: 'Einddatum ligt niet vóór de startdatum' },
      fullDescription: { text: 'Einddatum ligt niet vóór de startdatum' },
      help: {
        text: `Einddatum ligt niet vóór de startdatum\n\nZie ${docs('agenda-date-order')}`,
        markdown: `Einddatum ligt niet vóór de startdatum\n\nZie ${docs('agenda-date-order')}`
      },
      helpUri: docs('agenda-date-order'),
      defaultConfiguration: { level: 'error' }
    })
    // An id only seen in a message (a reader check) is still fully described.
    expect(driver.rules[2]).toMatchObject({ id: 'reference-exists', helpUri: docs('reference-exists'), defaultConfiguration: { level: 'error' } })
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text, rule.id).not.toBe('')
      expect(rule.fullDescription.text, rule.id).not.toBe('')
      expect(rule.help.text, rule.id).not.toBe('')
    }
  })

  it('should use the full description and Markdown help of a rule when given', () => {
    const input = sampleInput()
    input.rules = [{ ...input.rules![0]!, fullDescription: 'Vergelijkt start en eind per rij.', help: 'Zet de `eind` na de `start`.' }]
    const rule = JSON.parse(sarif(input)).runs[0].tool.driver.rules[0]
    expect(rule.fullDescription).toEqual({ text: 'Vergelijkt start en eind per rij.' })
    expect(rule.help).toEqual({ text: 'Zet de eind na de start.', markdown: 'Zet de `eind` na de `start`.' })
  })

  it('should declare `%SRCROOT%` as the folder the paths are relative to', () => {
    const log = JSON.parse(sarif(sampleInput()))
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///werk/plan/' } })
  })

  it('should write one result per message with rule index, level, text and a relative location', () => {
    const log = JSON.parse(sarif(sampleInput()))
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'heading-case',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'agenda.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 }
            }
          }
        ]
      },
      {
        ruleId: 'agenda-date-order',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'agenda.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 10 }
            }
          }
        ]
      },
      {
        ruleId: 'reference-exists',
        ruleIndex: 2,
        level: 'error',
        message: { text: 'Onbekend programma `P9`: gebruik een id uit `programmas`' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'begroting.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 40, startColumn: 15, endLine: 40, endColumn: 17 }
            }
          }
        ]
      }
    ])
  })

  it('should map info to `note`, omit the region without a place and percent-encode paths', () => {
    const input = {
      cwd,
      files: [
        { path: `${cwd}/beleid 2024/a#1.md`, messages: [diagnostic('Ter info', 'rule-b', 'info', 'a.md', 2, 1, 3)] },
        { path: `${cwd}/plan.yaml`, messages: [diagnostic('Geen documenten', 'plan-empty', 'error', 'plan.yaml')] }
      ]
    }
    const log = JSON.parse(sarif(input))
    expect(errorsOf(log)).toEqual([])
    expect(log.runs[0].results.map((result: { level: string }) => result.level)).toEqual(['note', 'error'])
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'beleid%202024/a%231.md',
      uriBaseId: '%SRCROOT%'
    })
    expect(log.runs[0].results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'plan.yaml', uriBaseId: '%SRCROOT%' }
    })
  })

  it('should use a `file:` URI for an absolute path when no `cwd` is given, and no version when unknown', () => {
    const log = JSON.parse(sarif({ files: [{ path: '/werk/plan/a.md', messages: [diagnostic('Fout', 'rule-a', 'error', 'a.md', 1)] }] }))
    expect(errorsOf(log)).toEqual([])
    expect(log.runs[0].tool.driver.version).toBeUndefined()
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///werk/plan/a.md' })
  })
})
