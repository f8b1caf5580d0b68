import { describe, expect, it } from 'vitest'
import { gitlab } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

describe('gitlab', () => {
  it('should write one code-quality issue per message with check name, severity and a relative location', () => {
    const issues = JSON.parse(gitlab(sampleInput()))
    expect(issues.map((issue: { check_name: string; severity: string; location: unknown; description: string }) => [
      issue.check_name, issue.severity, issue.location, issue.description
    ])).toEqual([
      ['heading-case', 'minor', { path: 'agenda.md', lines: { begin: 3 } }, 'Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`'],
      ['agenda-date-order', 'major', { path: 'agenda.md', lines: { begin: 12 } }, 'Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`'],
      ['reference-exists', 'major', { path: 'begroting.md', lines: { begin: 40 } }, 'Onbekend programma `P9`: gebruik een id uit `programmas`']
    ])
  })

  it('should map info to `info`, and a message without a place to line 1', () => {
    const issues = JSON.parse(gitlab({ cwd, files: [{ path: `${cwd}/plan.yaml`, messages: [diagnostic('Ter info', 'rule-b', 'info', 'plan.yaml')] }] }))
    expect(issues).toHaveLength(1)
    expect(issues[0].severity).toBe('info')
    expect(issues[0].location).toEqual({ path: 'plan.yaml', lines: { begin: 1 } })
  })

  it('should keep a fingerprint when the finding moves to another line, and tell repeated findings apart', () => {
    const at = (line: number) => JSON.parse(gitlab({ cwd, files: [{ path: `${cwd}/a.md`, messages: [diagnostic('Dubbel', 'rule-a', 'warning', 'a.md', line)] }] }))[0].fingerprint
    expect(at(3)).toBe(at(9))
    const twice = JSON.parse(gitlab({ cwd, files: [{ path: `${cwd}/a.md`, messages: [diagnostic('Dubbel', 'rule-a', 'warning', 'a.md', 3), diagnostic('Dubbel', 'rule-a', 'warning', 'a.md', 7)] }] }))
    expect(twice[0].fingerprint).not.toBe(twice[1].fingerprint)
    expect(twice[0].fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should write an empty array when there are no messages', () => {
    expect(JSON.parse(gitlab({ files: [] }))).toEqual([])
  })
})
