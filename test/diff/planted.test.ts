// Plant known changes in a copy of an example and check that the report lists exactly those.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agendaPlanning, kapstok, type Plan } from '@kapstok/core'
import { comparePlans, countChanges, type ChangeReport } from '@kapstok/diff'
import { markdownSource } from '@kapstok/markdown'

const example = path.resolve(import.meta.dirname, '../../examples/hoogeveen-sociaal-domein')
const scratch = mkdtempSync(path.join(tmpdir(), 'kapstok-diff-'))
const copy = path.join(scratch, 'plan')

/** Replace exactly one occurrence of `from` in a file of the copy. */
function plant(file: string, from: string, to: string): void {
  const full = path.join(copy, file)
  const text = readFileSync(full, 'utf8')
  const count = text.split(from).length - 1
  if (count !== 1) throw new Error(`Cannot plant in \`${file}\`: \`${from}\` occurs ${count} times`)
  writeFileSync(full, text.replace(from, to))
}

/** The row whose end date is moved: a dated end, unlike its start, after the removed row. */
function movedRow(plan: Plan) {
  return (plan.acties ?? []).filter((a) => a.pijler === 't1').find((a, i) => i > 2 && a.planning?.eind && a.eind !== a.start)!
}

async function read(dir: string): Promise<Plan> {
  const file = await kapstok().use(markdownSource).use(agendaPlanning).process({ path: dir }, { render: { formats: [] }, force: true })
  return file.model as Plan
}

describe('a report of planted changes', () => {
  let before: Plan
  let after: Plan
  let report: ChangeReport

  beforeAll(async () => {
    cpSync(example, copy, { recursive: true })
    before = await read(example)
    const rows = (before.acties ?? []).filter((a) => a.pijler === 't1')
    const removed = rows[2]!.activiteit
    const moved = movedRow(before)
    // A row added after the first row of the first theme (shifting every generated id below it).
    const agenda = readFileSync(path.join(copy, '13-uitvoeringsagenda.md'), 'utf8').split('\n')
    const first = agenda.findIndex((line) => line.startsWith(`| ${rows[0]!.activiteit.slice(0, 40)}`))
    agenda.splice(first + 1, 0, '| Buurtbudgetten voor bewonersinitiatieven in elke wijk | Meer eigen kracht in de wijk | 2024 | 12-2025 | Wmo | |')
    // A row removed.
    const gone = agenda.findIndex((line) => line.startsWith(`| ${removed.slice(0, 40)}`))
    agenda.splice(gone, 1)
    writeFileSync(path.join(copy, '13-uitvoeringsagenda.md'), agenda.join('\n'))
    // A date moved: the end of another row, a year later.
    const line = agenda.find((l) => l.startsWith(`| ${moved.activiteit.slice(0, 40)}`))!
    plant('13-uitvoeringsagenda.md', line, line.replace(`| ${moved.eind} |`, '| 12-2026 |'))
    // An amount changed (and so the computed total of its column).
    plant('08-financien.md', '|  |  |  |  | 150.000 |', '|  |  |  |  | 200.000 |')
    // A principe renamed.
    plant('05-principes.md', '## 3. In onze dienstverlening staat centraal wat de inwoner nodig heeft {#p3}', '## 3. In onze dienstverlening staat centraal wat de inwoner echt nodig heeft {#p3}')
    // A paragraph edited.
    plant('02-inleiding.md', 'de doelen van het programmaplan en de ontwikkelingen', 'de doelen van het programmaplan en de landelijke ontwikkelingen')
    after = await read(copy)
    report = comparePlans(before, after)
  }, 120_000)

  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('should report the added and the removed row, and no other', () => {
    expect(report.agenda.added.map((r) => r.activiteit)).toEqual(['Buurtbudgetten voor bewonersinitiatieven in elke wijk'])
    const rows = (before.acties ?? []).filter((a) => a.pijler === 't1')
    expect(report.agenda.removed.map((r) => r.activiteit)).toEqual([rows[2]!.activiteit])
  })

  it('should report the moved date as the one changed cell of its row, a later end', () => {
    const moved = movedRow(before)
    expect(report.agenda.changed).toHaveLength(1)
    const [row] = report.agenda.changed
    expect(row!.old.activiteit).toBe(moved.activiteit)
    expect(row!.cells).toEqual([{ field: 'eind', old: moved.eind, new: '12-2026' }])
    expect(row!.moved).toHaveLength(1)
    expect(row!.moved[0]!.days).toBeGreaterThan(0)
  })

  it('should report the amount old → new and its effect on the computed total', () => {
    expect(report.amounts.changed.map((c) => [c.column, c.old?.centen, c.new?.centen, c.delta])).toEqual([['2025', 15_000_000, 20_000_000, 5_000_000]])
    expect(report.amounts.totals.map((t) => [t.row, t.column, t.old, t.new])).toEqual([['Totaal per jaar', '2025', 190_000_000, 195_000_000]])
  })

  it('should report the renamed principe and no pijler changes', () => {
    expect(report.principes).toEqual({
      added: [],
      removed: [],
      renamed: [{ id: 'p3', old: 'In onze dienstverlening staat centraal wat de inwoner nodig heeft', new: 'In onze dienstverlening staat centraal wat de inwoner echt nodig heeft' }]
    })
    expect(report.pijlers).toEqual({ added: [], removed: [], renamed: [] })
  })

  it('should report the edited paragraph as a word-level renvooi, and no other text', () => {
    expect(report.prose).toHaveLength(1)
    const [prose] = report.prose
    expect(prose!.kind).toBe('changed')
    expect(prose!.parts.filter((p) => p.change !== 'same')).toEqual([{ text: 'landelijke', change: 'added' }])
  })

  it('should count exactly the six planted changes', () => {
    expect(report.document).toEqual([])
    expect(countChanges(report)).toBe(6)
  })

  it('should report nothing for a version compared with itself', () => {
    expect(countChanges(comparePlans(after, after))).toBe(0)
  })
})
