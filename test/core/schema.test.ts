import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { checkPlanSchema, describeValue } from '@kapstok/core'
import { describe, expect, it } from 'vitest'

const minimal = { document: { gemeente: 'Hoogeveen', titel: 'Plan', soort: 'programmaplan', status: 'concept' } }

describe('plan schema', () => {
  it('should accept a minimal plan', () => {
    expect(checkPlanSchema(minimal)).toEqual([])
  })

  it('should name a missing agenda field the way a policy writer reads it', () => {
    const acties = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, activiteit: 'x' }))
    delete (acties[11] as { activiteit?: string }).activiteit
    expect(checkPlanSchema({ ...minimal, acties })).toEqual([
      { ruleId: 'schema-required', pointer: '/acties/11', message: 'Ontbrekend veld `activiteit` in rij 12 van de uitvoeringsagenda' }
    ])
  })

  it('should accept a programma of a begroting as its own kind', () => {
    expect(checkPlanSchema({ document: { ...minimal.document, soort: 'begroting', periode: { start: 2027, eind: 2030 } } })).toEqual([])
  })

  it('should name begroting among the kinds when a soort is unknown', () => {
    const [error] = checkPlanSchema({ document: { ...minimal.document, soort: 'programmabegroting' } })
    expect(error?.message).toContain('`uitvoeringsprogramma`, `actieplan`, `visie`, `begroting`')
  })

  it('should list the allowed values of an enum', () => {
    const errors = checkPlanSchema({ document: { ...minimal.document, status: 'klaar' } })
    expect(errors).toEqual([
      {
        ruleId: 'schema-enum',
        pointer: '/document/status',
        message: 'Onbekende waarde `klaar` voor `status` in de documentgegevens; kies uit: `concept`, `ingediend`, `vastgesteld`, `ingetrokken`'
      }
    ])
  })

  it('should explain a date in the wrong notation', () => {
    const [error] = checkPlanSchema({ document: { ...minimal.document, datum: '18-01-2022' } })
    expect(error?.message).toBe('Ongeldige datum `18-01-2022` voor `datum` in de documentgegevens; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2022-01-18`')
  })

  it('should point an unknown field at the field itself', () => {
    const [error] = checkPlanSchema({ ...minimal, principes: [{ id: 'p1', titel: 'x', kleur: 'rood' }] })
    expect(error).toEqual({ ruleId: 'schema-unknown-field', pointer: '/principes/0/kleur', message: 'Onbekend veld `kleur` in principe 1; controleer de spelling' })
  })

  it('should say where a field of the raadsbesluit belongs when it stands at the top', () => {
    const [error] = checkPlanSchema({ ...minimal, besluitpunten: ['het kader vast te stellen'] })
    expect(error?.ruleId).toBe('schema-unknown-field')
    expect(error?.message).toBe('Onbekend veld `besluitpunten` in het plan; het hoort bij het raadsbesluit: zet het onder `besluit:`')
  })

  it('should keep the plain message for a field no part knows', () => {
    const [error] = checkPlanSchema({ ...minimal, kleurschema: 'rood' })
    expect(error?.message).toBe('Onbekend veld `kleurschema` in het plan; controleer de spelling')
  })

  it('should reject an id that does not start with a letter', () => {
    const [error] = checkPlanSchema({ ...minimal, principes: [{ id: '1p', titel: 'x' }] })
    expect(error?.ruleId).toBe('schema-id')
    expect(error?.pointer).toBe('/principes/0/id')
  })

  it('should give one message for a bad amount, not one per union branch', () => {
    const tabel = { id: 't', titel: 'x', kolommen: ['2022'], rijen: [{ label: 'a', bedragen: ['veel'] }] }
    const errors = checkPlanSchema({ ...minimal, financien: { tabellen: [tabel] } })
    expect(errors.map((e) => e.pointer)).toEqual(['/financien/tabellen/0/rijen/0/bedragen/0'])
  })

  it('should describe nested places', () => {
    expect(describeValue('/pijlers/0/doelen/2')).toBe('doel 3 van pijler 1')
    expect(describeValue('')).toBe('het plan')
  })

  it('should keep the generated TypeScript types in step with the schema', async () => {
    const run = promisify(execFile)
    await expect(run('node', ['scripts/generate-model-types.mjs', '--check'])).resolves.toBeDefined()
  })

  it('should keep docs/model.md in step with the schema', async () => {
    const run = promisify(execFile)
    await expect(run('node', ['scripts/generate-model-docs.mjs', '--check'])).resolves.toBeDefined()
  })
})
