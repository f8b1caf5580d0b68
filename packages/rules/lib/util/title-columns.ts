import type { Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { offsetLocation } from '@kapstok/core'
import { splitNameList } from '@kapstok/nl'
import { titlesByKind } from './kind-mentions.js'
import { chapterParts, singularForms } from './chapter-parts.js'
import { sharesWord } from './apposition-names.js'
import { looksLikeName, namesTitle } from './title-names.js'
import { normalizeTitle } from './text.js'

/** A table cell with a changed name in a column whose other cells name the plan's parts. */
export interface ColumnName {
  /** The name as written. */
  name: string
  /** The header of its column. */
  header: string
  /** The title it is closest to. */
  titel: string
  /** Where the cell's text is. */
  location: SourceLocation
}

/**
 * Cells of Markdown tables that drift from a title: in a column where at least two cells are
 * titles of the plan's parts (thema's, principes, parts its headings define), a cell that names
 * none of them but shares a word with one (`Frisse scholen` beside `Gezonde scholen`). The
 * column shows what its cells are; a cell of other words (`Alle thema's`, `Overig`) shares none.
 *
 * @param plan The model.
 * @param file The plan file (sources and positions).
 * @returns The drifting cells.
 */
export function columnNames(plan: Plan, file: PlanFile): ColumnName[] {
  const byKind = titlesByKind(plan, file)
  const parts = [...byKind.values()].flat()
  const sources = file.sources.filter((source) => /\.(?:md|markdown)$/i.test(source.path))
  // A list of bold labels names headings as often as parts: both are its titles.
  const headed = [...new Set([...parts, ...sources.flatMap((source) => headingTitles(String(source.value ?? '')))])]
  const defining = new Set(chapterParts(file).filter((part) => part.nummer).map((part) => normalizeTitle(part.titel)))
  const out: ColumnName[] = []
  for (const source of sources) {
    const value = String(source.value ?? '')
    const groups = [
      ...tablesOf(value).flatMap((table) => columnsOf(table).map((cells, c) => ({ cells, header: table.header[c]?.text ?? '', titles: parts }))),
      ...labelListsOf(value).map((cells) => ({ cells, header: '', titles: headed })),
      // Sibling headings that repeat the parts (`## 2.1 …` per doel under `# Wat gaan we doen?`) are such a group too;
      // not the numbered headings that define parts themselves (`### 3.1.2 …` under `We kiezen drie doelen.`):
      // a name by their number elsewhere is read against them (`numberedNames`).
      ...headingGroupsOf(value).map((cells) => ({ cells: cells.filter((cell) => !defining.has(normalizeTitle(cell.text))), header: '', titles: parts }))
    ]
    for (const { cells, header, titles } of groups) {
      const exact = new Set(titles.map((t) => normalizeTitle(t)))
      const isTitle = (text: string): boolean => exact.has(normalizeTitle(text))
      // A column headed by the kind word (`Thema`) says what its cells are: one title among them is enough.
      const kind = header.trim().toLowerCase()
      const needed = [kind, ...singularForms(kind)].some((word) => byKind.has(word)) ? 1 : 2
      if (cells.filter((cell) => isTitle(cell.text)).length < needed) continue
      for (const cell of cells) {
        // A cell that lists titles (`Wonen, Zorg`) names each of them; a subtotal row (`Subtotaal wonen`) sums a part, and
        // may name it short.
        if (SUMMING_LABEL.test(cell.text) || isTitle(cell.text) || splitNameList(cell.text, isTitle) || !looksLikeName(cell.text) || namesTitle(cell.text, titles) || !(sharesWord(cell.text, titles) || compoundOf(cell.text, titles))) continue
        const base: SourceLocation = { file: source.path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
        out.push({ name: cell.text, header, titel: closest(cell.text, titles), location: offsetLocation(base, value, cell.offset, cell.text.length) })
      }
    }
  }
  return out
}

// The label of a row that sums others: `Subtotaal …`, `Sub-totaal …`, `Totaal …`, `Saldo …`.
const SUMMING_LABEL = /^[*_\s]*(?:sub[\s-]?totaal|totaal|saldo)\b/iu

/** The filled cells of each column of a table's body. */
function columnsOf(table: { rows: Cell[][] }): Cell[][] {
  const width = Math.max(0, ...table.rows.map((row) => row.length))
  return Array.from({ length: width }, (_, c) => table.rows.map((row) => row[c]).filter((cell): cell is Cell => cell !== undefined && cell.text !== ''))
}

// A list item that opens with a bold label and a colon or dash: `- **Wegen**: …`, `1. **Groen** – …`, `- **Water:** …`.
const labelItem = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(\*\*|__)([^*_\n]{2,80}?)[ \t]*:?\1[ \t]*(?::|[–—-][ \t])/u

/** The bold labels of each list whose items open with one (two or more), with their offsets. */
function labelListsOf(value: string): Cell[][] {
  const lists: Cell[][] = []
  let current: Cell[] | undefined
  let offset = 0
  for (const line of value.split('\n')) {
    const at = offset
    offset += line.length + 1
    const m = labelItem.exec(line)
    if (m?.[2]) {
      const text = m[2].trim().replace(/:$/u, '')
      if (!current) lists.push((current = []))
      current.push({ text, offset: at + line.indexOf(text, m.index + (m[1]?.length ?? 0)) })
    } else if (line.trim() !== '') current = undefined
  }
  return lists.filter((list) => list.length >= 2)
}

// A heading with its section number, and one that defines a part by its own label (`Doel 2: …`).
const sectionHeading = /^(#{1,6})[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?(.+?)[ \t]*(?:\{[^{}\n]*\})?[ \t]*$/u
const definesPart = /^\p{L}+[ \t]+\d+[a-z]?[ \t]*[:.–—-]/u

/** The headings of one level under one parent heading (two or more), without number and id block, with their offsets. */
function headingGroupsOf(value: string): Cell[][] {
  const groups: Cell[][] = []
  const open: Array<Cell[] | undefined> = []
  let offset = 0
  for (const line of value.split('\n')) {
    const at = offset
    offset += line.length + 1
    const m = sectionHeading.exec(line)
    if (!m?.[1] || !m[2]) continue
    const depth = m[1].length
    // A heading closes the groups of deeper levels: their parent ends here.
    open.length = depth + 1
    const text = m[2].replace(/[*_]/g, '').trim()
    if (definesPart.test(text)) continue
    const group = open[depth] ?? (open[depth] = groups[groups.push([]) - 1])
    group?.push({ text, offset: at + line.indexOf(text, depth) })
  }
  return groups.filter((group) => group.length >= 2)
}

// One word that ends on a word of a title (`Straatverlichting` beside `Openbare verlichting`).
function compoundOf(name: string, titles: string[]): boolean {
  const word = name.toLowerCase()
  if (!/^\p{L}+$/u.test(word)) return false
  return titles.some((t) => t.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length >= 5 && word.length > w.length + 2 && word.endsWith(w)))
}

// The titles of a text's headings, without their number and `{#id}` block.
function headingTitles(value: string): string[] {
  return value.split('\n').map((line) => (sectionHeading.exec(line)?.[2] ?? '').replace(/[*_]/g, '').trim()).filter(Boolean)
}

interface Cell {
  text: string
  offset: number
}

/** The tables of a Markdown text: the header cells and the body rows, with offsets. */
function tablesOf(value: string): Array<{ header: Cell[]; rows: Cell[][] }> {
  const tables: Array<{ header: Cell[]; rows: Cell[][] }> = []
  let current: { header: Cell[]; rows: Cell[][] } | undefined
  let offset = 0
  for (const line of value.split('\n')) {
    const at = offset
    offset += line.length + 1
    if (!/^\s*\|/.test(line)) {
      current = undefined
      continue
    }
    const cells = cellsOf(line, at)
    if (/^\s*\|?\s*:?-{3,}/.test(line)) continue
    if (!current) tables.push((current = { header: cells, rows: [] }))
    else current.rows.push(cells)
  }
  return tables
}

function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = []
  let start = line.indexOf('|') + 1
  const parts = line.slice(start).split('|')
  // The part after the closing pipe is no cell.
  if (parts.at(-1)?.trim() === '') parts.pop()
  for (const part of parts) {
    const text = part.trim().replace(/^[*_]+|[*_]+$/g, '')
    cells.push({ text, offset: at + start + part.indexOf(text) })
    start += part.length + 1
  }
  return cells
}

function closest(name: string, titles: string[]): string {
  const words = new Set(name.toLowerCase().split(/[^\p{L}]+/u))
  const shared = (t: string): number => t.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && words.has(w)).length
  return titles.reduce((a, b) => (shared(b) > shared(a) ? b : a))
}
