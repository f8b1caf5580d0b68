/**
 * The source Markdown of the tables the reader turned into the model (the uitvoeringsagenda in
 * `acties`, the finance tables in `financien.tabellen`), scanned for conversion residue with
 * the same `scanTable` as tables kept as text. A pasted table usually lands in one of these,
 * and there the reader has already split it into rows, so only the source lines still show
 * that a row continues the one above.
 */
import { offsetLocation, type Plan, type PlanFile, type SourceLocation } from '@kapstok/core'
import { sourceText } from './source-text.js'
import { scanTable, type TableArtifact, type TableScan } from './table-rows.js'

/** A read table as written in its source file. */
export interface ModelTable {
  /** Pointer of the row list (`/acties`, `/financien/tabellen/0/rijen`). */
  pointer: string
  /** Source file path. */
  file: string
  /** The table's lines as written. */
  text: string
  /** Where `text` starts in the source file. */
  location: SourceLocation
  /** Residues and the joined text. */
  scan: TableScan
  /** Residues with the pointer of the model row each one is (when the reader made a row of it). */
  artifacts: Array<TableArtifact & { row?: string }>
}

const cache = new WeakMap<Plan, ModelTable[]>()

/**
 * The read tables of a plan with their source text and residues (computed once per model).
 *
 * @param plan The model.
 * @param file The plan file (for the source map and texts).
 * @returns One entry per table whose source lines could be found.
 */
export function modelTables(plan: Plan, file: PlanFile): ModelTable[] {
  let tables = cache.get(plan)
  if (!tables) cache.set(plan, (tables = readTables(plan, file)))
  return tables
}

/**
 * Pointers of what a continuation row stands for: the row itself (`/acties/3`), which is the
 * rest of the row above and not one of its own, and the cells of the row above that it
 * completes, in the columns it carries on (a cut `€ 250.00` at
 * `/financien/tabellen/0/rijen/2/bedragen/0`, a cut text at `/acties/2/doel`). Rules leave
 * these to `conversion-artifact`, so one defect gives one message.
 *
 * @param plan The model.
 * @param file The plan file.
 * @returns The pointers.
 */
export function continuationPointers(plan: Plan, file: PlanFile): ReadonlySet<string> {
  let pointers = rowCache.get(plan)
  if (!pointers) {
    pointers = new Set<string>()
    for (const table of modelTables(plan, file)) {
      for (const artifact of table.artifacts) {
        if (artifact.what !== 'vervolgrij' || !artifact.row) continue
        pointers.add(artifact.row)
        for (const cell of cutCells(plan, file, table, artifact.row, artifact.columns ?? [])) pointers.add(cell)
      }
    }
    rowCache.set(plan, pointers)
  }
  return pointers
}

// The cells of the row the continuation row `row` carries on, in `columns` of the table: the
// row above it in the model that is no continuation itself.
function cutCells(plan: Plan, file: PlanFile, table: ModelTable, row: string, columns: number[]): string[] {
  const match = /^(.*)\/(\d+)$/.exec(row)
  if (!match?.[1]) return []
  const continued = new Set(table.artifacts.map((a) => a.row))
  let above = Number(match[2]) - 1
  while (above >= 0 && continued.has(`${table.pointer}/${above}`)) above--
  if (above < 0) return []
  const source = sourceText(file, table.file) ?? ''
  return innerPointers(valueAt(plan, `${table.pointer}/${above}`), `${table.pointer}/${above}`).filter((pointer) => {
    const at = file.sourceMap.get(pointer)
    const offset = at?.start.offset
    if (offset === undefined || at?.file !== table.file) return false
    // The cell's column: the borders before it on its line, less the leading one.
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1
    const column = [...source.slice(lineStart, offset).matchAll(/(?<!\\)\|/g)].length - 1
    return columns.includes(column)
  })
}

// The value at a JSON pointer of the model (plain segments only: the pointers built here).
function valueAt(plan: Plan, pointer: string): unknown {
  let value: unknown = plan
  for (const key of pointer.split('/').slice(1)) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

// The pointers inside a value: a row's cells, its amounts and their parts.
function innerPointers(value: unknown, pointer: string): string[] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => [`${pointer}/${key}`, ...innerPointers(inner, `${pointer}/${key}`)])
}

const rowCache = new WeakMap<Plan, Set<string>>()

/**
 * The read risk and chance tables of a plan with their source text (computed once per model): the
 * reader keeps the columns it knows (`Kans`, `Impact`), so a column it has no field for
 * (`Kans × gevolg`, `Risicobedrag`) and a total row stand only in the source.
 *
 * @param plan The model.
 * @param file The plan file.
 * @returns One entry per table whose source lines could be found.
 */
export function riskTables(plan: Plan, file: PlanFile): ModelTable[] {
  let tables = riskCache.get(plan)
  if (!tables) riskCache.set(plan, (tables = readTables(plan, file, [{ pointer: '/risicos', count: plan.risicos?.length ?? 0 }, { pointer: '/kansen', count: plan.kansen?.length ?? 0 }])))
  return tables
}

const riskCache = new WeakMap<Plan, ModelTable[]>()

function readTables(plan: Plan, file: PlanFile, lists = [
  { pointer: '/acties', count: plan.acties?.length ?? 0 },
  ...(plan.financien?.tabellen ?? []).map((t, i) => ({ pointer: `/financien/tabellen/${i}/rijen`, count: t.rijen?.length ?? 0 }))
]): ModelTable[] {
  const tables: ModelTable[] = []
  const seen = new Set<string>()
  for (const { pointer, count } of lists) {
    // Row start offsets per source line; one list may come from several tables (an agenda per chapter).
    const rowAt = new Map<string, Map<number, string>>()
    for (let i = 0; i < count; i++) {
      const at = file.sourceMap.get(`${pointer}/${i}`)
      if (at?.start.offset === undefined) continue
      const source = sourceText(file, at.file)
      if (source === undefined) continue
      const lineStart = source.lastIndexOf('\n', at.start.offset - 1) + 1
      const rows = rowAt.get(at.file) ?? new Map<number, string>()
      rows.set(lineStart, `${pointer}/${i}`)
      rowAt.set(at.file, rows)
    }
    for (const [path, rows] of rowAt) {
      const source = sourceText(file, path)!
      for (const lineStart of rows.keys()) {
        const block = tableBlock(source, lineStart)
        const key = `${path}:${block.start}`
        if (seen.has(key)) continue
        seen.add(key)
        const text = source.slice(block.start, block.end)
        const scan = scanTable(text)
        if (!scan) continue
        const origin: SourceLocation = { file: path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
        const artifacts = scan.artifacts.map((a) => {
          const row = rows.get(source.lastIndexOf('\n', block.start + a.index - 1) + 1)
          return { ...a, ...(row ? { row } : {}) }
        })
        tables.push({ pointer, file: path, text, location: offsetLocation(origin, source, block.start, text.length), scan, artifacts })
      }
    }
  }
  return tables
}

// The run of lines starting with `|` around the line at `lineStart`.
function tableBlock(source: string, lineStart: number): { start: number; end: number } {
  const isRow = (from: number): boolean => /^[ \t]*\|/.test(source.slice(from, from + 200))
  let start = lineStart
  while (start > 0) {
    const previous = source.lastIndexOf('\n', start - 2) + 1
    if (!isRow(previous)) break
    start = previous
  }
  let end = source.indexOf('\n', lineStart)
  while (end !== -1 && isRow(end + 1)) end = source.indexOf('\n', end + 1)
  return { start, end: end === -1 ? source.length : end }
}
