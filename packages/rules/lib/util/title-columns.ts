import type { Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { offsetLocation } from '@kapstok/core'
import { titlesByKind } from './kind-mentions.js'
import { sharesWord } from './numbered-names.js'
import { namesTitle } from './title-names.js'
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
  const titles = [...titlesByKind(plan, file).values()].flat()
  if (titles.length === 0) return []
  const exact = new Set(titles.map((t) => normalizeTitle(t)))
  const out: ColumnName[] = []
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/i.test(source.path)) continue
    const value = String(source.value ?? '')
    for (const table of tablesOf(value)) {
      const width = Math.max(...table.rows.map((row) => row.length))
      for (let c = 0; c < width; c++) {
        const cells = table.rows.map((row) => row[c]).filter((cell): cell is Cell => cell !== undefined && cell.text !== '')
        if (cells.filter((cell) => exact.has(normalizeTitle(cell.text))).length < 2) continue
        for (const cell of cells) {
          if (exact.has(normalizeTitle(cell.text)) || !looksLikeName(cell.text) || namesTitle(cell.text, titles) || !sharesWord(cell.text, titles)) continue
          const base: SourceLocation = { file: source.path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
          out.push({ name: cell.text, header: table.header[c]?.text ?? '', titel: closest(cell.text, titles), location: offsetLocation(base, value, cell.offset, cell.text.length) })
        }
      }
    }
  }
  return out
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

// A name, not a sentence or a figure: a capital, a few words, no digits and no full stop inside.
const looksLikeName = (text: string): boolean => /^\p{Lu}/u.test(text) && !/\d|[.!?;]\s/u.test(text) && text.split(/\s+/).length <= 8

function closest(name: string, titles: string[]): string {
  const words = new Set(name.toLowerCase().split(/[^\p{L}]+/u))
  const shared = (t: string): number => t.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && words.has(w)).length
  return titles.reduce((a, b) => (shared(b) > shared(a) ? b : a))
}
