/**
 * The table a share in prose is about: the tables of its section, the one right above it, and
 * the row a sentence names or quotes (`Noord heeft 40% van de woningen` beside a row `Noord`).
 * Used by share-claims.
 */
import type { Table } from './markdown-tables.js'
import type { RowShare } from './share-wholes.js'
import { numbersOf } from './share-back-references.js'
import { escape } from './share-row-parts.js'
import { compiled } from './compiled.js'

// The tables before an offset with no heading between, nearest last.
export function tablesInSection(text: string, tables: Table[], offset: number): Table[] {
  const start = lastHeadingStart(text, offset)
  return tables.filter((t) => (t.header[0]?.index ?? 0) >= start && (t.rows.at(-1)?.at(-1)?.index ?? offset) < offset)
}

// All tables that end before an offset, nearest last.
export const tablesBefore = (tables: Table[], offset: number): Table[] => tables.filter((t) => (t.rows.at(-1)?.at(-1)?.index ?? offset) < offset)

// Where the last heading before an offset starts (the newline before its `#`, or 0 at the text's start; -1 when none),
// found from the end instead of by a search over all the text before: a heading whose line ends before the offset,
// or the heading on the line right above a last heading line the offset cuts.
function lastHeadingStart(text: string, offset: number): number {
  const last = offset >= 2 ? lastHeadingLine(text, offset - 2) : -1
  if (last === -1) {
    const end = text.indexOf('\n')
    return text.startsWith('#') && end !== -1 && end < offset ? 0 : -1
  }
  if (last > 0) {
    const before = text.lastIndexOf('\n', last - 1)
    if (text[before + 1] === '#') return Math.max(before, 0)
  }
  const end = text.indexOf('\n', last + 1)
  return end !== -1 && end < offset ? last : -1
}

// `text.lastIndexOf('\n#', from)` from a list of where the text's heading lines start, made once
// per text: a search back from each sentence went through all of a long section without headings.
let headingText: string | undefined
let headingLines: number[] = []
function lastHeadingLine(text: string, from: number): number {
  if (text !== headingText) {
    headingLines = []
    for (let at = text.indexOf('\n#'); at !== -1; at = text.indexOf('\n#', at + 1)) headingLines.push(at)
    headingText = text
  }
  // The last start at or before `from`.
  let low = 0
  let high = headingLines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (headingLines[middle]! <= from) low = middle + 1
    else high = middle
  }
  return low === 0 ? -1 : headingLines[low - 1]!
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
  const quoted = quotedIn(sentence)
  const row = rowOf(rows, sentence, noun, quoted)
  return row && quoted.length === 1 && row.part === quoted[0] ? row : undefined
}

// `Noord heeft 40% van de woningen` beside a table with a row `Noord` and a column `Woningen`:
// one row named in the sentence, or whose count the sentence quotes (`Met 480 woningen heeft …`), and the
// share's noun in the column's header.
export function rowOf(rows: RowShare[], sentence: string, noun: string, quoted: string[] = quotedIn(sentence)): RowShare | undefined {
  const lower = sentence.toLowerCase()
  // A year picks the column of that year (`Keuringen 2025`); a column of no year or another is another count than the sentence's.
  const years = new Set(lower.match(YEARS) ?? [])
  if (years.size > 1) return undefined
  const year = [...years][0]
  const ofYear = (header: string): boolean => year === undefined || (header.match(YEARS) ?? []).join(' ') === year
  const inColumn = rows.filter((r) => r.header.split(/[^\p{L}]+/u).includes(noun.toLowerCase()) && ofYear(r.header))
  const byLabel = inColumn.filter((r) => r.label.length >= 3 && names(lower, r.label) && !withinRow(lower, noun.toLowerCase(), r.label))
  const byCount = quoted.length === 1 ? inColumn.filter((r) => r.part === quoted[0]) : []
  const named = byLabel.length > 0 ? byLabel : byCount
  if (named.length === 1) return named[0]
  // A header that counts without a noun (`Aantal`): the row is the one whose label the sentence names and whose count
  // it quotes, two ties at once (`Met 95 fietsers vormen forenzen …` beside a row `Forenzen (werk) | 95`).
  const both = inColumn.length > 0 || quoted.length !== 1 ? [] : rows.filter((r) => ofYear(r.header) && r.part === quoted[0] && namesLabel(lower, r.label))
  return both.length === 1 ? both[0] : undefined
}

const YEARS = /\b(?:19|20)\d{2}\b/gu

// `70 procent van de inzamelingen in West ging per bakfiets`: the row's label right after the share's noun, with the
// sentence going on after it, narrows the whole to that row: a share within the row, not of the column's total.
// (`… 35 procent van de inzamelingen uit Oost.` ends on the label: the row's share of all.)
function withinRow(sentence: string, noun: string, label: string): boolean {
  const m = compiled(String.raw`\b${escape(noun)}\s+(?:in|uit|bij|van|op)\s+(?:(?:de|het)\s+)?${escape(label)}(?![\p{L}])([^.;:]*)`, 'u').exec(sentence)
  return m !== null && /\p{L}/u.test(m[1] ?? '')
}

// Whether a sentence names a row's label, or the label's head before a note in brackets.
function namesLabel(sentence: string, label: string): boolean {
  const head = label.replace(/\s*\(.*$/u, '').trim()
  return head.length >= 3 && names(sentence, head)
}

// The numbers a sentence quotes, its shares left out.
const quotedIn = (sentence: string): string[] => numbersOf(sentence.replace(/\d+(?:,\d+)?\s?(?:%|procent)/giu, ' '))

// Whether a sentence holds a label as a whole word or words; each label's pattern is compiled once.
const names = (sentence: string, label: string): boolean => compiled(String.raw`(?<![\p{L}])${escape(label)}(?![\p{L}])`, 'u').test(sentence)
