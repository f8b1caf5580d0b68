import type { RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import { firstIdLink, offsetLocation, type SourceLocation } from '@kapstok/core'
import { parseNilAmount } from '@kapstok/nl'
import { headingTextLocation, nextId, splitAt, type SourceContext } from '../context.js'
import { readTable, tableHeaders, type Cell, type ColumnSynonyms, type TableRow } from '../table.js'
import { agendaColumns, agendaModelFields, agendaWords } from './agenda-columns.js'
import { splitPeriod } from './agenda-period.js'

export { agendaColumns, agendaWords } from './agenda-columns.js'

// Unknown headers reported so far, per model: a header repeated in every table is reported once.
const reportedHeaders = new WeakMap<object, Set<string>>()

/** Where agenda rows under a heading belong. */
export interface AgendaScope {
  /** Pijler id, known at reading time (optional). */
  pijler?: string
  /** Pijler named by a heading's text or link, resolved once all files are read (optional). */
  pijlerTitle?: string
  /** Whether `pijlerTitle` is the id of a link `[titel](#id)` (optional). */
  pijlerLink?: boolean
  /** Word and number before the heading's title (`Thema 2` of `## Thema 2: Snelle hulp`), which name the pijler too (optional). */
  pijlerNumber?: string
  /** Where the pijler was named (optional). */
  pijlerLocation?: SourceLocation
  /** Subkop (optional). */
  subkop?: string
  /** Where the subkop heading is (optional). */
  subkopLocation?: SourceLocation
}

/**
 * Read agenda tables in `nodes`; headings at `depth` are subkoppen, deeper ones too (the
 * nearest wins).
 *
 * @param context Source context.
 * @param nodes Content of the agenda (part).
 * @param depth Depth of subkop headings.
 * @param scope Pijler the rows belong to.
 * @param keepProse Receives text found between the tables, so the caller can keep it.
 */
export function readAgenda(
  context: SourceContext,
  nodes: RootContent[],
  depth: number,
  scope: AgendaScope,
  keepProse: (nodes: RootContent[]) => void
): void {
  const { intro, parts } = splitAt(nodes, depth)
  readAgendaTables(context, intro, scope)
  // Text between the tables is not an agenda row, but it is not thrown away either.
  const text = intro.filter((n) => n.type !== 'table')
  if (text.length > 0) keepProse(text)
  for (const part of parts) {
    const subkopLocation = headingTextLocation(context, part.heading)
    readAgenda(
      context,
      part.children,
      depth + 1,
      { ...scope, subkop: toString(part.heading).trim(), ...(subkopLocation ? { subkopLocation } : {}) },
      keepProse
    )
  }
}

function readAgendaTables(context: SourceContext, nodes: RootContent[], scope: AgendaScope): void {
  const synonyms = mergeSynonyms(agendaColumns, context.options.columns)
  const reported = reportedHeaders.get(context.builder) ?? new Set<string>()
  reportedHeaders.set(context.builder, reported)
  for (const table of nodes.filter((n): n is Table => n.type === 'table')) {
    // The plan's own column words (Trekker, not Eigenaar), from the first table that has them.
    for (const [field, header] of Object.entries(tableHeaders(context, table, { synonyms, words: agendaWords }))) {
      if (context.builder.get(['agendaKolommen', field]) === undefined) {
        context.builder.set(['agendaKolommen', field], { value: header, positions: [] })
      }
    }
    for (const row of readTable(context, table, { synonyms, words: agendaWords, reported }, 'de uitvoeringsagenda')) {
      readRow(context, row, scope)
    }
  }
}

// A row number as written in a `Nr` column: `3`, `3.`, `1.2`, `4b`, `1.a`, `2-c`, `(5)`, `6)`. It starts with a digit,
// which no id does: it numbers the row, it declares no id.
const rowNumber = /^\(?\d+(?:[.-]?(?:\d+|\p{L}))*[.)]?$/iu

function readRow(context: SourceContext, row: TableRow, scope: AgendaScope): void {
  const rec = new PositionRecorder()
  rec.at([], row.location)
  const actie: Record<string, unknown> = {}
  const overig: Record<string, string> = {}
  const { id, pijler, subkop, verwijzingen, periode, ...rest } = row.cells
  // A `Nr` column that counts rows (`1`, `2`, `1.3`, often restarting per table) numbers them;
  // it is no id (an id starts with a letter), so the row gets a generated one.
  const written = id?.text || undefined
  actie.id = nextId(context, 'actie', written && !rowNumber.test(written) ? written : undefined)
  rec.at(['id'], id?.location ?? row.location)
  // A pijler column holds a title, short title or id, resolved like a heading once all files are read.
  // `-` or `n.v.t.` says on purpose that the row belongs to no pijler: it names none, and is kept under its header.
  const noPijler = pijler !== undefined && parseNilAmount(pijler.text)?.kind !== undefined && parseNilAmount(pijler.text)?.kind !== 'pm'
  if (noPijler) overig[row.headers.pijler ?? 'Pijler'] = pijler.text
  const pijlerTitle = (!noPijler && pijler?.text) || undefined
  if (!pijlerTitle && scope.pijler) actie.pijler = scope.pijler
  // Recorded only where something named the pijler, so rules can tell "named but unresolved" from "never named".
  rec.at(['pijler'], pijlerTitle ? pijler?.location : scope.pijlerLocation)
  const subkopText = subkop?.text || scope.subkop
  if (subkopText) actie.subkop = subkopText
  rec.at(['subkop'], subkop?.location ?? scope.subkopLocation)
  if (periode) {
    if (rest.start || rest.eind) keep(overig, rec, row.headers.periode ?? 'Planning', periode)
    else readPeriod(actie, rec, periode)
  }
  for (const [field, cell] of Object.entries(rest)) {
    if (!agendaModelFields.has(field)) {
      keep(overig, rec, row.headers[field] ?? field, cell)
      continue
    }
    // Empty cells stay out of the model, but keep their place for rules that report them.
    if (cell.text !== '') actie[field] = cell.text
    rec.at([field], cell.location)
  }
  for (const [header, cell] of Object.entries(row.extra)) keep(overig, rec, header, cell)
  if (verwijzingen) {
    const ids = verwijzingen.text.split(/[,;\s]+/).map((s) => s.replace(/^#/, '')).filter(Boolean)
    if (ids.length > 0) actie.verwijzingen = ids
    ids.forEach((_, i) => rec.at(['verwijzingen', i], verwijzingen.location))
  }
  if (Object.keys(overig).length > 0) actie.overig = overig
  if (actie.activiteit === undefined) actie.activiteit = ''
  const index = context.builder.append(['acties'], { value: actie, positions: rec.positions })
  if (pijlerTitle) {
    // A cell may link to its pijler as a heading does (`[Wonen](#t1)`): the id decides, not the link text.
    const written = pijlerTitle.trim()
    const found = firstIdLink(written)
    const link = found && found.index === 0 && found.length === written.length ? found : undefined
    context.pendingPijlers.push({ index, title: link?.id ?? pijlerTitle, location: pijler?.location, column: row.headers.pijler ?? 'Pijler', ...(link ? { link: true, written: pijlerTitle } : {}) })
  } else if (!scope.pijler && scope.pijlerTitle !== undefined) {
    context.pendingPijlers.push({ index, title: scope.pijlerTitle, location: scope.pijlerLocation, ...(scope.pijlerLink ? { link: true } : {}), ...(scope.pijlerNumber ? { number: scope.pijlerNumber } : {}) })
  }
}

// A column the model has no field for is kept under its header, with its place.
function keep(overig: Record<string, string>, rec: PositionRecorder, header: string, cell: Cell): void {
  if (cell.text === '') return
  overig[header] = cell.text
  rec.at(['overig', header], cell.location)
}

// One planning column: a range gives start and end, each at its own place; one period stands for both.
function readPeriod(actie: Record<string, unknown>, rec: PositionRecorder, cell: Cell): void {
  const sides = splitPeriod(cell.text)
  if (!sides) {
    if (cell.text !== '') actie.start = actie.eind = cell.text
    rec.at(['start'], cell.location)
    rec.at(['eind'], cell.location)
    return
  }
  for (const field of ['start', 'eind'] as const) {
    const side = sides[field]
    actie[field] = side.text
    rec.at([field], cell.location && offsetLocation(cell.location, cell.text, side.index, side.text.length))
  }
}

/**
 * Add configured synonyms to a column table.
 *
 * @param base Built-in synonyms.
 * @param extra From the config (optional).
 * @returns Merged synonyms.
 */
export function mergeSynonyms(base: ColumnSynonyms, extra: Record<string, string[]> | undefined): ColumnSynonyms {
  if (!extra) return base
  const merged: ColumnSynonyms = { ...base }
  for (const [field, names] of Object.entries(extra)) merged[field] = [...(merged[field] ?? []), ...names]
  return merged
}
