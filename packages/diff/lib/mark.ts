import type { Block, DocumentView, ListBlock, ListItem, RenvooiBlock, SectionView, TableBlock } from '@kapstok/documents'
import { align } from './align.js'
import { markTable } from './mark-table.js'
import { renvooi, similarity } from './words.js'

/**
 * A document of the new version with its changes against the same document of the old version
 * marked in place, as a renvooi: per paragraph the struck and inserted words, per table cell
 * likewise, new rows, items and sections inserted, those that are gone struck where they stood.
 * Unchanged paragraphs keep their Markdown; a changed paragraph is shown as plain text.
 *
 * @param view The document of the new version.
 * @param old The same document of the old version (absent when the old version had none: all is new).
 * @param line The line under the title, e.g. `Met wijzigingen ten opzichte van versie 0.9`.
 * @returns The marked document (`view` is not changed).
 */
export function markChanges(view: DocumentView, old: DocumentView | undefined, line: string): DocumentView {
  return { ...view, meta: { ...view.meta, changesSince: line }, sections: markSections(old?.sections ?? [], view.sections) }
}

function markSections(olds: SectionView[], news: SectionView[]): SectionView[] {
  const same = (a: SectionView, b: SectionView) => a.id === b.id || a.title === b.title
  const pair = (a: SectionView, b: SectionView) => a.role === b.role && similarity(a.title, b.title) >= 0.6
  return align(olds, news, same, pair).map(({ old, new: now }) => {
    if (now) return { ...now, blocks: markBlocks(old?.blocks ?? [], now.blocks), sections: markSections(old?.sections ?? [], now.sections) }
    const gone = old as SectionView
    // A section that is gone is shown struck, unnumbered, under its own anchor.
    const { number: _number, numberLabel: _label, ...rest } = gone
    return { ...rest, id: `vervallen-${gone.id}`, title: `${gone.title} (vervallen)`, blocks: markBlocks(gone.blocks, []), sections: markSections(gone.sections, []) }
  })
}

/** A paragraph of prose, or any other block as a whole. */
type Unit = { para: string } | { block: Block; key: string }

function markBlocks(olds: Block[], news: Block[]): Block[] {
  const out: Block[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length) out.push({ type: 'prose', markdown: prose.join('\n\n') })
    prose = []
  }
  const emit = (block: Block | undefined) => {
    if (!block) return
    flush()
    out.push(block)
  }
  for (const { old, new: now } of align(units(olds), units(news), sameUnit, pairUnit)) {
    if (old && now && sameUnit(old, now)) {
      if ('para' in now) prose.push(now.para)
      else emit(now.block)
    } else if ('para' in (now ?? old ?? { para: '' })) {
      const before = old && 'para' in old ? old.para : ''
      const after = now && 'para' in now ? now.para : ''
      emit(renvooiBlock(before, after))
    } else {
      emit(markBlock(old && 'block' in old ? old.block : undefined, now && 'block' in now ? now.block : undefined))
    }
  }
  flush()
  return out
}

// Prose is compared per paragraph (blank-line separated, code fences kept whole).
function units(blocks: Block[]): Unit[] {
  return blocks.flatMap((block): Unit[] => (block.type === 'prose' ? paragraphs(block.markdown).map((para) => ({ para })) : [{ block, key: JSON.stringify(block) }]))
}

function paragraphs(markdown: string): string[] {
  const out: string[] = []
  let fence = false
  let current: string[] = []
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence
    if (!fence && line.trim() === '') {
      if (current.length) out.push(current.join('\n'))
      current = []
    } else current.push(line)
  }
  if (current.length) out.push(current.join('\n'))
  return out
}

function sameUnit(a: Unit, b: Unit): boolean {
  if ('para' in a && 'para' in b) return normal(a.para) === normal(b.para)
  return 'key' in a && 'key' in b && a.key === b.key
}

function pairUnit(a: Unit, b: Unit): boolean {
  if ('para' in a && 'para' in b) return similarity(a.para, b.para) >= 0.3
  if (!('block' in a) || !('block' in b) || a.block.type !== b.block.type) return false
  return a.block.type !== 'table' || a.block.id === (b.block as TableBlock).id
}

// One block edited, new (`old` absent) or gone (`now` absent).
function markBlock(old: Block | undefined, now: Block | undefined): Block | undefined {
  const block = now ?? old
  if (!block) return undefined
  if (block.type === 'table') {
    return now ? markTable(old as TableBlock | undefined, now as TableBlock) : strikeTable(block)
  }
  if (block.type === 'list') return { ...block, items: markItems((old as ListBlock | undefined)?.items ?? [], (now as ListBlock | undefined)?.items ?? []) }
  const before = old ? plainText(old) : ''
  const after = now ? plainText(now) : ''
  // Blocks without words of their own (a timeline, a besluit) show the new version as it is.
  if (before === undefined || after === undefined) return now
  return renvooiBlock(before, after)
}

function strikeTable(table: TableBlock): TableBlock {
  return { ...table, id: `vervallen-${table.id}`, rows: table.rows.map((row) => ({ kind: row.kind, cells: row.cells.map((cell) => ({ ...cell, renvooi: cell.text ? [{ text: cell.text, change: 'removed' as const }] : [] })) })) }
}

function markItems(olds: ListItem[], news: ListItem[]): ListItem[] {
  const text = (item: ListItem) => [item.number, item.title, item.text, item.markdown].filter(Boolean).join(' ')
  return align(olds, news, (a, b) => normal(text(a)) === normal(text(b)), (a, b) => similarity(text(a), text(b)) >= 0.3).map(({ old, new: now }) => {
    const item = (now ?? old) as ListItem
    const nested = markItems(old?.items ?? [], now?.items ?? [])
    if (old && now && normal(text(old)) === normal(text(now))) return { ...now, items: nested }
    const { title: _t, text: _x, markdown: _m, number: _n, id, ...rest } = item
    return { ...rest, ...(now && id ? { id } : {}), blocks: [renvooiBlock(old ? text(old) : '', now ? text(now) : ''), ...(item.blocks ?? [])], items: nested }
  })
}

// The words of a block as one text, or undefined for blocks that are not text.
function plainText(block: Block): string | undefined {
  switch (block.type) {
    case 'text':
    case 'quote':
    case 'note':
    case 'agenda-summary':
      return block.text
    case 'definitions':
      return block.items.map((i) => `${i.term}: ${i.definition}`).join('\n')
    case 'meta':
      return block.items.map((i) => `${i.label}: ${i.value}`).join('\n')
    case 'renvooi':
      return block.parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')
    default:
      return undefined
  }
}

function renvooiBlock(before: string, after: string): RenvooiBlock {
  if (!before) return { type: 'renvooi', parts: [{ text: after, change: 'added' }] }
  if (!after) return { type: 'renvooi', parts: [{ text: before, change: 'removed' }] }
  return { type: 'renvooi', parts: renvooi(before, after) }
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
