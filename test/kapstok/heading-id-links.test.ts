import { describe, expect, it } from 'vitest'
import { checkPlan } from 'kapstok'

// A chapter the reader turns into a part of the model without an id of its own (the ambitie, the
// visie, an agenda chapter) still carries the id written on its heading: a link to it is no broken
// link. An id only inside a code block, or nowhere, is.
const plan = (link: string): string => `---
gemeente: Lindehoeve
titel: Beleidsnota Buurten 2027-2030
soort: beleidsnota
periode: 2027-2030
status: concept
datum: 2026-11-01
vastgesteldDoor: college
---

# Ambitie {#ambitie}

In 2030 heeft elke buurt een eigen ontmoetingsplek.

# Visie {#visie .koers}

Buurten maken de plannen zelf.

# Aanpak

We openen twee plekken per jaar (zie ${link}).

\`\`\`
# Voorbeeld {#code-kop}
\`\`\`
`

const refMessages = async (link: string): Promise<string[]> =>
  (await checkPlan({ files: { 'plan.md': plan(link) } })).messages.filter((m) => m.ruleId === 'ref-missing').map((m) => m.message)

describe('a link to the id on a chapter heading', () => {
  it.each([['[Ambitie](#ambitie)'], ['[onze visie](#visie)']])('should find %s without a message', async (link) => {
    expect(await refMessages(link)).toEqual([])
  })

  it.each([['[Voorbeeld](#code-kop)'], ['[Missie](#missie)']])('should report %s, whose id no heading carries', async (link) => {
    expect(await refMessages(link)).toEqual([expect.stringContaining('heeft geen doel')])
  })
})
