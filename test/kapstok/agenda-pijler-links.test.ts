import { describe, expect, it } from 'vitest'
import { checkPlan } from 'kapstok'

// An agenda whose pijler column links to the pijler (`[Wonen](#t1)`), the way a heading may: the
// whole check gives no false `ref-missing`, and a broken link is one message, not two.
const plan = (cell: string): string => `---
gemeente: Lindehoeve
titel: Uitvoeringsprogramma Buurten 2027-2030
soort: uitvoeringsprogramma
periode: 2027-2030
status: concept
datum: 2026-11-01
vastgesteldDoor: college
---

# Thema's

## Wonen {#t1}

Tekst over wonen.

## Werk {#t2}

Tekst over werk.

# Principes

## Samen doen {#p1}

Tekst.

# Uitvoeringsagenda

| Activiteit | Thema | Start | Eind |
|---|---|---|---|
| Huurteam | [Wonen](#t1) | 2027 | 2028 |
| Werkplein | ${cell} | 2028 | 2029 |
`

const refMessages = async (cell: string): Promise<string[]> =>
  (await checkPlan({ files: { 'plan.md': plan(cell) } })).messages.filter((m) => m.ruleId === 'ref-missing').map((m) => m.message)

describe('an agenda pijler cell written as a link', () => {
  it.each([['[Werk](#t2)'], ['[Werken en leren](#t2)'], ['Werk'], ['t2']])('should resolve %s without a message', async (cell) => {
    expect(await refMessages(cell)).toEqual([])
  })

  it('should report a link to an id nothing has once', async () => {
    expect(await refMessages('[Werk](#t9)')).toEqual([expect.stringContaining('#t9')])
  })

  it('should report a link to a part that is no pijler once, naming the pijlers', async () => {
    expect(await refMessages('[Samen doen](#p1)')).toEqual([expect.stringContaining('`#t1` Wonen, `#t2` Werk')])
  })
})
