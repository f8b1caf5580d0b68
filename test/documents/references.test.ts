import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument } from '@kapstok/documents'
import { fixture, render } from '../render-html/render-helpers.js'

/** The fixture plan whose source numbers its bijlagen from 3 (1 and 2 were elsewhere), with references to them. */
function numbered(): Plan {
  const plan = fixture('programmaplan')
  plan.bijlagen = [
    { id: 'b3', nummer: '3', titel: 'Cijfers', tekst: 'De cijfers.' },
    { id: 'b4a', nummer: '4a', titel: 'Nota', tekst: 'Zie ook Bijlage 3.' }
  ]
  plan.secties = [{ id: 'inleiding', titel: 'Inleiding', tekst: 'De cijfers staan in bijlage 3, de nota in Bijlage 4a; bijlage 7 bestaat niet. Zie [bijlage 3](#b3).' }]
  return plan
}

describe('references to bijlagen', () => {
  it('should link each reference to its bijlage with the number the document gives it', () => {
    const view = buildDocument(numbered(), 'programmaplan')
    const b3 = view.sections.find((s) => s.id === 'b3')
    const b4a = view.sections.find((s) => s.id === 'b4a')
    expect([b3?.number, b4a?.number]).toEqual(['1', '2'])
    const intro = view.sections.find((s) => s.id === 'inleiding')?.blocks[0]
    expect(intro).toEqual({
      type: 'prose',
      markdown: 'De cijfers staan in [bijlage 1](#b3), de nota in [Bijlage 2](#b4a); bijlage 7 bestaat niet. Zie [bijlage 3](#b3).'
    })
  })

  it('should show the rendered number as a link in html and md', async () => {
    const { outputs } = await render(numbered(), {}, { formats: ['html', 'md'] })
    expect(outputs.get('programmaplan.html')).toContain('De cijfers staan in <a href="#b3">bijlage 1</a>, de nota in <a href="#b4a">Bijlage 2</a>')
    expect(outputs.get('programmaplan.md')).toContain('De cijfers staan in [bijlage 1](#b3), de nota in [Bijlage 2](#b4a)')
  })
})
