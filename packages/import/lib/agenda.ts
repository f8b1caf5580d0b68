import type { Element, ElementContent, Root, RootContent } from 'hast'
import { agendaColumns, agendaWords, matchColumn, type ColumnMatching } from '@kapstok/markdown'
import { parseDutchPeriod } from '@kapstok/nl'
import { elements, headingLevel, isElement, offsetOf, textOf } from './hast.js'
import type { ImportNote } from './notes.js'

/** What `markAgendaTables` found. */
export interface AgendaResult {
  /** Offsets (in the HTML) of the agenda tables, to find them again after conversion. */
  tables: Set<number>
  /** Number of agenda rows (acties) kept. */
  rows: number
}

/**
 * Recognise uitvoeringsagenda tables by their column headers (the reader's synonyms, plus the
 * plan's own) and shape them the way the reader reads them: a row that spans the whole table
 * (a group title in Word) becomes a subkop heading that splits the table; columns the reader
 * does not know are folded into `Bijzonderheden` as `kop: waarde`, so no text is lost and no
 * unknown column stops the reader; empty rows are dropped.
 *
 * @param tree The document (changed in place).
 * @param notes Receives what was changed.
 * @param extra Extra column synonyms from the plan's config (optional).
 * @returns The agenda tables and the number of rows.
 */
export function markAgendaTables(tree: Root, notes: ImportNote[], extra: Record<string, string[]> = {}): AgendaResult {
  // The reader's own matching (exact names, then the words inside a longer header), so what
  // the import calls an agenda column is exactly what the reader will read as one.
  const synonyms = Object.fromEntries(Object.entries(agendaColumns).map(([field, names]) => [field, [...names, ...(extra[field] ?? [])]]))
  const lookup: ColumnMatching = { synonyms, words: agendaWords }
  const result: AgendaResult = { tables: new Set(), rows: 0 }
  const top = Math.min(7, ...tree.children.map(headingLevel).filter((l) => l > 0))
  let level = 0
  const children: Root['children'] = []
  for (const node of tree.children) {
    level = headingLevel(node) || level
    const fields = isElement(node, 'table') ? agendaFields(node, lookup) : undefined
    if (!fields || !isElement(node)) {
      children.push(node)
      continue
    }
    // Group rows become subkop headings below a pijler's heading; directly in a chapter, a
    // heading would read as a pijler, so they become a `Subkop` column instead.
    const subkop = level > top ? Math.min(6, level + 1) : 'column'
    for (const part of reshape(node, fields, subkop, notes)) {
      if (isElement(part, 'table')) {
        const offset = offsetOf(part)
        if (offset !== undefined) result.tables.add(offset)
        result.rows += rowsOf(part).length - 1
      }
      children.push(part)
    }
  }
  tree.children = children
  return result
}

// The field of each column when the table is an agenda: it has an activity and a date column,
// and most of its columns are agenda columns.
function agendaFields(table: Element, lookup: ColumnMatching): Array<string | undefined> | undefined {
  const header = rowsOf(table)[0]
  if (!header) return undefined
  const fields = cellsOf(header).map((cell) => matchColumn(textOf(cell).replace(/[?:]+$/, ''), lookup))
  const known = fields.filter(Boolean).length
  // An agenda says what happens when: an activity and a date column. (A table of measures
  // names an activity too, but has no planning.)
  const dateColumns = fields.flatMap((f, i) => (f === 'start' || f === 'eind' || f === 'periode' ? [i] : []))
  const named = fields.filter((f): f is string => f !== undefined)
  if (new Set(named).size < named.length) return undefined // two activity or end columns: not an agenda
  if (!fields.includes('activiteit') || dateColumns.length === 0 || known < 3 || known * 2 < fields.length) return undefined
  // The headers may only look like an agenda's; its date cells must read as dates or periods.
  const cells = rowsOf(table).slice(1).flatMap((row) => dateColumns.map((i) => { const cell = cellsOf(row)[i]; return cell ? textOf(cell).trim() : '' })).filter((t) => t !== '')
  const readable = cells.filter((t) => t.length <= 40 && parseDutchPeriod(t).kind !== 'unknown').length
  if (cells.length > 0 && readable * 2 < cells.length) return undefined
  return fields
}

function reshape(table: Element, fields: Array<string | undefined>, subkop: number | 'column', notes: ImportNote[]): RootContent[] {
  const [header, ...body] = rowsOf(table)
  if (!header) return [table]
  const unknown = fields.flatMap((field, i) => (field ? [] : [i]))
  const headerTexts = cellsOf(header).map(textOf)
  for (const i of unknown) {
    notes.push({
      ruleId: 'import-agenda-column',
      reason: `Kolom \`${headerTexts[i]}\` van de uitvoeringsagenda is geen bekende agendakolom; de inhoud staat nu onder \`Bijzonderheden\`. Voeg de kop toe aan \`columns\` in kapstok.config.yaml als het een eigen veld is`,
      ...at(header),
      severity: 'warning'
    })
  }
  const target = fields.indexOf('bijzonderheden')
  const fix = (row: Element, isHeader: boolean): Element => {
    if (unknown.length === 0) return row
    const cells = cellsOf(row)
    const moved = unknown.map((i) => [headerTexts[i], cells[i] ? textOf(cells[i] as Element) : ''] as const).filter(([, v]) => v !== '')
    const kept = cells.filter((_, i) => !unknown.includes(i))
    if (target < 0) kept.push(cell(isHeader ? 'Bijzonderheden' : '', isHeader ? 'th' : 'td'))
    const index = target < 0 ? kept.length - 1 : target - unknown.filter((i) => i < target).length
    const into = kept[index]
    if (!isHeader && into && moved.length > 0) {
      const before = textOf(into)
      into.children = [{ type: 'text', value: [before, ...moved.map(([k, v]) => `${k}: ${v}`)].filter(Boolean).join('; ') }]
    }
    return { ...row, children: kept }
  }
  const groups = subkop === 'column' && !fields.includes('subkop') && body.some((row) => isGroupRow(row, fields))
  const head = withSubkop(fix(header, true), groups ? 'Subkop' : undefined, 'th')
  const parts: RootContent[] = []
  let rows: Element[] = []
  let group = ''
  const flush = () => {
    if (rows.length > 0) parts.push({ type: 'element', tagName: 'table', properties: {}, children: [head, ...rows], ...(parts.length === 0 && table.position ? { position: table.position } : { position: rows[0]?.position ?? table.position }) } as Element)
    rows = []
  }
  for (const row of body) {
    const cells = cellsOf(row)
    const texts = cells.map(textOf)
    if (texts.every((t) => t === '')) continue
    if (isGroupRow(row, fields)) {
      // A group row: in Word, one merged cell across the table holding a subkop.
      group = texts[0] ?? ''
      if (subkop === 'column') continue
      flush()
      parts.push({ type: 'element', tagName: `h${subkop}`, properties: {}, children: [{ type: 'text', value: group }], ...(row.position ? { position: row.position } : {}) })
      continue
    }
    rows.push(withSubkop(fix(row, false), groups ? group : undefined, 'td'))
  }
  flush()
  return parts
}

function isGroupRow(row: Element, fields: Array<string | undefined>): boolean {
  return cellsOf(row).length === 1 && fields.length > 1
}

function withSubkop(row: Element, text: string | undefined, tagName: string): Element {
  return text === undefined ? row : { ...row, children: [...cellsOf(row), cell(text, tagName)] }
}

/**
 * The rows of a table (in `thead`, `tbody`, `tfoot` or directly below it).
 *
 * @param table A `table` element.
 * @returns Its rows.
 */
export function rowsOf(table: Element): Element[] {
  return elements(table, 'tr').filter((row) => !elements(table, 'table').some((inner) => elements(inner, 'tr').includes(row)))
}

/**
 * The cells of a row.
 *
 * @param row A `tr` element.
 * @returns Its `td`/`th` cells.
 */
export function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c, 'td', 'th'))
}

function cell(text: string, tagName: string): Element {
  return { type: 'element', tagName, properties: {}, children: text ? [{ type: 'text', value: text } as ElementContent] : [] }
}

function at(node: Element): { offset?: number } {
  const offset = offsetOf(node)
  return offset === undefined ? {} : { offset }
}
