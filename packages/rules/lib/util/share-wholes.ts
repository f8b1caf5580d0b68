/**
 * Percentages in Markdown tables and lists that are parts of one whole: a percentage column
 * beside a count column (each row's share of the total), and shares of one distribution that
 * add up to more than 100%.
 */

import { formatDutchNumber } from '@kapstok/nl'
import type { Cell, Table } from './markdown-tables.js'
import { read } from './share-tolerance.js'
import type { ShareClaim } from './share-claims.js'
import { ITEM_SHARE, leadOfShares, shareLists } from './share-lists.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { sameNoun } from './sentence-quantities.js'
import { plainCell, plainCellLower } from './cell-text.js'

/** Shares of one whole in a table or list that add up to more than 100%. */
export interface ShareSum {
  /** The shares as written (`24%`, `58%`, `26%`). */
  shares: string[]
  /** Their sum, in percent. */
  total: number
  /** Offset of the first share in the text. */
  index: number
}

const NUMBER = PLAIN_NUMBER
// A cell or list value that is only a percentage: `40%`, `12,5 %`, `**30%**`; not a change (`+12%`).
/** A cell that is only a percentage (group 1 its number). */
export const PERCENT_CELL = new RegExp(String.raw`^\**\s*(${NUMBER})\s?(?:%|procent)\s*\**$`, 'iu')
/** A cell that is only a count or an amount (group 1 its number): `1.200`, `€ 150.000`. */
export const COUNT_CELL = new RegExp(String.raw`^\**\s*(?:€\s*)?(${NUMBER})\s*\**$`, 'u')
/** The count or amount a cell holds (`COUNT_CELL`: also `€ 11.500` and decimals, unlike share-row-parts' `countIn`); undefined for any other cell. */
export const countCellValue = (cell: Cell | undefined): number | undefined => {
  const digits = COUNT_CELL.exec(cell?.text ?? '')?.[1]
  return digits === undefined ? undefined : read(digits)
}
export const TOTAL_ROW = /^\**\s*(?:totaal|in\s+totaal|samen|som|total)\b/iu
// A row that is part of the row above (`waarvan jongeren`): its share is counted twice in a sum.
const SUB_ROW = /^\**\s*(?:waarvan|w\.v\.|daarvan|hiervan|-|–|•|\.{2,}|&nbsp;)/iu
// The words that say what follows is one whole divided: `als volgt verdeeld`, `de samenstelling`.
const DISTRIBUTION = /\b(?:als\s+volgt\s+verdeeld|verdeling|uitsplitsing|uitgesplitst\s+naar)\b/iu
/** Survey answers where one may give more than one: their shares may add up to more than 100%. */
export const MULTIPLE = /\bmeer(?:dere)?\s+antwoorden\b|\bmeerdere\s+keuzes?\b/iu
// A column header that says the column is each row's share of one whole, and nothing more.
const SHARE_HEADER = /^\**\s*(?:aandeel|percentage|%|verdeling)(?:\s*\(%\))?(?:\s+(?:van\s+|in\s+)?(?:het\s+)?totaal)?\s*\**$/iu
// Shares far above 100% together are overlapping groups, not a slip (`58% wandelt, 64% fietst`).
export const OVERLAP = 115

/**
 * Find table rows whose percentage is not their count's share of the table's total, when the
 * percentage column is that share: the total row says 100% or most rows fit.
 *
 * @param tables The Markdown tables of a text.
 * @returns Claims that do not fit (and the ones that do).
 */
export function tableShareClaims(tables: Table[]): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const table of tables) {
    const width = Math.max(...table.rows.map((r) => r.length))
    for (let p = 0; p < width; p++) {
      // Without a row `Totaal`, a row that says 100% and counts the most is the whole of the others
      // (`Aangeschreven | 1.200 | 100%` above `Gereageerd | 540 | 45%`); its 100% proves no whole.
      const base = table.rows.some(isTotal) ? undefined : baseRow(table.rows, p)
      const rows = table.rows.filter((r) => !isTotal(r) && r !== base && PERCENT_CELL.test(r[p]?.text ?? ''))
      const total = table.rows.find(isTotal) ?? base
      if (rows.length < 2) continue
      const claims = sharesOf(table, rows, p, total)
      if (!claims) continue
      const hundred = !base && Math.abs((read(PERCENT_CELL.exec(total?.[p]?.text ?? '')?.[1] ?? '') ?? 0) - 100) <= 1
      const fitting = claims.filter((c) => c.fits).length
      // A column of rates of each row's own group (`aandeel 65-plus` per wijk) is no share of the total.
      if (hundred || (fitting >= 2 && fitting > claims.length - fitting)) out.push(...claims)
    }
  }
  return out
}

/**
 * Find shares of one whole that add up to more than 100%: a table column whose total row says
 * 100%, or a flat list after words of distribution (`als volgt verdeeld`, `verdeling`), without
 * a count column to check each share against and not a survey with more answers possible.
 *
 * @param text A prose text with lists.
 * @param tables Its Markdown tables.
 * @returns The sums over 100% beyond rounding.
 */
export function shareSums(text: string, tables: Table[]): ShareSum[] {
  const groups: Array<{ cells: Cell[]; whole: boolean; near: boolean }> = []
  for (const table of tables) {
    const width = Math.max(...table.rows.map((r) => r.length))
    for (const [p, { rows: part, total }] of Array.from({ length: width }, (_, p) => blocks(table.rows).map((t) => [p, t] as const)).flat()) {
      const rows = part.filter((r) => PERCENT_CELL.test(r[p]?.text ?? ''))
      // A column of row totals (`Totaal`, each row 100%) sums the shares across, not down.
      const across = TOTAL_ROW.test(table.header[p]?.text ?? '') || rows.some((r) => read(PERCENT_CELL.exec(r[p]?.text ?? '')?.[1] ?? '') === 100)
      if (across || countColumn(table.rows, rows, p) !== undefined || MULTIPLE.test(table.intro) || hasSubtotals(rows, p)) continue
      // Only the table itself proves one whole: its total row says 100%.
      const hundred = Math.abs((read(PERCENT_CELL.exec(total[p]?.text ?? '')?.[1] ?? '') ?? 0) - 100) <= 1
      // A column headed only `Aandeel` (or `%`) without a total row divides one whole too, if its
      // rows are categories and not years.
      const headed = total.length === 0 && SHARE_HEADER.test(table.header[p]?.text ?? '') && !rows.some((r) => /^\s*(?:19|20)\d{2}\b/.test(r[0]?.text ?? ''))
      groups.push({ cells: rows.map((r) => r[p] as Cell), whole: hundred || headed, near: !hundred })
    }
  }
  for (const list of shareLists(text)) groups.push({ cells: list.items, whole: !MULTIPLE.test(list.intro) && (DISTRIBUTION.test(list.intro) || leadOfShares(list)), near: !DISTRIBUTION.test(list.intro) })
  const out: ShareSum[] = []
  for (const { cells, whole, near } of groups) {
    const values = cells.map((c) => read(PERCENT_CELL.exec(c.text)?.[1] ?? ITEM_SHARE.exec(c.text)?.slice(1).find(Boolean) ?? '') ?? 0)
    const total = values.reduce((a, b) => a + b, 0)
    // Without words of distribution a sum far above 100% is overlapping groups, not a slip.
    if (!whole || cells.length < 2 || (near && total > OVERLAP) || !overHundred(values, cells.length / 2)) continue
    out.push({ shares: cells.map((c) => shareText(c.text)), total, index: cells[0]?.index ?? 0 })
  }
  return out
}

/**
 * Whether shares of one whole add up to more than 100% beyond their rounding, and not by exactly
 * one share (that share is a subtotal counted twice).
 *
 * @param values The shares, in percent.
 * @param slack How far their rounding lets the sum lie above 100.
 * @returns Whether the sum cannot be true.
 */
export function overHundred(values: number[], slack: number): boolean {
  const total = values.reduce((a, b) => a + b, 0)
  const eps = slack + 1e-9
  return total > 100 + eps && !values.some((v) => Math.abs(total - 100 - v) <= eps)
}

/** A table row's count and the table's total, for a share said of that row in the prose beside it. */
export interface RowShare {
  /** The row's label, lower case (`noord`). */
  label: string
  /** The count column's header, lower case (`woningen`). */
  header: string
  /** The row's share of the total, in percent. */
  actual: number
  /** The numbers, in Dutch (`120 van 400`). */
  basis: string
  /** The row's count as written (`120`). */
  part: string
}

/**
 * The shares of each row of a text's tables with a total row, per count column: what a
 * sentence such as "Noord heeft 40% van de woningen" is said of.
 *
 * @param tables The Markdown tables of a text.
 * @returns One entry per row and count column.
 */
export function rowShares(tables: Table[]): RowShare[] {
  const out: RowShare[] = []
  for (const table of tables) {
    for (const { rows, total } of totalled(table.rows)) {
      const width = Math.max(...table.rows.map((r) => r.length))
      for (let k = 1; k < width; k++) {
        const whole = countOf(total, k)
        if (!whole || rows.length < 2 || !rows.every((r) => COUNT_CELL.test(r[k]?.text ?? ''))) continue
        for (const row of rows) {
          out.push({ label: plainCellLower(row[0]?.text ?? ''), header: plainCellLower(table.header[k]?.text ?? ''), actual: (countOf(row, k) / whole) * 100, basis: `${plainCellLower(row[k]?.text ?? '')} van ${plainCellLower(total[k]?.text ?? '')}`, part: plainCellLower(row[k]?.text ?? '') })
        }
      }
    }
  }
  return out
}

// The one row whose percentage in column `p` is 100% and whose count in the nearest count column
// is the largest of the column: the whole the other rows are parts of.
function baseRow(rows: Cell[][], p: number): Cell[] | undefined {
  const full = rows.filter((r) => Math.abs((read(PERCENT_CELL.exec(r[p]?.text ?? '')?.[1] ?? '') ?? 0) - 100) < 1e-9)
  const parts = rows.filter((r) => PERCENT_CELL.test(r[p]?.text ?? ''))
  const k = countColumn(rows, parts, p)
  if (full.length !== 1 || k === undefined) return undefined
  const whole = countOf(full[0]!, k)
  return parts.every((r) => countOf(r, k) <= whole) ? full[0] : undefined
}

const isTotal = (row: Cell[]): boolean => TOTAL_ROW.test(row[0]?.text ?? '')
const countOf = (row: Cell[], column: number): number => read(COUNT_CELL.exec(row[column]?.text ?? '')?.[1] ?? '') ?? 0
const formatWhole = (written: string | undefined, whole: number): string => plainCell(written ?? '') || formatDutchNumber(whole)
const shareText = (text: string): string => PERCENT_CELL.test(text) ? plainCell(text) : (/(\d[\d.,]*\s?(?:%|procent))/iu.exec(text)?.[1] ?? text)

// The rows of a table by the total row they add up to: the rows before each total row, or all
// rows after a single total row at the top.
function totalled(rows: Cell[][]): Array<{ rows: Cell[][]; total: Cell[] }> {
  const at = rows.flatMap((r, i) => (isTotal(r) ? [i] : []))
  if (at.length === 1 && at[0] === 0) return [{ rows: rows.slice(1), total: rows[0] as Cell[] }]
  return at.map((t, k) => ({ rows: rows.slice(k === 0 ? 0 : (at[k - 1] ?? 0) + 1, t), total: rows[t] as Cell[] }))
}

// The rows by their total rows, or all rows with no total row (an empty one) when the table has none.
function blocks(rows: Cell[][]): Array<{ rows: Cell[][]; total: Cell[] }> {
  const parts = totalled(rows)
  return parts.length > 0 ? parts : [{ rows, total: [] }]
}

// Rows that are parts of a row above are counted twice in a sum: rows marked as parts (`waarvan`,
// an indent), a mix of bold and plain rows (bold subtotals), or a row that is the sum of the rows after it.
function hasSubtotals(rows: Cell[][], p: number): boolean {
  if (rows.some((r) => SUB_ROW.test(r[0]?.text ?? ''))) return true
  const bold = rows.filter((r) => /^\*\*|^__/.test(r[0]?.text ?? '') || /^\*\*|^__/.test(r[p]?.text ?? '')).length
  if (bold > 0 && bold < rows.length) return true
  const values = rows.map((r) => read(PERCENT_CELL.exec(r[p]?.text ?? '')?.[1] ?? '') ?? 0)
  return values.some((v, i) => {
    let sum = 0
    for (let j = i + 1; j < values.length && sum < v - 1; j++) sum += values[j] ?? 0
    return i + 2 < values.length && Math.abs(sum - v) <= 1
  })
}

// The count column nearest to a percentage column, left first: every share row has a plain number there.
// Each row's share of the total of count column `count`, as claims of the percentage column `p`.
function columnShares(rows: Cell[][], p: number, count: number, total: Cell[] | undefined): ShareClaim[] | undefined {
  // Without a total row the whole is the column's sum (`read('')` is 0, not undefined).
  const whole = total ? countOf(total, count) : rows.reduce((sum, r) => sum + countOf(r, count), 0)
  if (!whole) return undefined
  return rows.map((row) => {
    const cell = row[p] as Cell
    const written = PERCENT_CELL.exec(cell.text)?.[1] ?? ''
    const actual = (countOf(row, count) / whole) * 100
    const fits = Math.abs(actual - (read(written) ?? 0)) <= step(written) + 1e-9
    const basis = `${row[count]?.text.replace(/\*/g, '').trim()} van ${formatWhole(total?.[count]?.text, whole)}`
    return { said: plainCell(cell.text), index: cell.index + cell.text.indexOf(cell.text.replace(/^\**\s*/, '')), actual, basis, fits }
  })
}

// Words of a share header that say it is a share, not of what (`Aandeel`, `percentage`, `van het totaal`).
const SHARE_WORDS = /^(?:aandeel|percentage|procent|verdeling|van|in|het|totaal|%|\(%\))$/iu
const headerWords = (cell: Cell | undefined): string[] => (cell?.text ?? '').toLowerCase().replace(/\*/g, '').split(/[^\p{L}%()]+/u).filter((w) => w.length > 0)

// The shares of percentage column `p` of the count column they are of. With more count columns than
// one, that is the column the share's header names (`Aandeel leden` of `Leden`), or else the one the
// most rows fit (`Aandeel` beside `Verzoeken` and `Uren`, the shares of the requests); the nearest
// column only when no other fits more rows: a column the rows do not fit is not what the share says.
function sharesOf(table: Table, rows: Cell[][], p: number, total: Cell[] | undefined): ShareClaim[] | undefined {
  const columns = countColumns(table.rows, rows, p)
  const of = headerWords(table.header[p]).filter((w) => !SHARE_WORDS.test(w))
  const named = columns.filter((k) => of.length > 0 && headerWords(table.header[k]).some((w) => w.length >= 4 && of.some((o) => o.length >= 4 && sameNoun(o, w))))
  if (named.length === 1) return columnShares(rows, p, named[0]!, total)
  const fitting = (c: ShareClaim[]): number => c.filter((x) => x.fits).length
  let best: ShareClaim[] | undefined
  for (const k of columns) {
    const claims = columnShares(rows, p, k, total)
    if (claims && (best === undefined || fitting(claims) > fitting(best))) best = claims
  }
  return best
}

// The count columns a percentage column `p` may be a share of, the nearest first (to the left, then to the right).
function countColumns(all: Cell[][], rows: Cell[][], p: number): number[] {
  const width = Math.max(...all.map((r) => r.length))
  const candidates = [...Array.from({ length: p }, (_, k) => p - 1 - k), ...Array.from({ length: width - p - 1 }, (_, k) => p + 1 + k)]
  return candidates.filter((k) => k > 0 && rows.length > 0 && rows.every((r) => COUNT_CELL.test(r[k]?.text ?? '') && !/^(?:19|20)\d{2}$/.test(r[k]?.text.trim() ?? '')))
}

function countColumn(all: Cell[][], rows: Cell[][], p: number): number | undefined {
  return countColumns(all, rows, p)[0]
}

/**
 * One step of the last digit written in a table: `30` → 1, `12,5` → 0,1; tables are not rounded to tens.
 *
 * @param written A number as written.
 * @returns The step.
 */
export function step(written: string): number {
  const decimals = written.split(',')[1]
  return decimals ? 10 ** -decimals.length : 1
}

