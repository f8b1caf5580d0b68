import { describe, expect, it } from 'vitest'
import { json } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

/** Docs URL of a fixture rule. */
const docs = (id: string) => `https://github.com/kapstok/kapstok/blob/main/docs/rules/${id}.md`

describe('json', () => {
  it('should list every message with its file relative to `cwd`, sorted by place per file', () => {
    expect(JSON.parse(json(sampleInput()))).toEqual([
      {
        file: 'agenda.md',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 10,
        ruleId: 'heading-case',
        severity: 'warning',
        message: 'Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`',
        url: docs('heading-case')
      },
      {
        file: 'agenda.md',
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 10,
        ruleId: 'agenda-date-order',
        severity: 'error',
        message: 'Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`',
        url: docs('agenda-date-order')
      },
      {
        file: 'begroting.md',
        line: 40,
        column: 15,
        endLine: 40,
        endColumn: 17,
        ruleId: 'reference-exists',
        severity: 'error',
        message: 'Onbekend programma `P9`: gebruik een id uit `programmas`',
        url: docs('reference-exists')
      }
    ])
  })

  it('should pretty-print with two spaces and no final newline', () => {
    const input = { cwd, files: [{ path: `${cwd}/a.md`, messages: [diagnostic('Ter info', 'rule-b', 'info', 'a.md', 2, 1, 3)] }] }
    expect(json(input)).toBe(
      [
        '[',
        '  {',
        '    "file": "a.md",',
        '    "line": 2,',
        '    "column": 1,',
        '    "endLine": 2,',
        '    "endColumn": 3,',
        '    "ruleId": "rule-b",',
        '    "severity": "info",',
        '    "message": "Ter info",',
        `    "url": "${docs('rule-b')}"`,
        '  }',
        ']'
      ].join('\n')
    )
  })

  it('should give `null` positions for a message without a place', () => {
    const input = { cwd, files: [{ path: `${cwd}/plan.yaml`, messages: [diagnostic('Geen documenten', 'plan-empty', 'error', 'plan.yaml')] }] }
    expect(JSON.parse(json(input))).toEqual([
      {
        file: 'plan.yaml',
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        ruleId: 'plan-empty',
        severity: 'error',
        message: 'Geen documenten',
        url: docs('plan-empty')
      }
    ])
  })

  it('should keep relative paths as given and print an empty array when there are no messages', () => {
    const message = diagnostic('Fout', 'rule-a', 'error', 'a.md', 1)
    expect(JSON.parse(json({ files: [{ path: 'plan/a.md', messages: [message] }] }))[0].file).toBe('plan/a.md')
    expect(json({ cwd, files: [{ path: `${cwd}/clean.md`, messages: [] }] })).toBe('[]')
  })
})
