import type { Plan } from '@kapstok/core'
import { buildMeta, resolveLabels, tableOfContents, type Block, type DocumentView, type LabelOverrides, type SectionView, type TableBlock } from '@kapstok/documents'
import { countChanges } from './compare.js'
import { amountText, columnLabel, condense, deltaText, summaryLines, versionText } from './wording.js'
import type { ChangeReport, NamedChanges } from './types.js'

/** Options for `reportView`. */
export interface ReportViewOptions {
  /** Words to use instead of the defaults, e.g. from a template pack (optional). */
  labels?: LabelOverrides
}

/**
 * The change report as a document view, so the HTML, Markdown and PDF renderers of kapstok
 * print it like the other documents (title page, contents, tables, tagged PDF): a summary,
 * then the title-page data, the agenda, the amounts, principes and pijlers, and the running
 * text as renvooi (struck and inserted words).
 *
 * @param report The report.
 * @param newPlan The new version (for the title page: gemeente, titel, status).
 * @param options Labels (optional).
 * @returns The document view (`kind: 'wijzigingen'`).
 */
export function reportView(report: ChangeReport, newPlan: Plan, options: ReportViewOptions = {}): DocumentView {
  const labels = resolveLabels(options.labels)
  const meta = buildMeta(newPlan, 'wijzigingen', labels)
  meta.items = [
    { label: 'Oude versie', value: versionText(report.versions.old) },
    { label: 'Nieuwe versie', value: versionText(report.versions.new) },
    { label: 'Aantal wijzigingen', value: String(countChanges(report)) }
  ]
  const chapters: SectionView[] = [
    chapter('samenvatting', 'Samenvatting', [{ type: 'list', ordered: false, items: summaryLines(report).map((text) => ({ text })) }]),
    report.document.length
      ? chapter('documentgegevens', 'Documentgegevens', [table('documentgegevens-tabel', 'Gewijzigde documentgegevens', ['Gegeven', 'Oud', 'Nieuw'], report.document.map((c) => [c.field, c.old, c.new]))])
      : undefined,
    agendaChapter(report, labels.uitvoeringsagenda),
    amountsChapter(report),
    namedChapter('principes', labels.principes, report.principes),
    namedChapter('pijlers', 'Pijlers', report.pijlers),
    report.prose.length
      ? chapter(
          'tekst',
          'Tekst',
          [{ type: 'text', text: 'Per onderdeel de tekst met de wijzigingen: geschrapte woorden doorgehaald, ingevoegde woorden onderstreept (in Markdown: vet).' }],
          report.prose.map((p, i) => section(`tekst-${i + 1}`, `${p.section} (${kindWord[p.kind]})`, 2, [{ type: 'renvooi', parts: condense(p.parts) }]))
        )
      : undefined
  ].filter((s): s is SectionView => s !== undefined)
  const title = `${labels.soort.wijzigingen}: ${newPlan.document.titel}`
  return { kind: 'wijzigingen', title, meta, sections: chapters, toc: tableOfContents(chapters, 2) }
}

const kindWord = { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd' } as const

function agendaChapter(report: ChangeReport, title: string): SectionView | undefined {
  const { added, removed, changed } = report.agenda
  if (!added.length && !removed.length && !changed.length) return undefined
  const rows = (list: typeof added) => list.map((r) => [r.activiteit, r.pijler ?? ''])
  const subsections = [
    added.length ? section('agenda-toegevoegd', 'Toegevoegde acties', 2, [table('agenda-toegevoegd-tabel', 'Toegevoegde acties', ['Activiteit', 'Pijler'], rows(added))]) : undefined,
    removed.length ? section('agenda-verwijderd', 'Vervallen acties', 2, [table('agenda-verwijderd-tabel', 'Vervallen acties', ['Activiteit', 'Pijler'], rows(removed))]) : undefined,
    changed.length
      ? section('agenda-gewijzigd', 'Gewijzigde acties', 2, [
          table(
            'agenda-gewijzigd-tabel',
            'Gewijzigde acties, per gewijzigde cel',
            ['Activiteit', 'Kolom', 'Oud', 'Nieuw'],
            changed.flatMap((c) => c.cells.map((cell) => [c.new.activiteit, columnLabel(cell.field), cell.old, cell.new + movedText(c.moved, cell.field)]))
          )
        ])
      : undefined
  ].filter((s): s is SectionView => s !== undefined)
  return chapter('agenda', title, [], subsections)
}

function movedText(moved: ChangeReport['agenda']['changed'][number]['moved'], field: string): string {
  const move = moved.find((m) => m.field === field)
  if (move?.days === undefined || move.days === 0) return ''
  return ` (${Math.abs(move.days)} dagen ${move.days > 0 ? 'later' : 'eerder'})`
}

function amountsChapter(report: ChangeReport): SectionView | undefined {
  const { changed, totals } = report.amounts
  if (!changed.length) return undefined
  const blocks: Block[] = [
    table('bedragen-tabel', 'Gewijzigde bedragen', ['Tabel en rij', 'Kolom', 'Oud', 'Nieuw', 'Verschil'], changed.map((c) => [`${c.table} › ${c.row}`, c.column, amountText(c.old), amountText(c.new), deltaText(c.delta)]), 2)
  ]
  if (totals.length) {
    blocks.push(
      table('totalen-tabel', 'Effect op de berekende totalen', ['Tabel en totaal', 'Kolom', 'Oud', 'Nieuw', 'Verschil'], totals.map((t) => [`${t.table} › ${t.row}`, t.column, amountText({ centen: t.old }), amountText({ centen: t.new }), deltaText(t.delta)]), 2)
    )
  }
  return chapter('bedragen', 'Bedragen', blocks)
}

function namedChapter(id: string, title: string, changes: NamedChanges): SectionView | undefined {
  const rows = [
    ...changes.renamed.map((r) => ['Hernoemd', r.old, r.new]),
    ...changes.added.map((r) => ['Toegevoegd', '', r.titel]),
    ...changes.removed.map((r) => ['Vervallen', r.titel, ''])
  ]
  return rows.length ? chapter(id, title, [table(`${id}-tabel`, `Gewijzigde ${title.toLowerCase()}`, ['Wijziging', 'Oud', 'Nieuw'], rows)]) : undefined
}

function chapter(id: string, title: string, blocks: Block[], sections: SectionView[] = []): SectionView {
  return { ...section(id, title, 1, blocks), sections }
}

function section(id: string, title: string, level: number, blocks: Block[]): SectionView {
  return { id, title, level, role: 'sectie', appendix: false, blocks, sections: [] }
}

// A table whose columns from `amountsFrom` on are amounts (right-aligned).
function table(id: string, caption: string, headers: string[], rows: string[][], amountsFrom = headers.length): TableBlock {
  return {
    type: 'table',
    id,
    caption,
    columns: headers.map((label, i) => ({ key: `kolom-${i + 1}`, label, align: i >= amountsFrom ? 'right' : 'left' })),
    rows: rows.map((cells) => ({ kind: 'row', cells: cells.map((text) => ({ text })) })),
    notes: []
  }
}
