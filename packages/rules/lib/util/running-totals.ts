/**
 * Running totals in a table: a column that adds each row's number of another column to the one
 * above (`Nieuw` 120, 150, 180 and `Cumulatief` 120, 270, 450), from zero, from a starting stand
 * in the first row, or counting down (`Aflossing` and `Restschuld`). When all rows but one keep
 * the running total, that row's cell is the one to mend.
 */

import { add, mul, sub, type Rational } from './exact-number.js'
import { number, within } from './onderbouwing.js'
import type { TextCell, TextTable } from './text-tables.js'

/** A cell that breaks the running total the other rows of its column keep. */
export interface RunningBreak {
  /** The row of the cell. */
  row: number
  /** The target column. */
  column: number
  /** The step the other rows follow, with its outcome: `640 + 380 = 1.020`. */
  expression: string
  /** What the cell should hold. */
  computed: Rational
}

/** The running totals of a table: the columns that are one, and the cells that break them. */
export interface RunningTotals {
  /** Columns that are the running total of another column. */
  columns: Set<number>
  /** Cells that break the running total of their column. */
  breaks: RunningBreak[]
}

// A header that says a column adds up over the rows: then two rows that keep it show it.
const CUMULATIVE = /\b(?:cumulatie\p{L}*|opgeteld|stand|totaal\s+(?:tot|sinds|na|t\/m)|sinds|opbouw|rest\p{L}*|\p{L}*saldo|\p{L}*schuld|boekwaarde)\b/iu

// A step column headed as a change (`Groei`, `Toename`, `Mutatie`): the column beside it is the level it moves.
const STEP = /^\**\s*(?:groei|toename|afname|mutatie|aanwas|netto\s+(?:groei|toename))\b/iu

type Value = Rational | undefined
const ZERO: Rational = { n: 0n, d: 1n }

/**
 * The running totals of a table.
 *
 * @param table The table.
 * @param rows The rows that take part (no total rows or rows of shares).
 * @param columns The numeric columns that are no percentages.
 * @param term The value of a cell as a term (a dash is zero).
 * @returns The columns that are running totals and the cells that break them.
 */
export function runningTotals(table: TextTable, rows: number[], columns: number[], term: (cell: TextCell | undefined) => Value, onlyDeclared = false): RunningTotals {
  const found: RunningTotals = { columns: new Set(), breaks: [] }
  if (rows.length < 3) return found
  for (const target of columns) {
    if (onlyDeclared && !CUMULATIVE.test(table.header[target]?.text ?? '')) continue
    for (const source of columns) {
      if (source === target || found.columns.has(target)) continue
      // Rows where both cells are known, in order; the first row of the target may stand without a
      // step (`| 2025 | 14.200 | |` above the years that grow from it): the stand the steps start from.
      const known = rows.filter((r) => table.rows[r]?.[target]?.value !== undefined)
      const used = known.filter((r, i) => term(table.rows[r]?.[source]) !== undefined || (i === 0 && !table.rows[r]?.[source]?.text))
      if (used.length < 3) continue
      const best = bestReading(table, used, source, target, term, CUMULATIVE.test(table.header[target]?.text ?? '') || STEP.test(table.header[source]?.text ?? ''))
      if (!best) continue
      found.columns.add(target)
      found.breaks.push(...best)
    }
  }
  return found
}

/**
 * The running totals along the rows of a table: a row that adds each column's number of another
 * row to the column before (years in the columns, a row `Cumulatief` below a row `Per jaar`). A row
 * of amounts often grows by about another row's amount, so the row's label must say it adds up.
 *
 * @param table The table.
 * @param rows The rows that take part.
 * @param columns The numeric columns that take part (no total columns), in order.
 * @param term The value of a cell as a term (a dash is zero).
 * @returns The cells that break a running total of their row (`row` and `column` in the table).
 */
export function runningTotalsAcross(table: TextTable, rows: number[], columns: number[], term: (cell: TextCell | undefined) => Value): RunningBreak[] {
  const crossed: TextTable = {
    header: [table.header[0]!, ...table.rows.map((row) => row[0]!)],
    rows: columns.map((k) => [table.header[k]!, ...table.rows.map((row) => row[k]!)]),
    scaled: table.scaled
  }
  return runningTotals(crossed, columns.map((_, i) => i), rows.map((r) => r + 1), term, true).breaks.map((b) => ({ ...b, row: b.column - 1, column: columns[b.row]! }))
}

interface Step {
  row: number
  expected: Rational
  shown: () => string
  kept: boolean
  moves: boolean
}

// Three readings of a running total, each as the steps it tests; the reading with the fewest
// broken steps wins, and it must be kept by three rows (two under a header that says so) and be
// broken by one at most: undefined when the column is no running total, else its broken cells.
function bestReading(table: TextTable, used: number[], source: number, target: number, term: (cell: TextCell | undefined) => Value, declared: boolean): RunningBreak[] | undefined {
  const cell = (r: number, k: number): TextCell => table.rows[r]![k]!
  const s = used.map((r) => term(cell(r, source)))
  const c = used.map((r) => cell(r, target).value!)
  const slack = (i: number, terms: number): Rational => {
    const own = cell(used[i]!, target).half
    if (!table.scaled) return own
    // A table in thousands rounds every number by half a step at most; a running total from
    // unrounded numbers stays within that of the cell above plus the step, whatever came before.
    return add(own, mul(cell(used[i]!, source).half, { n: BigInt(Math.min(terms, 2)), d: 1n }))
  }
  const readings: Step[][] = []
  for (const sign of [1n, -1n]) {
    const step = (a: Rational, b: Rational): Rational => (sign > 0n ? add(a, b) : sub(a, b))
    const op = sign > 0n ? '+' : '−'
    // From zero (counting up only), from the first row's stand, and from each row's own cell
    // above (a slip carried on: the rows after it add to the wrong number).
    // From zero needs a step in the first row (not a bare stand).
    for (const reading of sign > 0n && s[0] !== undefined ? ['zero', 'stand', 'above'] : ['stand', 'above']) {
      const steps: Step[] = []
      let total = reading === 'zero' ? ZERO : c[0]!
      for (let i = reading === 'zero' ? 0 : 1; i < used.length; i++) {
        const before = reading === 'above' ? c[i - 1]! : total
        const expected = step(before, s[i] ?? ZERO)
        // Written out for a broken step only: formatting every step costs more than the sums.
        const shown = (): string => (reading === 'zero' && i === 0 ? cell(used[i]!, source).text : `${reading === 'above' ? cell(used[i - 1]!, target).text : number(before)} ${op} ${cell(used[i]!, source).text}`)
        const tolerance = slack(i, reading === 'zero' ? i + 1 : reading === 'stand' ? i : 1)
        // A step within the rounding shows nothing: it keeps any reading.
        steps.push({ row: used[i]!, expected, shown, kept: within(expected, c[i]!, tolerance), moves: !within(s[i]!, ZERO, tolerance) })
        total = expected
      }
      readings.push(steps)
    }
  }
  const lost = (steps: Step[]): number => steps.filter((x) => !x.kept).length
  const best = readings.reduce((a, b) => (lost(b) < lost(a) ? b : a))
  const kept = best.filter((x) => x.kept && x.moves).length
  if (lost(best) > 1 || kept < (declared ? 2 : 3)) return undefined
  return best.filter((x) => !x.kept).map((x) => ({ row: x.row, column: target, expression: `${x.shown()} = ${number(x.expected)}`, computed: x.expected }))
}
