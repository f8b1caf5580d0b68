import { kapstok } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { principleRefConsistency } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'

const plan = (attributes: string) => `---
gemeente: Hoogeveen
titel: T
soort: programmaplan
status: concept
---

# Leidende principes

## 4. We streven naar duurzame oplossingen en zoeken deze in deze volgorde {#p4${attributes}}

# Financiën

Deze maatregel volgt uit leidend principe 4: van maatwerk naar voorliggend.
`

async function messages(text: string): Promise<string[]> {
  const processor = kapstok().use(markdownSource).use(principleRefConsistency)
  const file = await processor.parse({ path: 'plan.md', files: { 'plan.md': text } })
  await processor.validate(file)
  return file.messages.map((m) => String(m.ruleId))
}

describe('principle-ref-consistency with a short title', () => {
  it('should accept a reference that matches the principe\'s korte titel', async () => {
    expect(await messages(plan(' kort="van maatwerk naar voorliggend"'))).toEqual([])
  })

  it('should still report it when the principe has no such short title', async () => {
    expect(await messages(plan(''))).toEqual(['principle-ref-consistency'])
  })
})
