import type { SourceLocation } from '@kapstok/core'
import type { Table, TableCell } from 'mdast'
import { nodeLocation, report, spanLocation, type SourceContext } from './context.js'
import { cleanInline, foldKey } from './text.js'

/** Field name → header names that mean it (any case, accents ignored). */
export type ColumnSynonyms = Record<string, string[]>

/** A cell's text with its place. */
export interface Cell {
  /** Text as written (`\|` unescaped, whitespace collapsed); `''` for an empty cell. */
  text: string
  /** Where the cell content is (for an empty cell: the cell itself). */
  location: SourceLocation | undefined
}

/** A body row of a table, by field. */
export interface TableRow {
  /** Cells by field name. */
  cells: Record<string, Cell>
  /** The row's location. */
  location: SourceLocation | undefined
}

/**
 * Read a GFM table whose columns are matched by header name. Unknown columns and rows with
 * more or fewer cells than the header are reported at the offending cell; the row is still
 * read as far as it goes, so nothing else is lost.
 *
 * @param context Source context.
 * @param table The mdast table.
 * @param synonyms Which headers mean which field.
 * @param what Dutch name of the table for messages, e.g. "de uitvoeringsagenda".
 * @returns Body rows.
 */
export function readTable(context: SourceContext, table: Table, synonyms: ColumnSynonyms, what: string): TableRow[] {
  const [header, ...body] = table.children
  if (!header) return []
  const lookup = new Map<string, string>()
  for (const [field, names] of Object.entries(synonyms)) {
    for (const name of [field, ...names]) lookup.set(foldKey(name), field)
  }
  const fields = header.children.map((cell) => {
    const { text: name, location } = cellText(context, cell)
    const field = lookup.get(foldKey(name))
    if (!field) {
      const known = Object.values(synonyms).map((names) => '`' + (names[0] ?? '') + '`').join(', ')
      report(context, `Onbekende kolom \`${name}\` in ${what}; bekende kolommen: ${known}`, {
        ruleId: 'table-unknown-column',
        location
      })
    }
    return field
  })
  return body.map((row, index) => {
    const cells: Record<string, Cell> = {}
    row.children.forEach((cell, i) => {
      const field = fields[i]
      if (i >= fields.length) {
        report(context, `Rij ${index + 1} van ${what} heeft ${row.children.length} cellen, de kop ${fields.length}; overbodige cel \`${cellText(context, cell).text}\``, {
          ruleId: 'table-column-count',
          location: cellText(context, cell).location
        })
      } else if (field) {
        cells[field] = cellText(context, cell)
      }
    })
    if (row.children.length < fields.length) {
      report(context, `Rij ${index + 1} van ${what} heeft ${row.children.length} cellen, de kop ${fields.length}; vul de ontbrekende cellen aan (leeg mag: \`| |\`)`, {
        ruleId: 'table-column-count',
        location: nodeLocation(context, row.children.at(-1) ?? row)
      })
    }
    return { cells, location: nodeLocation(context, row) }
  })
}

/**
 * The header of a table as written, by the field each column means (`eigenaar` → `Trekker`);
 * unknown columns are left out (`readTable` reports them).
 *
 * @param context Source context.
 * @param table The mdast table.
 * @param synonyms Which headers mean which field.
 * @returns Header text by field.
 */
export function tableHeaders(context: SourceContext, table: Table, synonyms: ColumnSynonyms): Record<string, string> {
  const lookup = new Map<string, string>()
  for (const [field, names] of Object.entries(synonyms)) {
    for (const name of [field, ...names]) lookup.set(foldKey(name), field)
  }
  const headers: Record<string, string> = {}
  for (const cell of table.children[0]?.children ?? []) {
    const { text } = cellText(context, cell)
    const field = lookup.get(foldKey(text))
    if (field && text && headers[field] === undefined) headers[field] = text
  }
  return headers
}

/**
 * Text and location of a cell's content.
 *
 * @param context Source context.
 * @param cell The cell.
 * @returns The cell.
 */
export function cellText(context: SourceContext, cell: TableCell): Cell {
  const location = spanLocation(context, cell.children)
  if (!location || location.start.offset === undefined || location.end.offset === undefined) {
    return { text: '', location: nodeLocation(context, cell) }
  }
  return { text: cleanInline(context.text.slice(location.start.offset, location.end.offset)), location }
}
