// markChanges: a document view of the new version with its changes against the old one in place.
import { describe, expect, it } from 'vitest'
import type { Block, DocumentView, SectionView, TableBlock } from '@kapstok/documents'
import type { Plan } from '@kapstok/core'
import { compareAgenda, markChanges, markTable } from '@kapstok/diff'

function table(rows: Array<{ id?: string; cells: string[] }>): TableBlock {
  return {
    type: 'table',
    id: 'agenda-tabel',
    caption: 'Acties',
    columns: [
      { key: 'activiteit', label: 'Activiteit', align: 'left' },
      { key: 'eind', label: 'Afronding', align: 'left' }
    ],
    rows: rows.map((r) => ({ kind: 'row', ...(r.id ? { id: r.id } : {}), cells: r.cells.map((text) => ({ text })) })),
    notes: []
  }
}

function section(id: string, title: string, blocks: Block[], sections: SectionView[] = []): SectionView {
  return { id, title, level: 1, role: 'sectie', appendix: false, blocks, sections }
}

function view(sections: SectionView[]): DocumentView {
  const meta = { gemeente: 'Lindewaarde', titel: 'Plan', soort: 'programmaplan', soortLabel: 'Programmaplan', documentLabel: 'Programmaplan', status: 'concept', statusLabel: 'Concept', concept: true, conceptLabel: 'CONCEPT', lang: 'nl', items: [] } as DocumentView['meta']
  return { kind: 'programmaplan', title: 'Plan', meta, sections, toc: [] }
}

describe('markTable', () => {
  it('should mark an edited cell, strike a removed row where it stood and insert a new one', () => {
    const old = table([
      { id: 'a1', cells: ['Buurtteams starten', 'medio 2025'] },
      { id: 'a2', cells: ['Loket sluiten', '2025'] },
      { id: 'a3', cells: ['Evaluatie', '2026'] }
    ])
    const now = table([
      { id: 'a1', cells: ['Buurtteams starten', 'eind 2025'] },
      { id: 'a3', cells: ['Evaluatie', '2026'] },
      { id: 'a4', cells: ['Jongerenraad oprichten', '2027'] }
    ])
    const rows = markTable(old, now).rows
    expect(rows.map((r) => r.cells.map((c) => (c.renvooi ? c.renvooi.map((p) => `${p.change}:${p.text}`).join('|') : c.text)))).toEqual([
      ['Buurtteams starten', 'removed:medio|added:eind|same: 2025'],
      ['removed:Loket sluiten', 'removed:2025'],
      ['Evaluatie', '2026'],
      ['added:Jongerenraad oprichten', 'added:2027']
    ])
    // The struck row gives up its anchor; the new one keeps it.
    expect(rows.map((r) => r.id)).toEqual(['a1', undefined, 'a3', 'a4'])
  })

  it('should take rows as one row exactly when the agenda comparison does, whatever column comes first', () => {
    // A generated id that shifted onto an unrelated action, and a number column before the activiteit.
    const numbered = (rows: Array<{ id: string; cells: string[] }>): TableBlock => ({
      ...table(rows),
      columns: [{ key: 'nr', label: 'Nr', align: 'left' }, ...table([]).columns]
    })
    const old = numbered([
      { id: 'actie-1', cells: ['1', 'Wijkbudget instellen', '2025'] },
      { id: 'actie-2', cells: ['2', 'Schuldhulp in de bibliotheek', '2026'] }
    ])
    const now = numbered([
      { id: 'actie-1', cells: ['1', 'Wijkbudget instellen en evalueren', '2025'] },
      { id: 'actie-2', cells: ['2', 'Zwemles voor nieuwkomers', '2026'] }
    ])
    const rows = markTable(old, now).rows
    const plan = (acties: Array<[string, string]>) => ({ acties: acties.map(([id, activiteit]) => ({ id, activiteit })) }) as unknown as Plan
    const agenda = compareAgenda(
      plan([['actie-1', 'Wijkbudget instellen'], ['actie-2', 'Schuldhulp in de bibliotheek']]),
      plan([['actie-1', 'Wijkbudget instellen en evalueren'], ['actie-2', 'Zwemles voor nieuwkomers']])
    )
    // The agenda report: actie-1 is changed, actie-2 is a new row and a removed one.
    expect(agenda.added.map((r) => r.activiteit)).toEqual(['Zwemles voor nieuwkomers'])
    expect(agenda.removed.map((r) => r.activiteit)).toEqual(['Schuldhulp in de bibliotheek'])
    // The marked table says the same: one edited row, one inserted, one struck.
    expect(rows.map((r) => r.cells[1]?.renvooi?.map((p) => `${p.change}:${p.text}`).join('|'))).toEqual([
      'same:Wijkbudget instellen |added:en evalueren',
      'removed:Schuldhulp in de bibliotheek',
      'added:Zwemles voor nieuwkomers'
    ])
  })
})

describe('markChanges', () => {
  it('should mark the changed paragraph only, keep unchanged paragraphs as Markdown and set the line', () => {
    const old = view([section('inleiding', 'Inleiding', [{ type: 'prose', markdown: 'Eerste **alinea**.\n\nWe starten twee buurtteams.\n\nLaatste alinea.' }])])
    const now = view([section('inleiding', 'Inleiding', [{ type: 'prose', markdown: 'Eerste **alinea**.\n\nWe starten drie buurtteams.\n\nLaatste alinea.' }])])
    const marked = markChanges(now, old, 'Met wijzigingen ten opzichte van versie 0.9')
    expect(marked.meta.changesSince).toBe('Met wijzigingen ten opzichte van versie 0.9')
    expect(marked.sections[0]?.blocks).toEqual([
      { type: 'prose', markdown: 'Eerste **alinea**.' },
      { type: 'renvooi', parts: [{ text: 'We starten ', change: 'same' }, { text: 'twee', change: 'removed' }, { text: 'drie', change: 'added' }, { text: ' buurtteams.', change: 'same' }] },
      { type: 'prose', markdown: 'Laatste alinea.' }
    ])
  })

  it('should strike a section that is gone, unnumbered, and mark a new section as inserted', () => {
    const old = view([section('a', 'Aanleiding', [{ type: 'text', text: 'Oud.' }]), section('b', 'Wonen', [{ type: 'text', text: 'Over wonen.' }])])
    const now = view([section('a', 'Aanleiding', [{ type: 'text', text: 'Oud.' }]), section('c', 'Sport', [{ type: 'text', text: 'Over sport.' }])])
    const marked = markChanges(now, old, 'x').sections
    expect(marked.map((s) => [s.id, s.title])).toEqual([
      ['a', 'Aanleiding'],
      ['vervallen-b', 'Wonen (vervallen)'],
      ['c', 'Sport']
    ])
    expect(marked[1]?.blocks).toEqual([{ type: 'renvooi', parts: [{ text: 'Over wonen.', change: 'removed' }] }])
    expect(marked[2]?.blocks).toEqual([{ type: 'renvooi', parts: [{ text: 'Over sport.', change: 'added' }] }])
  })

  it('should leave a document without changes as it was, but for the line', () => {
    const now = view([section('a', 'Aanleiding', [{ type: 'prose', markdown: 'Tekst.' }, table([{ id: 'a1', cells: ['Iets', '2025'] }])])])
    const marked = markChanges(now, structuredClone(now), 'x')
    expect(marked.sections).toEqual(now.sections)
  })
})
