/**
 * Relations between the columns or rows of a table in a text, found from the header words and
 * from the numbers themselves: a column that is the sum of a run of columns (`2026 … 2029` and
 * `Totaal`), the difference of two, the product of two (`aantal × prijs = bedrag`), a percentage
 * of two, and a total row that is the sum of the rows above it. A relation that holds in the other
 * rows and fails in one row points at that row.
 */

import { changeColumnBreaks } from './change-columns.js'
import { factorColumnBreaks } from './factor-columns.js'
import { type Rational } from './exact-number.js'
import { rateColumnBreaks } from './rate-columns.js'
import { labelProductBreaks } from './label-products.js'
import { datedLabelProductBreaks } from './dated-label-products.js'
import { meanRowBreaks } from './mean-rows.js'
import { gapRowBreaks } from './gap-rows.js'
import { movementBreaks } from './movement-rows.js'
import { number } from './onderbouwing.js'
import { runningTotals, runningTotalsAcross } from './running-totals.js'
import { TOTAL_ROW, totalRowBreaks } from './total-rows.js'
import { memoByText } from './memo.js'
import { textTables, type TextCell, type TextTable } from './text-tables.js'
import { isYearNumber } from './year-numbers.js'
import { columnRelations, RATIO_ROW, termValue, TOTAL } from './table-relation-test.js'
import { plainColumnRelations } from './table-plain-relations.js'
import { percentColumnRelations } from './table-percent-relations.js'

/** A cell that breaks a relation the rest of its table keeps. */
export interface Broken {
  /** The cell. */
  cell: TextCell
  /** Row label (the first cell). */
  row: string
  /** Column header. */
  column: string
  /** The calculation the other rows follow, with its outcome: `270 + 310 = 580`. */
  expression: string
  /** What the cell should hold. */
  computed: Rational
  /** Whether the calculation stands in the row itself (its label), not in the other rows. */
  inRow?: boolean
}

/** What `brokenCells` reads. */
export interface BrokenOptions {
  /** Whether total rows are checked against the rows above them (optional; default: `true`). */
  totalRows?: boolean
  /** The text the table stands in, for a rate the text states beside it (optional). */
  text?: string
  /** Whether the rows of a movement table (begin + additions − withdrawals = end) are checked (optional; default: `true`). */
  movement?: boolean
}

/**
 * The cells of a table that break a relation its other rows keep.
 *
 * @param table A table read from a text.
 * @param options Which relations to read (optional).
 * @returns One entry per breaking cell (the first relation it breaks).
 */
export function brokenCells(table: TextTable, options: BrokenOptions = {}): Broken[] {
  const width = Math.min(table.header.length, 15)
  const header = table.header.map((c) => c.text)
  // One message per row: a wrong cell also breaks the relations it is a term of.
  const out = new Map<number, Broken>()
  const label = (r: number): string => table.rows[r]?.[0]?.text ?? ''
  const report = (r: number, k: number, expression: string, computed: Rational): void => {
    const cell = table.rows[r]?.[k]
    if (cell && !out.has(r)) out.set(r, { cell, row: label(r), column: header[k] ?? '', expression: `${expression} = ${cell.percent ? percentText(computed) : number(computed)}`, computed })
  }
  // A record of a movement table that breaks its own calculation is wrong in itself; it comes
  // first, so the column total it throws off points at it instead of at the total.
  if (options.movement !== false) {
    for (const b of movementBreaks(table)) {
      const cell = table.rows[b.row]?.[b.column]
      if (cell && !out.has(b.row)) out.set(b.row, { cell, row: label(b.row), column: header[b.column] ?? '', expression: b.expression, computed: b.computed, ...(b.inRow ? { inRow: true } : {}) })
    }
  }
  // Numeric columns: every data cell a number or empty, at least two numbers; years are labels.
  const numeric = [...Array(width).keys()].filter((k) => {
    const cells = table.rows.map((row) => row[k])
    const values = cells.filter((c) => c?.value !== undefined)
    return k > 0 && values.length >= 2 && !values.every((c) => isYearNumber(c!.text))
  })
  // The relations a result column keeps with other columns, by the kind of the result: a plain
  // number (a sum, difference, product, mean, rate times amount), then a percentage or points.
  const relations = columnRelations(table, header, numeric, report)
  const { plain, percent } = relations
  plainColumnRelations(relations)
  percentColumnRelations(relations)
  // A running total down a column or along a row, a calculation in a row's label against its
  // amounts, and a row of means.
  const counted = table.rows.map((_, r) => r).filter((r) => !TOTAL_ROW.test(label(r)) && !RATIO_ROW.test(label(r)))
  const running = runningTotals(table, counted, plain, termValue)
  const across = runningTotalsAcross(table, table.rows.map((_, r) => r), plain.filter((k) => !TOTAL.test(header[k] ?? '')), termValue)
  for (const b of [...running.breaks, ...across, ...[...labelProductBreaks(table, plain), ...datedLabelProductBreaks(table, plain)].map((l) => ({ ...l, inRow: true })), ...meanRowBreaks(table, numeric), ...gapRowBreaks(table, plain), ...changeColumnBreaks(table, numeric, percent), ...factorColumnBreaks(table, plain), ...rateColumnBreaks(table, plain, options.text)]) {
    const cell = table.rows[b.row]?.[b.column]
    if (cell && !out.has(b.row)) out.set(b.row, { cell, row: label(b.row), column: header[b.column] ?? '', expression: b.expression, computed: b.computed, ...('inRow' in b ? { inRow: true } : {}) })
  }
  // A total row: the sum of the rows since the previous total row, per column (a running total's
  // last row is its total already).
  if (options.totalRows !== false) for (const b of totalRowBreaks(table, plain, running.columns, (r) => out.has(r))) report(b.row, b.column, b.expression, b.computed)
  return [...out.values()]
}

// A percentage column headed as a share of the row's own counts (`Aandeel met diploma`).
const SHARE_HEADER = /^\**\s*(?:aandeel|deel)\b/iu

/** A breaking cell of a table in a text, and whether its row is a share's to report. */
export interface TextBroken extends Broken {
  /** The broken cell is a percentage, or the row's percentages are headed as shares: `percentage-claim-check` judges the row. */
  share: boolean
}

/**
 * The breaking cells of the tables in a text, read once per text: `table-row-arithmetic` reports them and
 * `percentage-claim-check` leaves the other rows to it (`Kans | Gevolg | Kans × gevolg`: the product is
 * wrong, not the chance), so one wrong cell gives one message.
 *
 * @param text A prose text.
 * @returns The breaking cells, with their offsets in the text.
 */
export const textBrokenCells = memoByText((text: string): TextBroken[] =>
  text.includes('|')
    ? textTables(text).flatMap((table) => {
        const shares = table.header.some((h, k) => SHARE_HEADER.test(h.text) && table.rows.some((row) => row[k]?.percent))
        return brokenCells(table, { text }).map((b) => ({ ...b, share: b.cell.percent || shares }))
      })
    : []
)

/** A fraction as a percentage with one decimal: `-19,0%`. */
export function percentText(value: Rational): string {
  const tenths = Number((value.n * 1000n) / value.d)
  return `${(tenths / 10).toFixed(1).replace('.', ',')}%`
}
