import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPlan, checkPlan } from 'kapstok'

const plan = (agenda: string) => `---
gemeente: Noordveen
titel: Samen verder
soort: programmaplan
periode: 2026-2029
status: concept
datum: 2026-01-15
---

# Ambitie

Iedereen doet mee.

# Thema's

## Meedoen {#t1}

Waarom meedoen ertoe doet.

# Uitvoeringsagenda

## [Meedoen](#t1)

| Activiteit | Doel | Start | Afronding |
|---|---|---|---|
${agenda}

# Financiën

| Onderdeel | 2026 |
|---|---|
| Meedoen | 10.000 |
| Overig | 5.000 |
| Totaal | 15.000 |
`
const clean = plan('| Buurtteams | Hulp dichtbij | 2026 | 2027 |')
const endBeforeStart = plan('| Buurtteams | Hulp dichtbij | 2027 | 2026 |')

describe('kapstok API', () => {
  it('should run the policy rules on files in memory and return plain, placed messages', async () => {
    const result = await checkPlan({ files: { 'plan.md': endBeforeStart } })
    expect(result.ok).toBe(false)
    expect(result.counts.error).toBe(1)
    expect(result.messages).toEqual([expect.objectContaining({ file: 'plan.md', line: 26, column: 39, severity: 'error', ruleId: 'agenda-date-order', message: expect.stringContaining('Einddatum `2026`') })])
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('should take rule settings from `config`', async () => {
    const result = await checkPlan({ files: { 'plan.md': endBeforeStart } }, { config: { rules: { 'agenda-date-order': 'off' } } })
    expect(result.ok).toBe(true)
  })

  it('should read a plan folder from disk with its own kapstok.config.yaml', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-api-'))
    await writeFile(join(dir, 'plan.md'), endBeforeStart)
    await writeFile(join(dir, 'kapstok.config.yaml'), 'rules:\n  agenda-date-order: warn\n')
    const result = await checkPlan(dir)
    expect(result.ok).toBe(true)
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['agenda-date-order', 'warning']])
  })

  it('should build HTML and PDF in memory, one self-contained HTML string on request', async () => {
    const result = await buildPlan({ files: { 'plan.md': clean } }, { documents: ['programmaplan'], standalone: true })
    expect(result.ok).toBe(true)
    expect(Object.keys(result.outputs).sort()).toEqual(['programmaplan.html', 'programmaplan.pdf'])
    expect(result.outputs['programmaplan.html']).toContain('<style>')
    expect(result.outputs['programmaplan.html']).not.toContain('<link rel="stylesheet"')
    expect(Buffer.from(result.outputs['programmaplan.pdf'] as Uint8Array).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('should build nothing when there are errors, unless forced', async () => {
    expect((await buildPlan({ files: { 'plan.md': endBeforeStart } }, { formats: ['md'] })).outputs).toEqual({})
    const forced = await buildPlan({ files: { 'plan.md': endBeforeStart } }, { formats: ['md'], force: true })
    expect(Object.keys(forced.outputs)).toContain('programmaplan.md')
  })
})
