import type { List, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import { nextId, nodeLocation, notePlainLinks, type SourceContext } from '../context.js'
import { readTable, type ColumnSynonyms } from '../table.js'
import { mergeSynonyms } from './agenda.js'

/** Columns of a risico table. */
export const risicoColumns: ColumnSynonyms = {
  id: ['Id', 'Nr'],
  risico: ['Risico', "Risico's", 'Omschrijving'],
  kans: ['Kans'],
  impact: ['Impact', 'Gevolg'],
  beheersmaatregel: ['Beheersmaatregel', 'Beheersmaatregelen', 'Maatregel', 'Maatregelen']
}

/** Columns of a begrippen table. */
export const begripColumns: ColumnSynonyms = {
  id: ['Id'],
  term: ['Begrip', 'Term', 'Afkorting'],
  definitie: ['Definitie', 'Betekenis', 'Omschrijving', 'Toelichting']
}

/**
 * Read rows of every table in `nodes` into items of a collection.
 *
 * @param context Source context.
 * @param nodes Content.
 * @param columns Column synonyms.
 * @param path Collection, e.g. `['risicos']`.
 * @param idPrefix Prefix for generated ids, or `undefined` when ids are optional.
 * @param what Dutch name for messages.
 * @returns The nodes that are not tables.
 */
export function readRowsInto(
  context: SourceContext,
  nodes: RootContent[],
  columns: ColumnSynonyms,
  path: string[],
  idPrefix: string | undefined,
  what: string
): RootContent[] {
  const synonyms = mergeSynonyms(columns, context.options.columns)
  for (const table of nodes.filter((n): n is Table => n.type === 'table')) {
    for (const row of readTable(context, table, synonyms, what)) {
      const rec = new PositionRecorder()
      rec.at([], row.location)
      const value: Record<string, unknown> = {}
      const id = idPrefix ? nextId(context, idPrefix, row.cells.id?.text || undefined) : row.cells.id?.text || undefined
      if (id) value.id = id
      rec.at(['id'], row.cells.id?.location ?? row.location)
      for (const [field, cell] of Object.entries(row.cells)) {
        if (field === 'id') continue
        if (cell.text !== '') value[field] = cell.text
        rec.at([field], cell.location)
      }
      for (const field of Object.keys(columns)) if (field !== 'id' && value[field] === undefined && required(field)) value[field] = ''
      context.builder.append(path, { value, positions: rec.positions })
    }
  }
  return nodes.filter((n) => n.type !== 'table')
}

// Required text fields get an empty string so the schema reports "leeg" at the cell.
function required(field: string): boolean {
  return field === 'risico' || field === 'term' || field === 'definitie'
}

/**
 * Read a begrippen list: items `**Term**: definitie` or `Term: definitie`.
 *
 * @param context Source context.
 * @param nodes Content.
 * @returns Nodes that were not read.
 */
export function readBegrippenList(context: SourceContext, nodes: RootContent[]): RootContent[] {
  return nodes.filter((node) => {
    if (node.type !== 'list') return true
    for (const item of (node as List).children) {
      notePlainLinks(context, item)
      const text = toString(item).replace(/\s+/g, ' ').trim()
      const colon = text.indexOf(':')
      const rec = new PositionRecorder()
      rec.at([], nodeLocation(context, item))
      rec.at(['term'], nodeLocation(context, item))
      rec.at(['definitie'], nodeLocation(context, item))
      const value = colon > 0 ? { term: text.slice(0, colon).trim(), definitie: text.slice(colon + 1).trim() } : { term: text, definitie: '' }
      context.builder.append(['begrippen'], { value, positions: rec.positions })
    }
    return false
  })
}
