import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument, type DocumentView, type SectionView, type TableBlock } from '@kapstok/documents'
import { fixture } from '../render-html/render-helpers.js'

function all(sections: SectionView[]): SectionView[] {
  return sections.flatMap((s) => [s, ...all(s.sections)])
}

function summaries(view: DocumentView): string[] {
  return all(view.sections).flatMap((s) => s.blocks.flatMap((b) => (b.type === 'agenda-summary' ? [b.linkText] : [])))
}

/** The fixture plan with a source order that puts the agenda before the begrippen. */
function agendaInBody(): Plan {
  const plan = fixture('programmaplan')
  plan.volgorde = ['secties/0', 'principes', 'pijlers', 'acties', 'begrippen', 'bijlagen']
  return plan
}

describe('the place of the uitvoeringsagenda', () => {
  it('should keep the agenda among the chapters where the source puts it, and link to it as a chapter', () => {
    const view = buildDocument(agendaInBody(), 'programmaplan')
    const agenda = view.sections.find((s) => s.role === 'agenda') as SectionView
    expect(agenda.appendix).toBe(false)
    const roles = view.sections.filter((s) => !s.appendix).map((s) => s.role)
    expect(roles.slice(0, 5)).toEqual(['sectie', 'principes', 'pijlers', 'agenda', 'begrippen'])
    expect(summaries(view)[0]).toMatch(new RegExp(`^Hoofdstuk ${agenda.number}: Uitvoeringsagenda, `))
  })

  it('should make the agenda the last appendix when the pack says `agenda: bijlage`', () => {
    const view = buildDocument(agendaInBody(), 'programmaplan', { agenda: 'bijlage' })
    const last = view.sections.at(-1) as SectionView
    expect([last.role, last.appendix]).toEqual(['agenda', true])
    expect(summaries(view)[0]).toMatch(new RegExp(`^${last.numberLabel}: Uitvoeringsagenda, `))
  })

  it('should keep an agenda that closes the source as the last appendix', () => {
    const plan = fixture('programmaplan')
    plan.volgorde = ['secties/0', 'principes', 'pijlers', 'acties']
    const view = buildDocument(plan, 'programmaplan')
    expect(view.sections.at(-1)?.role).toBe('agenda')
    expect(view.sections.at(-1)?.appendix).toBe(true)
  })
})

describe('agenda column headers', () => {
  const table = (view: DocumentView): TableBlock =>
    all(view.sections).flatMap((s) => s.blocks).find((b): b is TableBlock => b.type === 'table' && b.id.startsWith('agenda-')) as TableBlock

  it("should keep the plan's own header words", () => {
    const plan = fixture('programmaplan')
    plan.acties![0]!.eigenaar = 'Team Jeugd'
    plan.agendaKolommen = { eigenaar: 'Trekker', start: 'Begin' }
    const labels = table(buildDocument(plan, 'programmaplan')).columns.map((c) => c.label)
    expect(labels).toContain('Trekker')
    expect(labels).toContain('Begin')
    expect(labels).not.toContain('Eigenaar')
  })

  it('should use the words a pack maps, over the plan’s own', () => {
    const plan = fixture('programmaplan')
    plan.acties![0]!.eigenaar = 'Team Jeugd'
    plan.agendaKolommen = { eigenaar: 'Trekker' }
    const labels = table(buildDocument(plan, 'programmaplan', { labels: { columns: { eigenaar: 'Verantwoordelijk team' } } })).columns.map((c) => c.label)
    expect(labels).toContain('Verantwoordelijk team')
  })
})
