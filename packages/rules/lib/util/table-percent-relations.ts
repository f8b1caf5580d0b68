/**
 * The relations whose result is a percentage column of a table, or a column of percentage points:
 * one column as a share of another, the change between two percentage columns, and a change in
 * points written as bare numbers (`+3`, `-2`). Read by `brokenCells` (table-relations).
 */

import { add, div, mul, sub, type Rational } from './exact-number.js'
import { GAP, ZERO, type ColumnRelations } from './table-relation-test.js'

// A header that says its bare numbers are percentage points (`Verschil (procentpunt)`, `+/- pp`).
const POINTS_HEADER = /procentpunt|%-?punt|\bpp\b|\bpt\b/iu
const SIGNED = /^(?:\*\*)?[-−–+]/u
const HUNDRED: Rational = { n: 100n, d: 1n }

/**
 * Test the relations whose result is a percentage or a change in points, reporting the rows that break them.
 *
 * @param relations The table's columns and the test.
 */
export function percentColumnRelations(relations: ColumnRelations): void {
  const { table, header, numeric, plain, column, percent, difference, test } = relations
  const percentColumns = numeric.filter(percent)
  // A percentage column: one column as a share of another, or the change from one to another.
  for (const target of percentColumns) {
    // The change between two percentage columns, in percentage points (`18%`, `15%`, `-3 procentpunt`).
    const shares = numeric.filter((k) => percent(k) && k < target)
    for (const a of shares) {
      for (const b of shares) {
        if (a === b) continue
        test(target, [a, b], difference(a, b), GAP.test(header[target] ?? ''))
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
}
