import { describe, expect, it } from 'vitest'
import { proseCalculation } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { wordingsPlan } from './wordings.js'

// A list item of actions written over two lines is read as one text with the lines joined: a
// calculation in its second line is placed on that line, where the result stands, not on the
// item's first (the place every rule that reports inside a text asks `textLocation` for).
const theme = (item: string[]): string[] => ['# Thema’s', '', '## Thema 1: Bermen {#t1}', '', 'We beheren de bermen ecologisch.', '', '### Wat gaan we doen', '', ...item, '- We evalueren het beheer elk jaar.', '']

describe('a calculation in a list item over two lines', () => {
  it('should place a result in the second line of an action on that line', async () => {
    const text = wordingsPlan(theme(['- Maaien en afvoeren kost gemiddeld € 1.300 per kilometer.', '  Voor 14 kilometer bermen trekken we jaarlijks € 17.200 uit.']))
    const file = await checkMarkdown(proseCalculation, text)
    const found = file.messages.filter((m) => m.ruleId === 'prose-calculation')
    expect(found).toHaveLength(1)
    expect(found[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('Voor 14 kilometer')) + 1)
    expect(found[0]?.column).toBe('  Voor 14 kilometer bermen trekken we jaarlijks € '.length + 1)
  })

  it('should place a result in the first line of an action on that line', async () => {
    const text = wordingsPlan(theme(['- Maaien en afvoeren kost gemiddeld € 1.300 per kilometer. Voor 14 kilometer bermen trekken we jaarlijks € 17.200 uit.', '  Het geld komt uit het onderhoudsbudget.']))
    const file = await checkMarkdown(proseCalculation, text)
    const found = file.messages.filter((m) => m.ruleId === 'prose-calculation')
    expect(found).toHaveLength(1)
    expect(found[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('Voor 14 kilometer')) + 1)
  })
})
