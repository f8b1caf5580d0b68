/**
 * A calculation in a row's text cell that names the year it is for: `2027: 3 fte × € 92.000`,
 * `12 scholen × € 2.250 in 2026`, `vanaf 2029: 4 plekken × € 12.500`. The other years of the row
 * may start lower, grow with indexation or phase out; the year named (or the first year from which
 * it holds) must hold the outcome, in the table's unit and rounding. label-products reads the
 * calculations that name no year against the pattern of all the row's years.
 */

import { ADDS } from './approx-products.js'
import { calculationIn, type LabelBreak } from './label-products.js'
import { div, make, mul, near, type Rational } from './exact-number.js'
import { beyond, number } from './onderbouwing.js'
import type { TextCell, TextTable } from './text-tables.js'

const YEAR = String.raw`(?:19|20)\d{2}`
// The year before the calculation: `2027:`, `in 2027:`, `vanaf 2028:`, `per 2028,`, `m.i.v. 2028:`.
// (Read off first: calculationIn would take `2027: 2` for a division.) A run of years (`2027-2028:`) is no one year.
const BEFORE = new RegExp(String.raw`^\s*(?:(in|vanaf|per|m\.i\.v\.|met\s+ingang\s+van)\s+)?(${YEAR})\s*[:,]\s*`, 'iu')
// The year right after it, with nothing between (`… in 2026`, `… voor 2027`) and nothing after it but
// the end or another clause (`…, later geïndexeerd`); group 1 the calculation's text. A year after a
// comma (`2 fte × € 70.000, in 2027 slechts zes maanden`) says what that year holds instead.
const AFTER = new RegExp(String.raw`^((?:[^,;]|,(?=\d))*?)\s+(in|voor|vanaf|per)\s+(${YEAR})\b(?!\s*(?:-|–|t\/m|tot))\s*(?:$|[,;)])`, 'iu')
const FROM = /^(?:vanaf|per|m\.i\.v\.|met\s+ingang\s+van)$/iu
// A text that names only part of its row's amount (besides what ADDS names), or part of its year (a
// half year, a start in a month): not the whole amount of that year.
const PARTIAL = /\b(?:deels|gedeeltelijk|aandeel|helft|half|halve|kwart|deel|naast|pro\s+rata|naar\s+rato|maand(?:en)?|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|en\s+\d)\b/iu
const TOTAL = /\b(?:totaal|totalen|samen|som|subtotaal)\b/iu

/**
 * The cells that differ from a dated calculation in their row's text cell.
 *
 * @param table The table, with its unit (`factor`) when it has one.
 * @param columns The numeric columns that are no percentages.
 * @returns At most one cell per row.
 */
export function datedLabelProductBreaks(table: TextTable, columns: number[]): LabelBreak[] {
  // The table's unit: as stated near it, else the one in which another dated row's cell holds its outcome.
  const unit = table.factor ?? provenUnit(table)
  const factor = make(BigInt(unit ?? 1), 1n)
  // Amounts of a table in a known unit, or written in euros: a bare count is no amount.
  const amount = (cell: TextCell | undefined): boolean => cell?.value !== undefined && !cell.percent && (unit !== undefined || cell.text.includes('€'))
  const years = columns.filter((k) => !TOTAL.test(table.header[k]?.text ?? '')).map((k) => ({ k, year: yearOf(table.header[k]?.text ?? '') }))
  const out: LabelBreak[] = []
  table.rows.forEach((row, r) => {
    for (const text of [...row.filter((cell) => cell.value === undefined).map((cell) => cell.text), table.notes?.[r] ?? '']) {
      const dated = datedCalculation(text)
      if (!dated) continue
      // The year's column, or the first column from that year on (later years may be indexed).
      const column = years.find((y) => y.year !== undefined && (dated.from ? y.year >= dated.year : y.year === dated.year))
      const cell = column && row[column.k]
      if (!column || !amount(cell) || cell!.value!.n === 0n) return
      const euros = mul(cell!.value!, factor)
      const { value, text: shown } = dated.calculation
      // Within the cell's rounding the product holds; far from it the cell holds something else.
      if (!beyond(euros, value, mul(cell!.half, factor)) || !near(euros, value)) return
      out.push({ row: r, column: column.k, expression: `${shown} = ${number(value)}`, computed: div(value, factor) })
      return
    }
  })
  return out
}

// A unit of thousands or millions for a table that states none near it (it may stand at the head of the
// chapter): the one in which a row's dated calculation gives its year's cell within its rounding.
function provenUnit(table: TextTable): number | undefined {
  const years = table.header.map((h) => yearOf(h.text))
  for (const unit of [1000, 1_000_000]) {
    const factor = make(BigInt(unit), 1n)
    const holds = table.rows.some((row) =>
      row.some((cell) => {
        const dated = cell.value === undefined ? datedCalculation(cell.text) : undefined
        const own = dated && row[years.findIndex((y) => y === dated.year)]
        return own?.value !== undefined && own.value.n !== 0n && !beyond(mul(own.value, factor), dated!.calculation.value, mul(own.half, factor))
      })
    )
    if (holds) return unit
  }
  return undefined
}

// A calculation in a text with the year it names before or right after it; one calculation only
// (`2027: …, 2028: …` is a list of years).
function datedCalculation(text: string): { calculation: { text: string; value: Rational }; year: number; from: boolean } | undefined {
  if (ADDS.test(text) || PARTIAL.test(text)) return undefined
  const b = BEFORE.exec(text)
  const a = b ? undefined : AFTER.exec(text)
  const own = b ? text.slice(b[0].length) : a ? (a[1] ?? '') : undefined
  const calculation = own === undefined ? undefined : calculationIn(own)
  if (!calculation || calculation.value.n <= 0n) return undefined
  const rest = b ? own!.slice(own!.indexOf(calculation.text) + calculation.text.length) : text.slice(a![0].length)
  if (/\d/u.test(rest) && calculationIn(rest) !== undefined) return undefined
  return b ? { calculation, year: Number(b[2]), from: FROM.test(b[1] ?? '') } : { calculation, year: Number(a![3]), from: FROM.test(a![2] ?? '') }
}

// The one year a column header names (`2027`, `Begroting 2027`), if it names one.
function yearOf(header: string): number | undefined {
  const found = header.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  return found.length === 1 ? Number(found[0]) : undefined
}
