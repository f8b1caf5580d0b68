/**
 * The relations whose result is a plain number column of a table: the sum of a run of columns
 * (`2026 … 2029` and `Totaal`), the difference of two, the product of two (`aantal × prijs =
 * bedrag`), a mean per unit (`Subsidie` ÷ `Bezoekers`), and a rate in percent times an amount.
 * Read by `brokenCells` (table-relations).
 */

import { add, div, mul, type Rational } from './exact-number.js'
import { productScale } from './product-scales.js'
import { showRatio } from './unit-scales.js'
import { GAP, termValue, TOTAL, ZERO, type ColumnRelations } from './table-relation-test.js'

// Header words that say a column holds a product's parts.
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
const YEAR_HEADER = /^\**\s*(?:(?:begroting|raming|jaarschijf|meerjarenraming)\s+)?(?:19|20)\d{2}\s*\**$/iu

/**
 * Test the relations whose result is a plain number column, reporting the rows that break them.
 *
 * @param relations The table's columns and the test.
 */
export function plainColumnRelations(relations: ColumnRelations): void {
  const { table, header, numeric, plain, percent, unit, durations, terms, difference, test } = relations
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
        // `Verschil` after two years, `Netto` after an amount and a deduction: either order.
        test(target, [a, b], difference(a, b), GAP.test(header[target] ?? ''))
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
}
