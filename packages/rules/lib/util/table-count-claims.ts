/**
 * Counts checked against a table in their section: a caption with a count (`Tabel 2. De vijf
 * kengetallen …`, above or below the table) against the table's rows; a count of a noun that
 * heads a column (`vier kansen` over a column `Kansen`) against the filled cells of that
 * column; and a count of a noun whose singular opens rows (`vier zwembaden` over rows
 * `Zwembad …`) against those rows. Read from the numbers and the structure, not from wording.
 */

import { markdownTables, type Table } from './markdown-tables.js'
import { plainCounts, type ListClaimOptions, type PlainCount } from './list-claims.js'
import { TOTAL_CELL } from './list-blocks.js'

/** A count that differs from the table it sizes. */
export interface TableCountClaim extends PlainCount {
  /** The items the table has. */
  listed: number
}

// Words by which a sentence points at the table beside it.
// A plan's agenda is a table too (`De uitvoeringsagenda bevat …`).
const POINTS_AT_TABLE = /\b(?:(?:de|deze|onderstaande|volgende)\s+(?:tabel|\p{L}*agenda)|tabel\s+hieronder|hieronder|hierna|onderstaand|overzicht)\b/iu
// A column that only numbers the rows (`Nr`, `#`): the rows' items are named in the next column.
const NUMBER_COLUMN = /^(?:nr\.?|nummer|no\.?|#|volgnummer)$/iu
// A caption: `Tabel 3.`, `*Tabel 2:*`, `**Tabel 1**`, `Tabel 4 Wegen …`, at the start of its line;
// not a sentence with the table as its subject (`Tabel 2 noemt de zes wegen …`), whose verb follows the number.
const CAPTION = /^[ \t]*[*_]{0,2}(?:[Tt]abel|TABEL|[Tt]ab\.)[ \t]*\d+(?![\d.]*[ \t]+\p{Ll})/u
// A phrase or clause right after a counted noun that narrows it to some of the rows: `met de langste wachtlijst`, `die …`.
const NARROWED = /^[ \t]*,?[ \t]*(?:met|zonder|in|uit|van|bij|op|aan|onder|boven|die|dat|waar\p{L}*)\b/iu
// A total row is no item; an empty first cell groups rows under the one above.
// An empty cell: nothing, a dash, n.v.t.
// Right before the base of a ratio: `één op de`, `1 op de`, `twee op het`.
const RATIO_BASE = /(?:^|\s)(?:\p{L}+|\d+)\s+op\s+(?:de|het)\s+$/iu
const EMPTY = /^(?:|[-–—]|n\.?v\.?t\.?|nvt)$/iu
// A cell that may hold more than one item; `en` alone may join the words of one (`ligging aan weg en water`).
const SEVERAL = /[,;•]|<br\s*\/?>/iu

/**
 * The counts in the sections of the tables of a Markdown text that differ from what the table
 * shows. Only a caption may count fewer items than the table has; a count in prose may name a
 * part of a table (`twee zwembaden krijgen een nieuw dak`), so there only a count above what the
 * table holds is reported.
 *
 * @param markdown The Markdown source of a plan file.
 * @param options What to leave to other rules (optional).
 * @returns The differing counts, by offset.
 */
export function tableCountClaims(markdown: string, options: ListClaimOptions = {}): TableCountClaim[] {
  const out = new Map<number, TableCountClaim>()
  const lines = [...markdown.matchAll(/^.*$/gmu)].map((m) => ({ text: m[0], index: m.index }))
  const headings = lines.filter((l) => /^#{1,6}[ \t]/u.test(l.text)).map((l) => l.index)
  const tables = markdownTables(markdown)
  // Every table reads the lines of its section: a section with many tables had each of its lines
  // read once per table. A line's counts are read once.
  const countsOf = new Map<number, PlainCount[]>()
  const countsAt = (line: { text: string; index: number }): PlainCount[] => {
    let counts = countsOf.get(line.index)
    if (!counts) countsOf.set(line.index, (counts = plainCounts(line.text, options)))
    return counts
  }
  for (const table of tables) {
    const first = table.header[0]?.index
    const last = table.rows.at(-1)?.at(-1)?.index ?? first
    if (first === undefined || last === undefined) continue
    const from = headings.filter((h) => h < first).at(-1) ?? 0
    const to = headings.find((h) => h > last) ?? markdown.length
    const section = lines.filter((l) => l.index >= from && l.index < to && l.text.trim() !== '' && !/^\s*\|/u.test(l.text) && !/^#/u.test(l.text))
    const rows = itemRows(table)
    const caption = section.filter((l) => CAPTION.test(l.text) && adjacent(markdown, l.index, l.text.length, first, last))
    const captionAbove = caption.filter((l) => l.index < first)
    for (const line of caption) {
      const counts = countsAt(line)
      const count = counts[0]
      // A caption may count the rows or the columns; one count only, or it may be of something else.
      // A count of what the first column names (`de vijf wijken` over a column `Wijk`) counts the rows.
      const sizes = count && rowNoun(table, count.noun) ? [rows] : [rows, table.header.length, table.header.length - 1]
      if (counts.length !== 1 || !count || rows === undefined || rows < 2 || sizes.includes(count.stated)) continue
      out.set(line.index + count.index, { ...count, index: line.index + count.index, listed: rows })
    }
    // The table's number: its caption's, or any number when it is the only table of its section
    // and has no caption (`(tabel 1)` can then mean no other).
    const captioned = caption.map((l) => /\d+(?:\.\d+)*/u.exec(l.text)?.[0]).find((n) => n !== undefined)
    const alone = tables.filter((t) => (t.header[0]?.index ?? -1) >= from && (t.header[0]?.index ?? -1) < to).length === 1
    for (const line of section) {
      // A lead-in that points at the table (`De tabel toont de zes kernen …`, `Hieronder de
      // zes scholen`) counts all rows of what the first column names, as a caption does. A line
      // that names the table by its number (`bestaat uit drie soorten (tabel 2)`) points at it
      // from anywhere in the section.
      const numbers = [...line.text.matchAll(/\btabel\s+(\d+(?:\.\d+)*)\b/giu)].map((m) => m[1])
      const byNumber = numbers.length === 1 && !CAPTION.test(line.text) && (captioned !== undefined ? numbers[0] === captioned : alone)
      // Right under the table, `Deze drie soorten …` points back at its rows as `de tabel` does.
      const pointed = (POINTS_AT_TABLE.test(line.text) || (line.index > last && /^[ \t]*(?:deze|die)\s/iu.test(line.text))) && adjacent(markdown, line.index, line.text.length, first, last)
      const leadIn = byNumber || pointed
      const counts = countsAt(line)
      for (const count of counts) {
        const index = line.index + count.index
        // One count, not in a phrase (`in twee wijken`) nor a part of a whole (`twee van de vier wijken`).
        // `bestaat uit (de)`, `verdeeld in (de)`: the whole named by its parts, no phrase.
        const before = line.text.slice(0, count.index)
        // (Read only for a line that leads in to the table: most lines of a section do not.)
        const phrase = (): boolean => /\b(?:in|op|bij|voor|met|van|uit|naar|over|aan)\s+(?:de|het|alle|onze)?\s*$/iu.test(before) && !/\b(?:bestaa?t|bestaan|bestond|bestonden|verdeeld|ingedeeld|uiteen)\s+(?:uit|in)\s+(?:(?:de|het|alle|onze)\s+)?$/iu.test(before)
        // Named by its number only, the count must be what the sentence says of the table, not its
        // subject (`Drie soorten in tabel 2 zijn inheems`) nor a kind of its rows (`twee nieuwe soorten`).
        const told = (): boolean => pointed || (count.phrase === count.noun && /\p{L}[^.!?;]*$/u.test(before))
        // A line right above the table that ends in a colon announces it: a count of what its first
        // column names (`In de zes dorpen zijn de wachtlijsten:` over a column `Dorp`, `Langs zeven wegen
        // liggen woningen boven de drempel:` over `Weg`) is all of its rows, also in a phrase; any other
        // number of rows is then wrong. A caption between them (`*Tabel 2.2 …*`) belongs to the table.
        const announced = line.index < first && /:[*_]*\s*$/u.test(line.text) && (adjacent(markdown, line.index, line.text.length, first, last) || captionAbove.some((c) => c.index > line.index && adjacent(markdown, line.index, line.text.length, c.index, c.index)))
        // Fewer than the rows only for a noun that nothing narrows (`In de twee dorpen met de langste wachtlijst …:` may pick rows).
        const fewer = !NARROWED.test(line.text.slice(count.index + count.written.length))
        if (announced && counts.length === 1 && rows !== undefined && rows >= 2 && (fewer ? count.stated !== rows : count.stated > rows) && rowNoun(table, count.noun)) {
          out.set(index, { ...count, index, listed: rows })
          continue
        }
        // Other figures may share the line (`… de acht projecten voor de twee doelen …`): the one
        // count of what the rows are is what the sentence says of the table.
        const ofRows = counts.filter((c) => rowNoun(table, c.noun)).length === 1
        if (leadIn && told() && ofRows && !phrase() && rows !== undefined && rows >= 2 && count.stated !== rows && rowNoun(table, count.noun)) {
          out.set(index, { ...count, index, listed: rows })
          continue
        }
        // `één op de vier klachten`: the count after `op de` is a ratio's base, no number of items.
        if (RATIO_BASE.test(before)) continue
        const listed = columnItems(table, count) ?? rowsOf(table, count.noun)
        if (listed === undefined || count.stated <= listed) continue
        if (!out.has(index)) out.set(index, { ...count, index, listed })
      }
    }
  }
  return [...out.values()].sort((a, b) => a.index - b.index)
}

// The data rows that are items; undefined when an empty first cell groups them.
function itemRows(table: Table): number | undefined {
  let n = 0
  for (const row of table.rows) {
    const first = (row[0]?.text ?? '').replace(/[*_]/gu, '').trim()
    if (first === '') return undefined
    if (!TOTAL_CELL.test(first)) n++
  }
  return n
}

// A caption right above the header or right under the last row: only blank lines between. A
// line that leads in to the table may have the table's caption between (`De tabel hieronder …`,
// `Tabel 2. Wegen …`, the table). A line above the table may also open the paragraph right above
// it (hard-wrapped lines, no blank line between).
function adjacent(markdown: string, index: number, length: number, first: number, last: number): boolean {
  const end = index + length
  const notCaption = (l: string): string => (CAPTION.test(l) ? '' : l)
  if (end <= first) return !/\n[ \t]*\n[^]*\S/u.test(markdown.slice(end, first).replace(/\|/gu, '').replace(/^.*$/gmu, notCaption))
  const after = markdown.slice(markdown.indexOf('\n', last) + 1, index)
  return after.split('\n').every((l) => l.trim() === '' || /^\s*\|/u.test(l) || CAPTION.test(l))
}

// The filled cells of the column the count's noun heads (`Kansen`, `Sterke punten`); undefined
// when no header is that noun, or a cell may hold more than one item.
function columnItems(table: Table, count: PlainCount): number | undefined {
  const column = table.header.findIndex((cell) => {
    const name = cell.text.replace(/[*_]/gu, '').replace(/\s*\([^()]*\)\s*$/u, '').trim().toLowerCase()
    return name === count.phrase || name === count.noun
  })
  if (column < 0) return undefined
  const cells = table.rows.filter((row) => !TOTAL_CELL.test((row[0]?.text ?? '').replace(/[*_]/gu, '').trim())).map((row) => (row[column]?.text ?? '').replace(/[*_]/gu, '').trim())
  if (cells.some((cell) => SEVERAL.test(cell))) return undefined
  return cells.filter((cell) => !EMPTY.test(cell)).length
}

// Whether the noun is the plural of the first column's header (`wijken` over `Wijk`): the rows are its items.
function rowNoun(table: Table, noun: string): boolean {
  const cells = table.header.map((cell) => cell.text.replace(/[*_]/gu, '').trim())
  const column = NUMBER_COLUMN.test(cells[0] ?? '') ? 1 : 0
  const head = /^[\p{L}-]+$/u.exec(cells[column] ?? '')?.[0]?.toLowerCase()
  // A compound ending on the header's plural counts the same rows (`boomsoorten` over `Soort`).
  return head !== undefined && head.length >= 3 && plurals(head).some((p) => noun === p || (head.length >= 4 && noun.endsWith(p)))
}

// The rows whose first cell opens with the singular of the noun (`Zwembad De Vennen` for
// `zwembaden`); undefined when fewer than two do.
function rowsOf(table: Table, noun: string): number | undefined {
  const n = table.rows.filter((row) => {
    const word = /^[\p{L}-]+/u.exec((row[0]?.text ?? '').replace(/[*_]/gu, '').trim())?.[0]?.toLowerCase()
    return word !== undefined && word.length >= 3 && plurals(word).includes(noun)
  }).length
  return n >= 2 ? n : undefined
}

// The plural forms a singular may take in Dutch: `park` → `parken`, `school` → `scholen`,
// `bus` → `bussen`, `huis` → `huizen`, `druif` → `druiven`, `auto` → `auto's`, `categorie` → `categorieën`.
function plurals(word: string): string[] {
  return [
    `${word}en`,
    `${word}s`,
    `${word}'s`,
    `${word}’s`,
    `${word}${word.at(-1) ?? ''}en`,
    `${word.replace(/([aeiou])\1([^aeiou])$/u, '$1$2')}en`,
    `${word.replace(/s$/u, 'z')}en`,
    `${word.replace(/f$/u, 'v')}en`,
    // `categorie` → `categorieën`, `zee` → `zeeën`.
    ...(/e$/u.test(word) ? [`${word}ën`] : [])
  ]
}
