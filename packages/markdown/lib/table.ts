import type { SourceLocation } from '@kapstok/core'
import type { Table, TableCell } from 'mdast'
import { nodeLocation, report, spanLocation, type SourceContext } from './context.js'
import { cleanInline, foldKey } from './text.js'

/** Field name → header names that mean it (any case, accents ignored). */
export type ColumnSynonyms = Record<string, string[]>

/**
 * Field name → words that name it inside a longer header (`Startdatum activiteit` has
 * *start*). A `strong` word names the field on its own; a `weak` question word (*wat*,
 * *wie*, *wanneer*) only when the header has no strong word. A word also matches a header
 * word it begins (*start* in *startdatum*); list a longer compound where that misleads
 * (*actiehouder* is an owner, not an *actie*). A phrase (`draagt bij aan`) matches whole words.
 */
export type ColumnWords = Record<string, FieldWords>

/** The words of one field. */
export interface FieldWords {
  /** Words that name the field on their own. */
  strong: string[]
  /** Question words that name it only when no strong word does (optional). */
  weak?: string[]
  /** A general word (`datum`, `planning`) that gives way to any other field's strong word: `Datum gereed` is an end (optional). */
  general?: boolean
  /** Fields whose strong words together name this one: `Start en eind` is one period column (optional). */
  together?: string[]
}

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
  /** Cells of columns no field was found for, by header as written (empty when none). */
  extra: Record<string, Cell>
  /** Header as written, by field. */
  headers: Record<string, string>
  /** The row's location. */
  location: SourceLocation | undefined
}

/** How a table's columns are recognised. */
export interface ColumnMatching {
  /** Exact header names per field (any case, accents ignored; a field's own name counts). */
  synonyms: ColumnSynonyms
  /** Words that name a field inside a longer header (optional). */
  words?: ColumnWords
  /** Unknown headers already reported, so a header repeated in every table is reported once (optional). */
  reported?: Set<string>
}

/**
 * Read a GFM table whose columns are matched by header name (exactly, or by the words in the
 * header). An unknown column is reported once at its header and kept in `extra`; rows with
 * more or fewer cells than the header are reported at the offending cell; the row is still
 * read as far as it goes, so nothing else is lost.
 *
 * @param context Source context.
 * @param table The mdast table.
 * @param columns Which headers mean which field: synonyms, or a full `ColumnMatching`.
 * @param what Dutch name of the table for messages, e.g. "de uitvoeringsagenda".
 * @returns Body rows.
 */
export function readTable(context: SourceContext, table: Table, columns: ColumnSynonyms | ColumnMatching, what: string): TableRow[] {
  const [header, ...body] = table.children
  if (!header) return []
  const matching: ColumnMatching = isMatching(columns) ? columns : { synonyms: columns }
  const headers = header.children.map((cell) => cellText(context, cell))
  const fields = headers.map(({ text: name, location }) => {
    const field = matchColumn(name, matching)
    const key = foldKey(name)
    if (!field && key !== '' && !matching.reported?.has(key)) {
      matching.reported?.add(key)
      const known = Object.values(matching.synonyms).map((names) => '`' + (names[0] ?? '') + '`').join(', ')
      report(context, `Onbekende kolom \`${name}\` in ${what}; bekende kolommen: ${known}. Hernoem de kolom of noem de kop onder \`columns\` in \`kapstok.config.yaml\``, {
        ruleId: 'table-unknown-column',
        // Not a defect the text proves: the column is kept, only not checked.
        severity: 'warning',
        location
      })
    }
    return field
  })
  return body.map((row, index) => {
    const cells: Record<string, Cell> = {}
    const extra: Record<string, Cell> = {}
    row.children.forEach((cell, i) => {
      const field = fields[i]
      if (i >= fields.length) {
        report(context, `Rij ${index + 1} van ${what} heeft ${row.children.length} cellen, de kop ${fields.length}; overbodige cel \`${cellText(context, cell).text}\``, {
          ruleId: 'table-column-count',
          location: cellText(context, cell).location
        })
      } else if (field) {
        cells[field] = cellText(context, cell)
      } else {
        extra[headers[i]?.text || `kolom ${i + 1}`] = cellText(context, cell)
      }
    })
    if (row.children.length < fields.length) {
      report(context, `Rij ${index + 1} van ${what} heeft ${row.children.length} cellen, de kop ${fields.length}; vul de ontbrekende cellen aan (leeg mag: \`| |\`)`, {
        ruleId: 'table-column-count',
        location: nodeLocation(context, row.children.at(-1) ?? row)
      })
    }
    const names: Record<string, string> = {}
    fields.forEach((field, i) => field && (names[field] ??= headers[i]?.text ?? field))
    return { cells, extra, headers: names, location: nodeLocation(context, row) }
  })
}

/**
 * The field a header names: an exact synonym first, else the first strong word in the
 * header, else its first weak word.
 *
 * @param header Header text as written.
 * @param matching Synonyms and words.
 * @returns The field, or `undefined` when the header names none.
 */
export function matchColumn(header: string, matching: ColumnMatching): string | undefined {
  const key = foldKey(header)
  for (const [field, names] of Object.entries(matching.synonyms)) {
    if ([field, ...names].some((name) => foldKey(name) === key)) return field
  }
  const words = matching.words
  if (!words) return undefined
  const tokens = key.split(/[\s/]+/).filter(Boolean)
  const strong = fieldsNamed(tokens, words, 'strong')
  const together = Object.entries(words).find(([, w]) => w.together?.every((f) => strong.includes(f)))
  if (together) return together[0]
  return strong.find((field) => !words[field]?.general) ?? strong[0] ?? fieldsNamed(tokens, words, 'weak')[0]
}

// Fields named by the header's words, in the order of the words (per word the longest match wins).
function fieldsNamed(tokens: string[], words: ColumnWords, strength: 'strong' | 'weak'): string[] {
  const found: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    let best: { field: string; length: number; parts: number } | undefined
    for (const [field, list] of Object.entries(words)) {
      for (const word of list[strength] ?? []) {
        const length = wordAt(tokens, i, foldKey(word))
        if (length > (best?.length ?? 0)) best = { field, length, parts: word.split(' ').length }
      }
    }
    if (!best) continue
    if (!found.includes(best.field)) found.push(best.field)
    // A phrase consumes its words: `Relatie tot thema` names a reference, not an end (*tot*).
    i += best.parts - 1
  }
  return found
}

// Length of `word` when it matches at token `i` (whole phrase, whole word, or the start of a compound), else 0.
function wordAt(tokens: string[], i: number, word: string): number {
  const parts = word.split(' ')
  if (parts.length > 1) return tokens.slice(i, i + parts.length).join(' ') === word ? word.length : 0
  const token = tokens[i] ?? ''
  if (token === word) return word.length + 1
  return word.length >= 4 && token.startsWith(word) ? word.length : 0
}

function isMatching(columns: ColumnSynonyms | ColumnMatching): columns is ColumnMatching {
  return typeof (columns as ColumnMatching).synonyms === 'object' && !Array.isArray((columns as ColumnMatching).synonyms)
}

/**
 * The header of a table as written, by the field each column means (`eigenaar` → `Trekker`);
 * unknown columns are left out (`readTable` reports them).
 *
 * @param context Source context.
 * @param table The mdast table.
 * @param matching Which headers mean which field (synonyms and words).
 * @returns Header text by field.
 */
export function tableHeaders(context: SourceContext, table: Table, matching: ColumnMatching): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const cell of table.children[0]?.children ?? []) {
    const { text } = cellText(context, cell)
    const field = matchColumn(text, matching)
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
