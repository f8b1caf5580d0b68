import { describe, expect, it } from 'vitest'
import { buildPlan } from 'kapstok'

// Agendas name a row's pijler in their Thema column in more ways than one title: by number, by a
// list of several, or as belonging to all of them. None of these is a broken reference.
const plan = (cell: string): string => `---
gemeente: Ravenswoude
titel: Uitvoeringsprogramma Fietsen 2027-2030
soort: uitvoeringsprogramma
periode: 2027-2030
status: concept
datum: 2026-11-01
vastgesteldDoor: college
---

# Thema's

## Thema 1: Veilig fietsen {#t1}

Tekst.

## Thema 2: Meer stallingen {#t2}

Tekst.

## Thema 3: Wonen en zorg {#t3}

Tekst.

# Uitvoeringsagenda

| Activiteit | Thema | Gereed |
|---|---|---|
| Snelheid omlaag | Veilig fietsen | 2027 |
| Stallingen bij het station | t2 | 2028 |
| Fietsroute naar de zorghub | Wonen en zorg | 2028 |
| Monitor fietsgebruik | ${cell} | 2029 |
`

const check = async (cell: string) => {
  // The model as the JSON output writes it: what every document is made from.
  const result = await buildPlan({ files: { 'plan.md': plan(cell) } }, { formats: ['json'], force: true })
  const model = JSON.parse(String(result.outputs['model.json'] ?? '{}')) as {
    acties?: Array<{ pijler?: string; verwijzingen?: string[]; overig?: Record<string, string>; allePijlers?: boolean }>
  }
  return {
    errors: result.messages.filter((m) => m.severity === 'error' || m.ruleId === 'ref-missing' || m.ruleId === 'title-drift').map((m) => `${m.ruleId}: ${m.message}`),
    row: model.acties?.[3]
  }
}

describe('an agenda pijler cell that names several pijlers or all of them', () => {
  it.each([
    ['1 en 2', 't1', ['t2']],
    ['Veilig fietsen, Meer stallingen', 't1', ['t2']],
    ['t2 / t3', 't2', ['t3']],
    ['Wonen en zorg en Veilig fietsen', 't3', ['t1']],
    ['Thema 1, 2 en 3', 't1', ['t2', 't3']],
    // Re-read mend A: a pijler named twice among the others is referred to once.
    ['Veilig fietsen, Meer stallingen, Meer stallingen', 't1', ['t2']],
    ['1, 3 en 3', 't1', ['t3']]
  ])('should give %s its first pijler and refer to the others', async (cell, pijler, others) => {
    const { errors, row } = await check(cell)
    expect(errors).toEqual([])
    expect(row?.pijler).toBe(pijler)
    expect(row?.verwijzingen).toEqual(others)
    // Nothing lost: the cell as written stays in the row.
    expect(row?.overig?.Thema).toBe(cell)
  })

  it.each([['2'], ['Thema 2']])('should resolve the bare number %s of a numbered thema', async (cell) => {
    const { errors, row } = await check(cell)
    expect(errors).toEqual([])
    expect(row?.pijler).toBe('t2')
  })

  it.each([["alle thema's"], ['Alle'], ['alle drie'], ['algemeen'], ['Thema-overstijgend']])('should read %s as the whole programme, kept as written', async (cell) => {
    const { errors, row } = await check(cell)
    expect(errors).toEqual([])
    expect(row?.pijler).toBeUndefined()
    expect(row?.allePijlers).toBe(true)
    expect(row?.overig?.Thema).toBe(cell)
  })

  it('should mark no row of a single pijler, a list or a cell that names nothing as the whole programme', async () => {
    for (const cell of ['Meer stallingen', '1 en 2', 'Alle kinderen']) expect((await check(cell)).row?.allePijlers, cell).toBeUndefined()
  })

  it("should put a row for all pijlers under the programme's own group in the documents, not under the left-overs", async () => {
    const result = await buildPlan({ files: { 'plan.md': plan("alle thema's") } }, { formats: ['md'], force: true })
    const markdown = String(Object.entries(result.outputs).find(([name]) => name.endsWith('.md'))?.[1] ?? '')
    const group = /### Programmabrede acties[\s\S]*?(?=\n#|$)/.exec(markdown)?.[0] ?? ''
    expect(group).toContain('Monitor fietsgebruik')
    expect(markdown).not.toContain('Overige acties')
    // Every pijler has a row (this one counts for all of them): no pillar-without-actions.
    expect(result.messages.filter((m) => m.ruleId === 'pillar-without-actions' || m.ruleId === 'action-without-pillar')).toEqual([])
  })

  it.each([['Veilig fietsen, Onderwijs'], ['4'], ['Alle kinderen'], ['t1 en t9']])('should still report %s, which names something that does not exist', async (cell) => {
    const { errors } = await check(cell)
    expect(errors.filter((e) => e.startsWith('ref-missing'))).toHaveLength(1)
  })
})

describe('an agenda heading for the whole programme', () => {
  const withHeading = (heading: string): string =>
    plan('Veilig fietsen') + `\n## ${heading}\n\n| Activiteit | Gereed |\n|---|---|\n| Evaluatie | 2030 |\n`

  it.each([['Algemeen'], ["Alle thema's"], ['Overkoepelend']])('should read ## %s as a group of rows, not a broken reference', async (heading) => {
    const result = await buildPlan({ files: { 'plan.md': withHeading(heading) } }, { formats: ['json'], force: true })
    expect(result.messages.filter((m) => m.ruleId === 'ref-missing')).toEqual([])
    const model = JSON.parse(String(result.outputs['model.json'])) as { acties: Array<{ activiteit: string; subkop?: string; allePijlers?: boolean }> }
    expect(model.acties.find((a) => a.activiteit === 'Evaluatie')?.subkop).toBe(heading)
    expect(model.acties.find((a) => a.activiteit === 'Evaluatie')?.allePijlers).toBe(true)
    // Rows under it belong to every pijler: none is reported as belonging to none.
    expect(result.messages.filter((m) => m.ruleId === 'action-without-pillar')).toEqual([])
  })

  it('should still report a heading that names no pijler', async () => {
    const result = await buildPlan({ files: { 'plan.md': withHeading('Verlichting') } }, { formats: ['json'], force: true })
    expect(result.messages.filter((m) => m.ruleId === 'ref-missing')).toHaveLength(1)
  })
})

describe('pijlers the plan calls by its own word', () => {
  // `# Sporen` with `## Spoor 1: …` and an agenda column `Spoor`: the column names the pijler, the
  // headings give label and number, and the documents call them sporen.
  const sporen = (cell: string): string => `---
gemeente: Ravenswoude
titel: Actieplan Lucht 2027-2030
soort: actieplan
periode: 2027-2030
status: concept
datum: 2026-11-01
vastgesteldDoor: college
---

# Sporen

## Spoor 1: Schoner verkeer {#s1}

Tekst.

## Spoor 2: Minder stoken {#s2}

Tekst.

# Acties

| Actie | Spoor | Gereed |
|---|---|---|
| Milieuzone | Schoner verkeer | 2027 |
| Stookadvies | ${cell} | 2028 |
`

  it.each([['2'], ['Spoor 2'], ['Minder stoken'], ['s2']])('should resolve %s in the column Spoor', async (cell) => {
    const result = await buildPlan({ files: { 'plan.md': sporen(cell) } }, { formats: ['json'], force: true })
    expect(result.messages.filter((m) => m.severity === 'error' || m.ruleId === 'table-unknown-column' || m.ruleId === 'action-without-pillar')).toEqual([])
    const model = JSON.parse(String(result.outputs['model.json'])) as { pijlers: Array<{ label: string; nummer?: string; titel: string }>; acties: Array<{ pijler?: string }> }
    expect(model.pijlers.map((p) => [p.label, p.nummer, p.titel])).toEqual([
      ['spoor', '1', 'Schoner verkeer'],
      ['spoor', '2', 'Minder stoken']
    ])
    expect(model.acties[1]?.pijler).toBe('s2')
  })

  it('should still report a column value that names no spoor', async () => {
    const result = await buildPlan({ files: { 'plan.md': sporen('Spoor 4') } }, { formats: ['json'], force: true })
    expect(result.messages.filter((m) => m.ruleId === 'ref-missing')).toHaveLength(1)
  })
})
