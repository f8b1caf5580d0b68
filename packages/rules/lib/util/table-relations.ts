/**
 * Relations between the columns or rows of a table in a text, found from the header words and
 * from the numbers themselves: a column that is the sum of a run of columns (`2026 … 2029` and
 * `Totaal`), the difference of two, the product of two (`aantal × prijs = bedrag`), a percentage
 * of two, and a total row that is the sum of the rows above it. A relation that holds in the other
 * rows and fails in one row points at that row.
 */

import { changeColumnBreaks } from './change-columns.js'
import { factorColumnBreaks } from './factor-columns.js'
import { add, div, mul, sub, type Rational } from './exact-number.js'
import { rateColumnBreaks } from './rate-columns.js'
import { labelProductBreaks } from './label-products.js'
import { meanRowBreaks } from './mean-rows.js'
import { gapRowBreaks } from './gap-rows.js'
import { movementBreaks } from './movement-rows.js'
import { number, within } from './onderbouwing.js'
import { runningTotals, runningTotalsAcross } from './running-totals.js'
import { TOTAL_ROW, totalRowBreaks } from './total-rows.js'
import { memoByText } from './memo.js'
import { productScale } from './product-scales.js'
import { scaledFactor, textTables, type TextCell, type TextTable } from './text-tables.js'
import { durationFactor, namedDuration, showRatio } from './unit-scales.js'
import { isYearNumber } from './year-numbers.js'
import { isZeroCell } from './nil-cells.js'

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

// Header or row words that say a column or row is a total, a difference, a product's parts.
const TOTAL = /\b(?:totaal|totalen|samen|som|subtotaal|generaal)\b/iu
const GAP = /\b(?:verschil|saldo|toename|afname|groei|daling|stijging|netto|resteert|rest)\b/iu
const FACTOR = /\b(?:aantal|aantallen|stuks|prijs|tarief|per|à|a|bedrag\s+per|kosten\s+per|uren|fte)\b/iu

// Headers that name the price and the result of a product or a mean per unit.
const PRICE_HEADER = /\b(?:prijs|tarief|bedrag\s+per|kosten\s+per|per\s+\p{L}+)\b/iu
const AMOUNT_HEADER = /\b(?:bedrag|kosten|totaal|opbrengst|opbrengsten|baten|lasten|uitgaven|inkomsten|omzet|subsidie|bijdrage|raming)\b/iu
// A price header (`Loonkosten per fte`, `Tarief`): beside any other number column it declares a
// product, also when it names a count as its unit.
const isPrice = (h: string | undefined): boolean => PRICE_HEADER.test(h ?? '')
const PER_HEADER = /\bper\s+\p{L}+/iu
// A header that names a mean without its unit (`Gemiddelde opdrachtwaarde`, `Gem. bijdrage`).
const MEAN_HEADER = /(?:^|\s)gem(?:\.|iddeld\p{L}*)/iu
const RATIO_ROW = /\b(?:aandeel|procent\p{L}*|percentage|gemiddeld\p{L}*|per)\b|%/iu
// A header that says its bare numbers are percentage points (`Verschil (procentpunt)`, `+/- pp`).
const POINTS_HEADER = /procentpunt|%-?punt|\bpp\b|\bpt\b/iu
const SIGNED = /^(?:\*\*)?[-−–+]/u
const YEAR_HEADER = /^\**\s*(?:(?:begroting|raming|jaarschijf|meerjarenraming)\s+)?(?:19|20)\d{2}\s*\**$/iu
const HUNDRED: Rational = { n: 100n, d: 1n }

type Values = Array<Rational | undefined>
const ZERO: Rational = { n: 0n, d: 1n }

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
  // A dash in a term cell is nothing (`| Dorpshuis | € 900.000 | - | € 900.000 |`): zero.
  const column = (k: number): Values => table.rows.map((row) => termValue(row[k]))
  const percent = (k: number): boolean => table.rows.some((row) => row[k]?.percent)
  const slack = (r: number, ks: number[], target: number): Rational => {
    const own = table.rows[r]?.[target]?.half ?? ZERO
    if (!table.scaled) return own
    // A table in thousands rounds every cell: one step per number (a term whose header gives
    // another unit than the result's is written in that unit, not rounded to the table's).
    const same = ks.filter((k) => scaledFactor(header[k] ?? '') === scaledFactor(header[target] ?? ''))
    return same.reduce((t, k) => add(t, mul(table.rows[r]?.[k]?.half ?? ZERO, { n: 2n, d: 1n })), mul(own, { n: 2n, d: 1n }))
  }
  // A relation, given per row as (computed, shown terms) or undefined: which rows keep it, which break it.
  // `declared`: the headers name both terms and the result (`Aantal` × `Tarief` = `Opbrengst`), so each row holds it on its own once one row shows the scale.
  // `least`: the rows that must keep it at the least (a quotient no header names needs three).
  const test = (target: number, ks: number[], f: (r: number) => { value: Rational; shown: string; tolerance?: Rational } | undefined, confirmed: boolean, product = false, declared = false, least = 0): void => {
    const keep: number[] = []
    const lose: Array<[number, string, Rational]> = []
    table.rows.forEach((row, r) => {
      // A row of shares or means (`aandeel in procenten`, `gemiddeld per wijk`) follows other
      // arithmetic than a sum; in a product `per` names the unit of the price (`Kindpakket (per kind)`).
      if (!product && RATIO_ROW.test(row[0]?.text ?? '')) return
      const stated = row[target]?.value
      const got = stated === undefined ? undefined : f(r)
      if (!got || stated === undefined) return
      if (within(got.value, stated, add(slack(r, ks, target), got.tolerance ?? ZERO))) keep.push(r)
      else lose.push([r, got.shown, got.value])
    })
    // Real values, not a column of zeros.
    const real = keep.filter((r) => table.rows[r]?.[target]?.value?.n !== 0n).length
    // Two rows that keep it with terms other than 0 and 1 (`45 × € 2.300 = € 103.500`) rarely do
    // so by chance: in a table of three rows they show the relation as well as three rows do.
    const telling = keep.filter((r) => table.rows[r]?.[target]?.value?.n !== 0n && ks.every((k) => nonTrivial(termValue(table.rows[r]?.[k])))).length
    const holds = real >= least && (declared ? real >= 1 : confirmed ? real >= 2 && keep.length > lose.length : (real >= 3 || telling >= 2) && lose.length === 1)
    if (holds) for (const [r, shown, value] of lose) report(r, target, shown, value)
  }
  // A header may give its own column's unit (`Totaal (x € 1.000)` beside `Prijs per woning` in
  // euros): a product compares in the unit of the result.
  const unit = (k: number): Rational => ({ n: BigInt(scaledFactor(header[k] ?? '')), d: 1n })
  // A term in one duration and the result in another (`Minuten per contact` to `Uren per jaar`):
  // the product converts, as a product of a price in euros and a result in thousands does.
  const durations = (ks: number[], target: number): Rational => {
    const to = namedDuration(header[target] ?? '')
    const from = ks.map((k) => namedDuration(header[k] ?? '')).filter((u) => u !== undefined)
    return (to && from.length === 1 ? durationFactor(from[0]!, to) : undefined) ?? { n: 1n, d: 1n }
  }
  const terms = (r: number, ks: number[]): string => ks.map((k) => table.rows[r]?.[k]?.text ?? '').join(' + ').replace(/\+ [-−–]/gu, '− ')
  const plain = numeric.filter((k) => !percent(k))
  // A `Totaal` column after all the year columns of a table of two rows (`2026 | 2027 | 2028 |
  // Totaal`) says it adds them up: one row that keeps it shows it (more rows show it themselves).
  const overYears = (run: number[], target: number): boolean => table.rows.length <= 2 && run.length >= 2 && plain.filter((k) => k < target).every((k) => run.includes(k)) && run.every((k) => YEAR_HEADER.test(header[k] ?? ''))

  // A column that is the sum of a run of other columns, or the difference of two.
  for (const target of plain) {
    for (let i = 0; i < plain.length; i++) {
      for (let j = i + 1; j < plain.length; j++) {
        const run = plain.slice(i, j + 1)
        // The result stands right of its terms, as a table is read.
        if (run.at(-1)! >= target || run.some((k, n) => n > 0 && k !== run[n - 1]! + 1)) continue
        test(target, run, (r) => {
          const vs = run.map((k) => termValue(table.rows[r]?.[k]))
          return vs.every((v) => v !== undefined) ? { value: vs.reduce<Rational>((t, v) => add(t, v!), ZERO), shown: terms(r, run) } : undefined
        }, TOTAL.test(header[target] ?? ''), false, TOTAL.test(header[target] ?? '') && overYears(run, target))
      }
    }
    for (const a of plain) {
      for (const b of plain) {
        if (a === b || a >= target || b >= target) continue
        test(target, [a, b], (r) => {
          const [x, y] = [column(a)[r], column(b)[r]]
          return x !== undefined && y !== undefined ? { value: sub(x, y), shown: `${table.rows[r]![a]!.text} − ${table.rows[r]![b]!.text}` } : undefined
          // `Verschil` after two years, `Netto` after an amount and a deduction: either order.
        }, GAP.test(header[target] ?? ''))
        // A product of two columns: `aantal` and `prijs` to `bedrag`. In a table in thousands a price
        // may be written in euros (`€ 72.000` per fte beside `Kosten` 288): the product in the table's
        // unit is the other reading, tried when the product in the cells' own numbers keeps no row.
        if (a < b) {
          const scale = productScale(table, a, b, target)
          test(target, [a, b], (r) => {
            // A dash is no factor (a count not known), so the product reads the numbers only.
            const [x, y] = [table.rows[r]?.[a]?.value, table.rows[r]?.[b]?.value]
            const converted = durations([a, b], target)
            const shownRatio = converted.n === converted.d ? '' : showRatio(converted)
            return x !== undefined && y !== undefined ? { value: div(mul(mul(mul(x, y), mul(unit(a), unit(b))), converted), mul(unit(target), scale)), shown: `${table.rows[r]![a]!.text} × ${table.rows[r]![b]!.text}${shownRatio}` } : undefined
          }, FACTOR.test(`${header[a]} ${header[b]}`) && (TOTAL.test(header[target] ?? '') || AMOUNT_HEADER.test(header[target] ?? '')), true, isPrice(header[a]) !== isPrice(header[b]))
        }
        // A mean per unit: `Subsidie` ÷ `Bezoekers` = `Subsidie per bezoeker`. The header declares it
        // with `per`; `Gemiddeld …` names a mean without its unit, so the rows must show which two
        // columns it divides; with neither, three rows must keep it and one break it (a quotient of
        // whole columns rarely holds three times by chance).
        const [per, mean] = [PER_HEADER.test(header[target] ?? ''), MEAN_HEADER.test(header[target] ?? '')]
        test(target, [a, b], (r) => {
          const [x, y] = [table.rows[r]?.[a]?.value, table.rows[r]?.[b]?.value]
          return x !== undefined && y !== undefined && y.n !== 0n ? { value: div(x, y), shown: `${table.rows[r]![a]!.text} ÷ ${table.rows[r]![b]!.text}` } : undefined
        }, per || mean, false, per, per || mean ? 0 : 3)
      }
    }
  }
  // A rate in percent times an amount: `Grondwaarde (x € 1 mln)` × `Heffing` = `Inkomsten (x € 1.000)`.
  // The percentage cell holds its fraction already (`0,25%` as 0,0025), so it multiplies as it is.
  const percentColumns = numeric.filter(percent)
  for (const target of plain) {
    for (const a of plain) {
      for (const b of percentColumns) {
        if (a >= target || b >= target) continue
        test(target, [a, b], (r) => {
          const [x, y] = [table.rows[r]?.[a]?.value, table.rows[r]?.[b]?.value]
          return x !== undefined && y !== undefined && table.rows[r]?.[b]?.percent ? { value: div(mul(x, mul(y, unit(a))), unit(target)), shown: `${table.rows[r]![a]!.text} × ${table.rows[r]![b]!.text}` } : undefined
        }, FACTOR.test(`${header[a]} ${header[b]}`) && (TOTAL.test(header[target] ?? '') || AMOUNT_HEADER.test(header[target] ?? '')), true, isPrice(header[b]))
      }
    }
  }
  // A percentage column: one column as a share of another, or the change from one to another.
  for (const target of percentColumns) {
    // The change between two percentage columns, in percentage points (`18%`, `15%`, `-3 procentpunt`).
    const shares = numeric.filter((k) => percent(k) && k < target)
    for (const a of shares) {
      for (const b of shares) {
        if (a === b) continue
        test(target, [a, b], (r) => {
          const [x, y] = [column(a)[r], column(b)[r]]
          return x !== undefined && y !== undefined ? { value: sub(x, y), shown: `${table.rows[r]![a]!.text} − ${table.rows[r]![b]!.text}` } : undefined
        }, GAP.test(header[target] ?? ''))
      }
    }
    for (const a of plain) {
      for (const b of plain) {
        if (a === b) continue
        test(target, [a, b], (r) => {
          const [x, y] = [column(a)[r], column(b)[r]]
          return x !== undefined && y !== undefined && y.n !== 0n ? { value: div(x, y), shown: `${table.rows[r]![a]!.text} ÷ ${table.rows[r]![b]!.text}` } : undefined
        }, true)
      }
    }
  }
  // A change in percentage points written as bare numbers (`+3`, `-2`): the header names the
  // points, or every number in the column carries its sign. Two rounded shares may be one point
  // further apart than their difference shows.
  const shares = numeric.filter(percent)
  const points = (k: number): boolean => {
    const written = table.rows.map((row) => row[k]).filter((c) => c?.value !== undefined && c.value.n !== 0n)
    return POINTS_HEADER.test(header[k] ?? '') || (written.length > 0 && written.every((c) => SIGNED.test(c!.text)) && written.some((c) => c!.text.replace(/\*\*/gu, '').startsWith('+')))
  }
  for (const target of plain.filter((k) => shares.filter((a) => a < k).length >= 2 && points(k))) {
    for (const a of shares) {
      for (const b of shares) {
        if (a === b || a > target || b > target) continue
        test(target, [a, b], (r) => {
          const [x, y] = [column(a)[r], column(b)[r]]
          const tolerance = mul(add(table.rows[r]?.[a]?.half ?? ZERO, table.rows[r]?.[b]?.half ?? ZERO), HUNDRED)
          return x !== undefined && y !== undefined ? { value: mul(sub(x, y), HUNDRED), shown: `${table.rows[r]![a]!.text} − ${table.rows[r]![b]!.text}`, tolerance } : undefined
        }, GAP.test(header[target] ?? '') || POINTS_HEADER.test(header[target] ?? ''))
      }
    }
  }
  // A running total down a column or along a row, a calculation in a row's label against its
  // amounts, and a row of means.
  const counted = table.rows.map((_, r) => r).filter((r) => !TOTAL_ROW.test(label(r)) && !RATIO_ROW.test(label(r)))
  const running = runningTotals(table, counted, plain, termValue)
  const across = runningTotalsAcross(table, table.rows.map((_, r) => r), plain.filter((k) => !TOTAL.test(header[k] ?? '')), termValue)
  for (const b of [...running.breaks, ...across, ...labelProductBreaks(table, plain).map((l) => ({ ...l, inRow: true })), ...meanRowBreaks(table, numeric), ...gapRowBreaks(table, plain), ...changeColumnBreaks(table, numeric, percent), ...factorColumnBreaks(table, plain), ...rateColumnBreaks(table, plain, options.text)]) {
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

// A term that makes a relation hold by itself: 0 in a sum, 1 or 0 in a product.
const nonTrivial = (v: Rational | undefined): boolean => v !== undefined && v.n !== 0n && v.n !== v.d

// The value of a cell as a term of a calculation: its number, or zero for a dash.
const termValue = (cell: TextCell | undefined): Rational | undefined => cell?.value ?? (cell && isZeroCell(cell.text) ? ZERO : undefined)

/** A fraction as a percentage with one decimal: `-19,0%`. */
export function percentText(value: Rational): string {
  const tenths = Number((value.n * 1000n) / value.d)
  return `${(tenths / 10).toFixed(1).replace('.', ',')}%`
}
