/**
 * A share said of a count a sentence quotes from a table above it (`Ook de 65-plussers zijn met
 * 556 leden oververtegenwoordigd; zij maken 40% van het panel uit.`, `Spoor 1 neemt met € 84.000
 * ruim 30% van het totale budget voor zijn rekening.`): the quoted cell is the part, the total row
 * of its column the whole. The sentence need not name the row in the table's words: the count it
 * quotes names it. Used by `share-table-fallback`, the last reading of a table.
 */

import type { Cell, Table } from './markdown-tables.js'
import { countCellValue } from './share-wholes.js'
import { label } from './table-named-series.js'
import { formatDutchNumber } from '@kapstok/nl'

// A number, not one that starts a word (`65-plussers`, `18-jarigen`).
const NUMBER = /(?<![\d.,])\d[\d.]*(?:,\d+)?(?![\d]|-?\p{L})/gu
const SUBTOTAL = /^\W*subtota(?:al|len)\b/iu
const MAGNITUDE = /^\s*(miljoen|mln\.?|duizend)(?![\p{L}])/iu

/**
 * The numbers of a text, at their size (`2,4 miljoen` as 2.400.000).
 *
 * @param text A sentence without its shares and years.
 * @returns The numbers as written and their values.
 */
export function numberValues(text: string): Array<{ written: string; value: number }> {
  return [...text.matchAll(NUMBER)].map((m) => {
    const magnitude = MAGNITUDE.exec(text.slice((m.index ?? 0) + m[0].length))?.[1]?.toLowerCase()
    const value = Number(m[0].replace(/\./g, '').replace(',', '.')) * (magnitude === undefined ? 1 : magnitude === 'duizend' ? 1000 : 1000000)
    return { written: m[0], value: Math.round(value) }
  })
}

/**
 * The readings of a sentence whose one number is a body cell of the table (as written, or at the
 * table's scale in euros: `€ 84.000` for `84` in a table x € 1.000): that cell of its column's total.
 *
 * @param table The table.
 * @param total Its total row.
 * @param own The sentence without its shares and years.
 * @returns One reading per cell that holds the number (none when the sentence has another number too).
 */
export function quotedCellReadings(table: Table, total: Cell[], own: string): Array<{ actual: number; basis: string; change?: boolean }> {
  // A number of a row's label (`Spoor 1` for `1 Veilig`) names the row; it is no count.
  const labelled = new Set(table.rows.flatMap((r) => label(r).match(/\d+/gu) ?? []))
  const said = numberValues(own).filter((n) => !labelled.has(n.written))
  if (said.length !== 1) return []
  const value = said[0]!.value
  const subtotals = table.rows.filter((r) => r !== total && SUBTOTAL.test(label(r)))
  const out: Array<{ actual: number; basis: string; change?: boolean }> = []
  for (const row of table.rows) {
    if (row === total) continue
    row.forEach((cell, k) => {
      const part = k === 0 ? undefined : countCellValue(cell)
      if (part === undefined || ![part, part * 1000, part * 1000000].includes(value)) return
      // The total row, and a subtotal of its column (`Subtotaal verenigingen`), may be the whole.
      for (const sum of [total, ...subtotals]) {
        const whole = countCellValue(sum[k])
        if (whole !== undefined && whole > part) out.push({ actual: (part / whole) * 100, basis: `${formatDutchNumber(part)} van ${formatDutchNumber(whole)} (${label(row)})` })
      }
    })
  }
  return out
}
