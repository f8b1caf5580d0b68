/**
 * Total rows of a table in a text: a row labelled as a total (`Totaal`, `Subtotaal`, `Samen`) is the
 * sum of the rows since the previous total row, per column, unless the column holds a mean, a price
 * or another figure that does not add up. Split from table-relations.ts, which reads the other
 * relations of a table.
 */

import { add, mul, type Rational } from './exact-number.js'
import { within } from './onderbouwing.js'
import type { TextTable } from './text-tables.js'

// A row label that says the row is a total: it starts or ends with `totaal`, or is only `samen` or
// `som`; a name that starts with the word (`Samen in de buurt`) is a row like the others.
export const TOTAL_ROW = /^\W*(?:sub|eind|generaal\s+)?totaal\b|\btotaal\W*$|\btotalen\b|^\W*(?:samen|som|opgeteld)\W*$/iu
// A column whose total row is not the sum of the rows above: a mean, a median, an age or a year,
// a price or an amount per unit, a grade (`Gem. wachttijd`, `Mediaan inkomen`, `Prijs per bank`,
// `Bouwjaar`). A count per period (`Bezoekers per jaar`) still adds up over the rows.
const NON_ADDITIVE = /\b(?:gem\.|gemiddeld\p{L}*|mediaan|leeftijd|bouwjaar|jaartal|prijs|tarief|rapportcijfer|cijfer|score|huishoudgrootte|wachttijd|doorlooptijd)\b|\bper\s+(?:\d[\d.]*\s+)?(?!(?:jaar|maand|week|dag|kwartaal|seizoen|schooljaar)\b)\p{L}+|\bprocentpunt|\(\s*%\s*\)|\(\s*1\s*[-–]\s*10\s*\)/iu
const ZERO: Rational = { n: 0n, d: 1n }

/** A total cell that is not the sum of the cells above it: its row, column, the terms and their sum. */
export interface TotalBreak {
  row: number
  column: number
  expression: string
  computed: Rational
}

/**
 * The cells of total rows that are not the sum of the rows since the previous total row (a running
 * total's last row is its total already, so its columns are left out).
 *
 * @param table A table read from a text.
 * @param plain The columns of plain numbers (no percentages).
 * @param running The columns that hold a running total.
 * @param taken Whether a row already breaks another relation: a wrong cell above breaks its column's total too.
 * @returns The breaking total cells, lazily, so `taken` sees the rows reported before.
 */
export function* totalRowBreaks(table: TextTable, plain: number[], running: Set<number>, taken: (row: number) => boolean): Generator<TotalBreak> {
  const header = table.header.map((c) => c.text)
  const label = (r: number): string => table.rows[r]?.[0]?.text ?? ''
  let from = 0
  for (const [r, row] of table.rows.entries()) {
    if (!TOTAL_ROW.test(row[0]?.text ?? '')) continue
    // A total in the first row, the only one, names the sum of the rows below it (`Totaal lasten` above its posts).
    const first = r === 0 && table.rows.every((x, i) => i === 0 || !TOTAL_ROW.test(x[0]?.text ?? ''))
    const above = first ? table.rows.map((_, i) => i).slice(1) : [...Array(r - from).keys()].map((i) => i + from).filter((i) => !TOTAL_ROW.test(label(i)))
    from = r + 1
    // A cell above with an amount it does not give as one number (`van € 8.000 tot € 12.000`)
    // counts in the total in a way the table does not show.
    const unread = (k: number): boolean => above.some((i) => table.rows[i]?.[k]?.value === undefined && /\d/u.test(table.rows[i]?.[k]?.text ?? ''))
    const summed = plain.filter((k) => !running.has(k) && !unread(k) && !NON_ADDITIVE.test(header[k] ?? '') && !meanLike(table, above, r, k))
    const keep = summed.filter((k) => row[k]?.value !== undefined && sumRows(table, above, k) !== undefined && within(sumRows(table, above, k)!, row[k]!.value!, rowSlack(table, above, r, k)))
    const lose = summed.filter((k) => row[k]?.value !== undefined && sumRows(table, above, k) !== undefined && !keep.includes(k))
    // The label says what the row is; a second column that adds up confirms the reading.
    if (above.length < 2 || (summed.length > 1 && (keep.length === 0 || keep.length < lose.length))) continue
    // A wrong cell above breaks its column's total too: that cell is the one to mend.
    if (above.some((i) => taken(i))) continue
    for (const k of lose) yield { row: r, column: k, expression: above.filter((i) => table.rows[i]?.[k]?.value !== undefined).map((i) => table.rows[i]![k]!.text).join(' + '), computed: sumRows(table, above, k)! }
  }
}

// A total between the smallest and the largest of two or more rows of one sign is no sum of them
// (a sum lies beyond every term): the column holds a rate, a mean or a share (`7,2` under rows
// of 6,8 and 7,9 in a column of grades or rates), whatever its header says.
function meanLike(table: TextTable, rows: number[], total: number, k: number): boolean {
  const value = (v: Rational): number => Number(v.n) / Number(v.d)
  const vs = rows.map((r) => table.rows[r]?.[k]?.value).filter((v) => v !== undefined).map(value)
  const t = table.rows[total]?.[k]?.value
  if (vs.length < 2 || t === undefined || !(vs.every((v) => v > 0) || vs.every((v) => v < 0))) return false
  return value(t) >= Math.min(...vs) && value(t) <= Math.max(...vs)
}

function sumRows(table: TextTable, rows: number[], k: number): Rational | undefined {
  const vs = rows.map((r) => table.rows[r]?.[k]?.value).filter((v) => v !== undefined)
  return vs.length >= 2 ? vs.reduce<Rational>((t, v) => add(t, v), ZERO) : undefined
}

// A total of a column: exact, or one step per number in a table in thousands.
function rowSlack(table: TextTable, rows: number[], total: number, k: number): Rational {
  const own = table.rows[total]?.[k]?.half ?? ZERO
  if (!table.scaled) return own
  return rows.reduce((t, r) => add(t, mul(table.rows[r]?.[k]?.half ?? ZERO, { n: 2n, d: 1n })), mul(own, { n: 2n, d: 1n }))
}
