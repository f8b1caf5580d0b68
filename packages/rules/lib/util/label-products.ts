/**
 * A calculation written in a row's label or text cell (`Buurtcoaches (3 fte × € 72.000)`,
 * `Wijkfonds (€ 180.000 / 4 jaar)`, `60 stuks à € 450`) judged against the amounts of that row,
 * in the table's unit (`x € 1.000`) with its rounding. The amounts are per year, so the outcome is
 * what each year holds; a product that a row spreads over its years, starts halfway, buys once or
 * indexes later shows in the pattern of the cells, and then the row is left alone.
 */

import { ADDS } from './approx-products.js'
import { add, div, make, mul, sub, type Rational } from './exact-number.js'
import { number } from './onderbouwing.js'
import { oneDigitApart } from './slip-digits.js'
import type { TextCell, TextTable } from './text-tables.js'

/** A cell that differs from the calculation in its row's label. */
export interface LabelBreak {
  /** The row. */
  row: number
  /** The column of the cell. */
  column: number
  /** The calculation with its outcome in euros: `3 fte × € 72.000 = 216.000`. */
  expression: string
  /** The outcome in the table's unit. */
  computed: Rational
}

const NUM = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`
// A term: an optional euro sign, a number, an optional magnitude and an optional unit word
// (`4 fte`, `46 km`, `€ 2.500 per km`, `€ 1,2 mln`); an operator word is no unit.
const TERM = String.raw`(€\s*)?(${NUM})(\s*(?:mln|miljoen|mld|miljard)\.?)?(?:\s*%)?(?:\s+(?!(?:x|maal|à|per)(?=\s|$))\p{L}[\p{L}²³]*)?(?:\s+per\s+\p{L}[\p{L}²³]*)?`
const TIMES = String.raw`\s*(?:×|x|\*|à|maal)\s*`
const CALCULATION = new RegExp(String.raw`(?<![\d.,])${TERM}((?:${TIMES}${TERM}){1,2}|\s*[/:]\s*${TERM})`, 'u')
const TERM_ONLY = new RegExp(TERM, 'gu')
const TOTAL = /\b(?:totaal|totalen|samen|som|subtotaal)\b/iu
// An amount cell: a number written with a euro sign, or a bare number in a table that states its unit.
const BARE = /^[-−–+]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/u
// How far a slip lies from the outcome: nearer than a fifth; a year that holds a part or a
// multiple of the product (a start halfway, a purchase) lies further.
const NEAR = make(1n, 5n)

interface Calculation {
  text: string
  value: Rational
}

/**
 * The cells of a table that differ from the calculation in their row's label or text cell.
 *
 * @param table The table, with its unit (`factor`) when it has one.
 * @param columns The numeric columns that are no percentages.
 * @returns At most one cell per row.
 */
export function labelProductBreaks(table: TextTable, columns: number[]): LabelBreak[] {
  const out: LabelBreak[] = []
  // The year columns hold the yearly amounts; a total column beside them holds their sum.
  const yearly = columns.filter((k) => !TOTAL.test(table.header[k]?.text ?? ''))
  const amountColumns = yearly.length > 0 ? yearly : columns
  table.rows.forEach((row, r) => {
    const texts = [...row.filter((cell) => cell.value === undefined).map((cell) => cell.text), table.notes?.[r] ?? '']
    // A text that adds to its product (`plus`, `inclusief`, `+ € 10.000`) names only a part.
    const calculation = texts.filter((text) => !ADDS.test(text)).map(calculationIn).find((c) => c !== undefined)
    if (!calculation || calculation.value.n <= 0n) return
    if (table.factor !== undefined || row.some((cell) => cell.text.includes('€') && cell.value !== undefined)) {
      const wrong = judge(row, amountColumns.filter((k) => isAmount(row[k], table) && row[k]!.value!.n !== 0n), calculation, table.factor ?? 1, true)
      if (wrong) out.push({ row: r, ...wrong })
      return
    }
    // Bare numbers in a table whose unit the text does not state (it may stand in a heading):
    // a unit is read when two cells of the row hold the outcome in it.
    const bare = amountColumns.filter((k) => row[k]?.value !== undefined && !row[k]!.percent && row[k]!.value!.n !== 0n && BARE.test(row[k]!.text))
    for (const unit of [1, 1000, 1_000_000]) {
      const wrong = judge(row, bare, calculation, unit, false)
      if (wrong) out.push({ row: r, ...wrong })
      if (wrong) break
    }
  })
  return out
}

// The cell of a row that differs from the calculation in its label, given the amount cells and
// the unit; `uniform`: a row whose years all hold the same amount near the outcome counts too.
function judge(row: TextCell[], amounts: number[], calculation: Calculation, unit: number, uniform: boolean): Omit<LabelBreak, 'row'> | undefined {
  if (amounts.length === 0) return undefined
  const factor = make(BigInt(unit), 1n)
  const euros = (k: number): Rational => mul(row[k]!.value!, factor)
  const kept = (k: number): boolean => !beyond(euros(k), calculation.value, mul(row[k]!.half, factor))
  const near = (k: number): boolean => !beyond(euros(k), calculation.value, mul(calculation.value, NEAR))
  const matched = amounts.filter(kept)
  const off = amounts.filter((k) => !kept(k))
  if (off.length === 0) return undefined
  // The product over the whole period, spread over its years.
  const sum = amounts.reduce<Rational>((t, k) => add(t, euros(k)), { n: 0n, d: 1n })
  if (!beyond(sum, calculation.value, mul(row[amounts[0]!]!.half, mul(factor, make(BigInt(amounts.length), 1n))))) return undefined
  let wrong: number | undefined
  // Of two years, one gives the outcome and the other is the outcome with one digit changed or two
  // swapped (`480` for `408`): a typing slip, as two years that agree against a third show one.
  const slipped = matched.length === 1 && off.length === 1 && typedSlip(row[off[0]!]!.value!, div(calculation.value, factor))
  if ((matched.length >= 2 && matched.length > off.length) || slipped) {
    // Later years above it (indexed, grown) or first years below it (a start): no slip.
    const grows = off.every((k) => k > matched.at(-1)! && sub(euros(k), calculation.value).n > 0n)
    const starts = off.every((k) => k < matched[0]! && sub(euros(k), calculation.value).n < 0n)
    if (!grows && !starts && (slipped || off.every(near))) wrong = off[0]
  } else if (uniform && matched.length === 0 && off.every((k) => sub(euros(k), euros(off[0]!)).n === 0n) && near(off[0]!)) {
    // Every year the same amount, near the product but not it.
    wrong = off[0]
  }
  return wrong === undefined ? undefined : { column: wrong, expression: `${calculation.text} = ${number(calculation.value)}`, computed: div(calculation.value, factor) }
}

/**
 * The calculation in a text: two or three terms multiplied (`3 fte × € 72.000`) or one divided
 * by another (`€ 180.000 / 4 jaar`), with a euro sign on one of them.
 *
 * @param text A label or text cell.
 * @returns The calculation as written and its outcome in euros, if the text holds one.
 */
export function calculationIn(text: string): Calculation | undefined {
  const m = CALCULATION.exec(text)
  if (!m || !m[0].includes('€')) return undefined
  // A share is a factor too (`€ 80.000 × 50%`).
  const terms = [...m[0].matchAll(TERM_ONLY)].map((t) => (t[0].includes('%') ? div(termValue(t[2]!, t[3]), make(100n, 1n)) : termValue(t[2]!, t[3])))
  if (terms.length < 2) return undefined
  const divides = /^\s*[/:]/u.test(m[4] ?? '')
  // A sum over a number of years or units: the euro sign on the sum (`Jaar 2026: € 45.000` is none).
  if (divides && (!m[1] || terms[1]!.n === 0n)) return undefined
  const value = divides ? div(terms[0]!, terms[1]!) : terms.reduce((a, b) => mul(a, b))
  return { text: m[0].trim(), value }
}

function termValue(digits: string, magnitude: string | undefined): Rational {
  const [whole = '0', fraction = ''] = digits.replace(/\./gu, '').split(',')
  const power = !magnitude ? 0n : /mld|miljard/iu.test(magnitude) ? 9n : 6n
  return make(BigInt(whole + fraction) * 10n ** power, 10n ** BigInt(fraction.length))
}

function isAmount(cell: TextCell | undefined, table: TextTable): boolean {
  if (cell?.value === undefined || cell.percent) return false
  return cell.text.includes('€') || (table.factor !== undefined && BARE.test(cell.text.replace(/\*\*/gu, '')))
}

// Two whole numbers one typing slip apart (`oneDigitApart`); a carry (`9` for `10`) is a rounding.
function typedSlip(cell: Rational, outcome: Rational): boolean {
  const [x, y] = [Number(cell.n) / Number(cell.d), Number(outcome.n) / Number(outcome.d)]
  return Number.isInteger(x) && Number.isInteger(y) && x > 0 && y > 0 && oneDigitApart(String(x), String(y))
}

const abs = (a: Rational): Rational => (a.n < 0n ? sub({ n: 0n, d: 1n }, a) : a)
const beyond = (a: Rational, b: Rational, tolerance: Rational): boolean => sub(abs(sub(a, b)), tolerance).n > 0n
