import { describe, expect, it } from 'vitest'
import { arithmeticSlip } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { wordingsPlan } from './wordings.js'

// A list item of actions written over two lines is read as one text with the lines joined: a slip
// in its second line is placed on that line, where the result stands, not on the item's first.
const theme = (item: string[]): string[] => ['# Thema’s', '', '## Thema 1: Bermen {#t1}', '', 'We beheren de bermen ecologisch.', '', '### Wat gaan we doen', '', ...item, '- We evalueren het beheer elk jaar.', '']

describe('arithmetic-slip in a list item over two lines', () => {
  it('should place a slip in the second line of an action on that line', async () => {
    const text = wordingsPlan(theme(['- Maaien en afvoeren kost gemiddeld € 1.300 per kilometer.', '  Voor de 14 kilometer per jaar rekenen we daarom op € 17.200.']))
    const file = await checkMarkdown(arithmeticSlip, text)
    const found = file.messages.filter((m) => m.ruleId === 'arithmetic-slip')
    expect(found).toHaveLength(1)
    expect(found[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('Voor de 14 kilometer')) + 1)
    expect(found[0]?.column).toBe('  Voor de 14 kilometer per jaar rekenen we daarom op '.length + 1)
  })

  it('should place a slip in the first line of an action on that line', async () => {
    const text = wordingsPlan(theme(['- Maaien en afvoeren kost gemiddeld € 1.300 per kilometer. Voor de 14 kilometer per jaar rekenen we daarom op € 17.200.', '  Het geld komt uit het onderhoudsbudget.']))
    const file = await checkMarkdown(arithmeticSlip, text)
    const found = file.messages.filter((m) => m.ruleId === 'arithmetic-slip')
    expect(found).toHaveLength(1)
    expect(found[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('Voor de 14 kilometer')) + 1)
  })
})
