import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkKey, readKey, scoreGroup, type Finding } from '@kapstok/eval'

const finding = (line: number | null, severity: Finding['severity'], ruleId = 'r', file = 'a.md') => ({ file, line, ruleId, severity, message: `m${line}` })

const tiny = {
  name: 'tiny',
  defects: [
    { file: 'a.md', lines: [3], class: 'finance-sum', what: 'totaal' },
    { file: 'a.md', lines: [7, 8], class: 'placeholder', what: 'xxx' },
    { file: 'a.md', lines: [10], class: 'placeholder', what: 'TODO' },
    { file: 'b.md', lines: [3], class: 'stale-statement', what: 'oud' }
  ],
  clean: [{ file: 'a.md', line: 5 }],
  findings: [
    finding(3, 'error', 'sum'), // true error
    finding(8, 'warning', 'ph'), // true warning, second line of a two-line defect
    finding(10, 'info', 'ph'), // found only with info
    finding(5, 'error', 'sum'), // false error on a clean line
    finding(3, 'warning', 'ph', 'b.md'.replace('b', 'c')), // right line, wrong file: false
    finding(null, 'warning', 'meta') // no place: false
  ]
}

describe('scoreGroup', () => {
  const s = scoreGroup([tiny])

  it('should count a defect as found only by a warning or error on one of its lines in its file', () => {
    expect([s.defects, s.found, s.foundWithInfo]).toEqual([4, 2, 3])
    expect(s.recall).toBe(0.5)
    expect(s.recallWithInfo).toBe(0.75)
  })

  it('should list the misses, naming the rules that reported them as info', () => {
    expect(s.misses.map((m) => [m.line, m.info])).toEqual([[10, ['ph']], [3, []]])
  })

  it('should compute precision per severity and list false errors and hits on clean lines', () => {
    expect(s.errorPrecision).toBe(0.5)
    expect(s.warningPrecision).toBe(1 / 3)
    expect(s.falseErrors.map((f) => f.line)).toEqual([5])
    expect(s.cleanHits.map((f) => f.line)).toEqual([5])
  })

  it('should keep per-rule and per-class counts', () => {
    expect(s.rules.sum).toEqual({ findings: 2, error: { count: 2, true: 1 }, warning: { count: 0, true: 0 }, info: 0 })
    expect(s.rules.ph).toEqual({ findings: 3, error: { count: 0, true: 0 }, warning: { count: 2, true: 1 }, info: 1 })
    expect(s.classes.placeholder).toEqual({ defects: 2, found: 1, foundWithInfo: 2 })
  })

  it('should give no precision when a severity has no findings', () => {
    const empty = scoreGroup([{ name: 'e', defects: [], findings: [] }])
    expect([empty.recall, empty.errorPrecision, empty.warningPrecision]).toEqual([null, null, null])
  })
})

describe('checkKey', () => {
  it('should report an unknown class, a line out of range, a drifted anchor and a line both defect and clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kapstok-key-'))
    writeFileSync(join(dir, 'a.md'), 'één\ntwee\ndrie\n')
    writeFileSync(join(dir, '_answers.yaml'), [
      'defects:',
      '  - { file: a.md, line: 2, class: finance-sum, text: "twee", what: ok }',
      '  - { file: a.md, line: 3, class: nonsense, what: x }',
      '  - { file: a.md, line: 9, class: finance-sum, what: x }',
      '  - { file: a.md, line: 1, class: finance-sum, text: "drie", what: x }',
      '  - { file: b.md, line: 1, class: finance-sum, what: x }',
      'clean:',
      '  - { file: a.md, line: 2, what: x }'
    ].join('\n'))
    const problems = checkKey(readKey(join(dir, '_answers.yaml')), dir, { 'finance-sum': 'som' })
    expect(problems).toEqual([
      'a.md:3: unknown class nonsense',
      'a.md:9: line 9 out of range',
      'a.md:1: text "drie" is not on that line',
      'b.md:1: no such file',
      'a.md:2: both defect and clean'
    ])
  })
})
