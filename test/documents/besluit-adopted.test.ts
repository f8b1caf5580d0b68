import { describe, expect, it } from 'vitest'
import { buildBesluit, resolveLabels } from '@kapstok/documents'
import { fixture } from '../render-html/render-helpers.js'

describe('an adopted raadsbesluit', () => {
  it('should keep the closing sentence and the signing roles as adopted', () => {
    const plan = fixture('programmaplan')
    plan.besluit = { ...plan.besluit, griffier: 'A. Jansen', slot: 'Vastgesteld in de openbare vergadering van 2 maart 2024', griffierRol: 'De griffier (a.i.)' }
    const block = buildBesluit(plan, resolveLabels())
    expect(block.slot).toBe('Vastgesteld in de openbare vergadering van 2 maart 2024')
    expect(block.ondertekening[0]).toEqual({ rol: 'De griffier (a.i.)', naam: 'A. Jansen' })
  })

  it('should derive the closing sentence and roles when the besluit has none', () => {
    const plan = fixture('programmaplan')
    plan.besluit = { vergaderdatum: '2024-03-02', griffier: 'A. Jansen' }
    const block = buildBesluit(plan, resolveLabels())
    expect(block.slot).toBe('Aldus besloten in de openbare vergadering van 2 maart 2024.')
    expect(block.ondertekening[0]).toEqual({ rol: 'De griffier', naam: 'A. Jansen' })
  })
})
