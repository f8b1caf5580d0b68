import { monthNames, parseDutchPeriod, type DutchPeriod } from '@kapstok/nl'
import type { Actie, Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { sourceText } from '../rule.js'

/** A date cell of the uitvoeringsagenda, read. */
export interface DateCell {
  /** The row. */
  actie: Actie
  /** Row index in `acties`. */
  index: number
  /** Which column. */
  field: 'start' | 'eind'
  /** Pointer of the cell. */
  pointer: string
  /** The reading (kind `empty` for an empty cell). */
  period: DutchPeriod
}

/** The two date cells of one agenda row. */
export interface DateRow {
  /** The row. */
  actie: Actie
  /** Row index in `acties`. */
  index: number
  /** Start cell. */
  start: DateCell
  /** End cell. */
  eind: DateCell
  /** Start and end come from one planning cell (`Q3 2025`): report that cell once. */
  shared: boolean
}

/** Dutch name of a date column, for messages. */
export const columnName: Record<'start' | 'eind', string> = { start: 'Startdatum', eind: 'Einddatum' }

/** Two month names in a row (`Juni Maart-2022`): a remnant of Word's track changes. */
export const trackedChange = new RegExp(`(?<![\\p{L}])(?:${monthNames.join('|')})\\s+(?:${monthNames.join('|')})(?![\\p{L}])`, 'iu')

/** Text in a date cell that starts with another column's label (`Doel: …`). */
export const columnLabel = /^(?:doel|activiteit|resultaat|toelichting|bijzonderheden|actie)\s*:/i

/**
 * Start and end cells of every agenda row, read with `parseDutchPeriod`.
 *
 * @param plan The model.
 * @param file The plan file, to see whether start and end come from one cell (optional).
 * @returns One entry per row.
 */
export function dateRows(plan: Plan, file?: PlanFile): DateRow[] {
  return (plan.acties ?? []).map((actie, index) => {
    const cell = (field: 'start' | 'eind'): DateCell => ({
      actie,
      index,
      field,
      pointer: `/acties/${index}/${field}`,
      period: parseDutchPeriod(actie[field] ?? '')
    })
    return { actie, index, start: cell('start'), eind: cell('eind'), shared: file ? sameCell(file, index) : false }
  })
}

/**
 * Every start and end cell of the agenda, a shared planning cell once (as its start).
 *
 * @param plan The model.
 * @param file The plan file (optional).
 * @returns The cells, row by row.
 */
export function dateCells(plan: Plan, file?: PlanFile): DateCell[] {
  return dateRows(plan, file).flatMap((row) => (row.shared ? [row.start] : [row.start, row.eind]))
}

/**
 * Whether the row has a cell for the field: a table without such a column is not a row with
 * an empty cell.
 *
 * @param file The plan file.
 * @param index Row index.
 * @param field Field name.
 * @returns Whether the source has the cell.
 */
export function hasCell(file: PlanFile, index: number, field: string): boolean {
  return file.sourceMap.get(`/acties/${index}/${field}`) !== undefined
}

/**
 * A row with only an activity (`agenda-orphan-row` reports it; other rules leave it alone,
 * so one defect gives one message).
 *
 * @param actie The row.
 * @returns Whether every other cell is empty.
 */
export function isOrphanRow(actie: Actie): boolean {
  const cells = ['doel', 'start', 'eind', 'domein', 'eigenaar', 'status', 'bijzonderheden'] as const
  return actie.activiteit.trim() !== '' && cells.every((field) => !actie[field]?.trim()) && !actie.overig
}

/**
 * Row label for messages: `rij 3 (Buurtkamers openen)`.
 *
 * @param actie The row.
 * @param index Its index.
 * @returns The label.
 */
export function rowLabel(actie: Actie, index: number): string {
  const name = actie.activiteit.replace(/\s+/g, ' ').trim()
  return name ? `rij ${index + 1} (\`${name.length > 40 ? name.slice(0, 39) + '…' : name}\`)` : `rij ${index + 1}`
}

function sameCell(file: PlanFile, index: number): boolean {
  const start = file.sourceMap.get(`/acties/${index}/start`)
  const eind = file.sourceMap.get(`/acties/${index}/eind`)
  return start !== undefined && eind !== undefined && start.start.offset === eind.start.offset && start.end.offset === eind.end.offset && start.file === eind.file
}

/**
 * Whether a date cell holds another column's text: it starts with a column name (`Doel: …`),
 * or it is prose in the start cell of a row whose doel cell is empty. `agenda-column-shift`
 * reports it; the date and doel rules leave it alone.
 *
 * @param file The plan file.
 * @param cell The date cell.
 * @returns Whether the cell's text slid in from another column.
 */
export function isShifted(file: PlanFile, cell: DateCell): boolean {
  if (columnLabel.test(cell.period.text.trim())) return true
  const emptyGoal = hasCell(file, cell.index, 'doel') && !cell.actie.doel?.trim()
  return cell.field === 'start' && emptyGoal && cell.period.kind === 'invalid' && cell.period.form === 'prose'
}

/** The source text of the value at `pointer`, as written, with its place. */
export function writtenAt(file: PlanFile, pointer: string): { value: string; where: SourceLocation } | undefined {
  const where = file.sourceMap.get(pointer)
  const source = where && sourceText(file, where.file)
  if (!where || !source || where.start.offset === undefined || where.end.offset === undefined) return undefined
  return { value: source.slice(where.start.offset, where.end.offset), where }
}
