/**
 * The table a share in prose is about: the tables of its section, the one right above it, and
 * the row a sentence names or quotes (`Noord heeft 40% van de woningen` beside a row `Noord`).
 * Used by share-claims.
 */
import type { Table } from './markdown-tables.js'
import type { RowShare } from './share-wholes.js'
import { numbersOf } from './share-back-references.js'

// The tables before an offset with no heading between, nearest last.
export function tablesInSection(text: string, tables: Table[], offset: number): Table[] {
  const start = text.slice(0, offset).search(/(?:^|\n)#[^\n]*\n(?![\s\S]*\n#)/u)
  return tables.filter((t) => (t.header[0]?.index ?? 0) >= start && (t.rows.at(-1)?.at(-1)?.index ?? offset) < offset)
}

// The nearest table before a sentence, with only prose without counts (and no heading) between.
export function tableJustBefore(text: string, tables: Table[], offset: number): Table | undefined {
  const endOf = (t: Table): number => {
    const cell = t.rows.at(-1)?.at(-1)
    return cell ? cell.index + cell.text.length : Number.POSITIVE_INFINITY
  }
  const table = tables.filter((t) => endOf(t) <= offset).at(-1)
  if (!table) return undefined
  const between = text.slice(endOf(table), offset).replace(/^[^\n]*/u, '')
  return numbersOf(between).length === 0 && !/^\s*#/mu.test(between) ? table : undefined
}

// A table row whose count is the one count a sentence quotes (`met 310 palen`), in a column whose header names the share's noun.
export function quotedRowOf(rows: RowShare[], sentence: string, noun: string): RowShare | undefined {
  const row = rowOf(rows, sentence, noun)
  const quoted = numbersOf(sentence.replace(/\d+(?:,\d+)?\s?(?:%|procent)/giu, ' '))
  return row && quoted.length === 1 && row.part === quoted[0] ? row : undefined
}

// `Noord heeft 40% van de woningen` beside a table with a row `Noord` and a column `Woningen`:
// one row named in the sentence, or whose count the sentence quotes (`Met 480 woningen heeft …`), and the
// share's noun in the column's header.
export function rowOf(rows: RowShare[], sentence: string, noun: string): RowShare | undefined {
  const lower = sentence.toLowerCase()
  // Another year makes it another count than the table's.
  if (/\b(?:19|20)\d{2}\b/.test(lower)) return undefined
  const quoted = numbersOf(sentence.replace(/\d+(?:,\d+)?\s?(?:%|procent)/giu, ' '))
  const inColumn = rows.filter((r) => r.header.split(/[^\p{L}]+/u).includes(noun.toLowerCase()))
  const byLabel = inColumn.filter((r) => r.label.length >= 3 && new RegExp(String.raw`(?<![\p{L}])${r.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(lower))
  const byCount = quoted.length === 1 ? inColumn.filter((r) => r.part === quoted[0]) : []
  const named = byLabel.length > 0 ? byLabel : byCount
  if (named.length === 1) return named[0]
  // A header that counts without a noun (`Aantal`): the row is the one whose label the sentence names and whose count
  // it quotes, two ties at once (`Met 95 fietsers vormen forenzen …` beside a row `Forenzen (werk) | 95`).
  const both = inColumn.length > 0 || quoted.length !== 1 ? [] : rows.filter((r) => r.part === quoted[0] && namesLabel(lower, r.label))
  return both.length === 1 ? both[0] : undefined
}

// Whether a sentence names a row's label, or the label's head before a note in brackets.
function namesLabel(sentence: string, label: string): boolean {
  const head = label.replace(/\s*\(.*$/u, '').trim()
  return head.length >= 3 && new RegExp(String.raw`(?<![\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(sentence)
}
