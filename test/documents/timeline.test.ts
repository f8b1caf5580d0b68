import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { buildDocument, timelinePosition, type Block, type SectionView, type TimelineBlock } from '@kapstok/documents'

// A fictional plan: four acties over two pijlers, one without a readable date.
const plan: Plan = {
  document: { gemeente: 'Lindendaal', titel: 'Samen verder', soort: 'programmaplan', status: 'concept', periode: { start: 2024, eind: 2026 } },
  pijlers: [
    { id: 'p1', label: 'thema', titel: 'Wonen' },
    { id: 'p2', label: 'thema', titel: 'Werken' }
  ],
  acties: [
    { id: 'a1', pijler: 'p1', activiteit: 'Woonvisie opstellen', start: 'Q1 2024', eind: 'Q4 2024' },
    { id: 'a2', pijler: 'p1', activiteit: 'Huurteams uitbreiden', start: 'medio 2024', eind: 'najaar 2025' },
    { id: 'a3', pijler: 'p2', activiteit: 'Werkgeversservicepunt', start: '2025', eind: 'doorlopend' },
    { id: 'a4', pijler: 'p2', activiteit: 'Banenafspraak evalueren', start: 'ntb' }
  ]
}

function timeline(sections: SectionView[]): TimelineBlock | undefined {
  for (const s of sections) {
    const found = s.blocks.find((b: Block): b is TimelineBlock => b.type === 'timeline') ?? timeline(s.sections)
    if (found) return found
  }
  return undefined
}

describe('the agenda timeline', () => {
  const block = timeline(buildDocument(plan, 'programmaplan').sections) as TimelineBlock

  it('should draw the dated acties per pijler on an axis of whole years that covers the plan period', () => {
    expect(block.groups.map((g) => [g.title, g.href, g.rows.map((r) => r.id)])).toEqual([
      ['Wonen', '#agenda-p1', ['a1', 'a2']],
      ['Werken', '#agenda-p2', ['a3']]
    ])
    expect([block.start, block.end, block.years]).toEqual(['2024-01-01', '2026-12-31', [2024, 2025, 2026]])
  })

  it('should mark uncertain starts and ends as fuzzy and keep certain ones sharp', () => {
    const [a1, a2] = block.groups[0]!.rows
    expect(a1).toEqual({ id: 'a1', label: 'Woonvisie opstellen', period: 'Q1 2024 – Q4 2024', start: '2024-01-01', end: '2024-12-31', open: false })
    expect(a2).toMatchObject({ start: '2024-05-01', fuzzyStart: '2024-08-31', fuzzyEnd: '2025-09-01', end: '2025-11-30', open: false })
  })

  it('should draw a doorlopend actie as an open bar to the end of the axis', () => {
    expect(block.groups[1]!.rows[0]).toMatchObject({ id: 'a3', start: '2025-01-01', end: '2026-12-31', open: true })
  })

  it('should say how many acties have no date to draw, and describe the picture for its text alternative', () => {
    expect(block.notes).toEqual(['1 actie zonder leesbare datum staat niet in de tijdlijn.'])
    expect(block.description).toBe(
      'Tijdlijn van de uitvoeringsagenda: 3 acties in 2 groepen, van 2024 tot en met 2026, doorlopende acties als open balk. ' +
        'Dezelfde gegevens staan als tekst in de tabellen van de uitvoeringsagenda.'
    )
  })

  it('should leave the timeline out when the document option is off, and out of the beleidskader', () => {
    expect(timeline(buildDocument(plan, 'programmaplan', { timeline: false }).sections)).toBeUndefined()
    expect(timeline(buildDocument({ ...plan, principes: [{ id: 'x', titel: 'Samen' }] }, 'beleidskader').sections)).toBeUndefined()
  })

  it('should place dates on the axis from 0 at its first day to 1 after its last', () => {
    expect(timelinePosition(block, '2024-01-01')).toBe(0)
    expect(timelinePosition(block, '2026-12-31', 'end')).toBe(1)
    expect(timelinePosition(block, '2025-07-02')).toBeCloseTo(0.5, 2)
  })
})
