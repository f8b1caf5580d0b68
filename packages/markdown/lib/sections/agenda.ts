import type { RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import type { SourceLocation } from '@kapstok/core'
import { headingTextLocation, nextId, splitAt, type SourceContext } from '../context.js'
import { readTable, tableHeaders, type ColumnSynonyms } from '../table.js'

/** Column headers of the uitvoeringsagenda, with the Dutch synonyms real plans use. */
export const agendaColumns: ColumnSynonyms = {
  id: ['Id', 'Nr', 'Nummer', 'Nr.'],
  activiteit: ['Activiteit', 'Wat is de activiteit', 'Actie', 'Activiteiten'],
  doel: ['Doel', 'Wat is het doel ervan', 'Beoogd resultaat', 'Doelen'],
  start: ['Start', 'Wanneer is de start gepland (geweest)', 'Wanneer is de start gepland', 'Begin', 'Startdatum'],
  eind: ['Eind', 'Afronding', 'Wanneer is de afronding gepland', 'Einddatum', 'Gereed'],
  domein: ['Domein', 'Aan welk domein is het gerelateerd', 'Wet'],
  eigenaar: ['Eigenaar', 'Trekker', 'Verantwoordelijke'],
  status: ['Status'],
  bijzonderheden: ['Bijzonderheden', 'Bijzonderheden?', 'Opmerkingen'],
  pijler: ['Pijler', 'Thema', 'Route'],
  subkop: ['Subkop', 'Onderdeel'],
  verwijzingen: ['Verwijzingen', 'Draagt bij aan']
}

/** Where agenda rows under a heading belong. */
export interface AgendaScope {
  /** Pijler id, known at reading time (optional). */
  pijler?: string
  /** Pijler named by a heading's text, resolved once all files are read (optional). */
  pijlerTitle?: string
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
  for (const table of nodes.filter((n): n is Table => n.type === 'table')) {
    // The plan's own column words (Trekker, not Eigenaar), from the first table that has them.
    for (const [field, header] of Object.entries(tableHeaders(context, table, synonyms))) {
      if (context.builder.get(['agendaKolommen', field]) === undefined) {
        context.builder.set(['agendaKolommen', field], { value: header, positions: [] })
      }
    }
    for (const row of readTable(context, table, synonyms, 'de uitvoeringsagenda')) {
      const rec = new PositionRecorder()
      rec.at([], row.location)
      const actie: Record<string, unknown> = {}
      const { id, pijler, subkop, verwijzingen, ...rest } = row.cells
      actie.id = nextId(context, 'actie', id?.text || undefined)
      rec.at(['id'], id?.location ?? row.location)
      const pijlerId = pijler?.text || scope.pijler
      if (pijlerId) actie.pijler = pijlerId
      rec.at(['pijler'], pijler?.location ?? scope.pijlerLocation)
      const subkopText = subkop?.text || scope.subkop
      if (subkopText) actie.subkop = subkopText
      rec.at(['subkop'], subkop?.location ?? scope.subkopLocation)
      for (const [field, cell] of Object.entries(rest)) {
        // Empty cells stay out of the model, but keep their place for rules that report them.
        if (cell.text !== '') actie[field] = cell.text
        rec.at([field], cell.location)
      }
      if (verwijzingen) {
        const ids = verwijzingen.text.split(/[,;\s]+/).map((s) => s.replace(/^#/, '')).filter(Boolean)
        if (ids.length > 0) actie.verwijzingen = ids
        ids.forEach((_, i) => rec.at(['verwijzingen', i], verwijzingen.location))
      }
      if (actie.activiteit === undefined) actie.activiteit = ''
      const index = context.builder.append(['acties'], { value: actie, positions: rec.positions })
      if (!pijlerId && scope.pijlerTitle !== undefined) {
        context.pendingPijlers.push({ index, title: scope.pijlerTitle, location: scope.pijlerLocation })
      }
    }
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
