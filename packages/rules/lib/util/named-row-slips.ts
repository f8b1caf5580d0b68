/**
 * A slip whose operands stand in a row of a table above that the sentence names: authors give the
 * figures in a table and state a change or a cost of one row in the text under it (`In Westerveld
 * werd € 3.300 meer uitgegeven dan begroot.` under `| Westerveld | € 62.000 | € 64.300 |`: € 2.300;
 * `Voor 2 dagdelen per week in 36 weken reserveren we € 4.780 zaalhuur.` under `| Zaalhuur | € 65
 * per dagdeel |`: € 4.680). Also the total row, for a sentence about all rows together (`Alle
 * verenigingen samen groeiden met 58 leden`).
 *
 * The row's name (or `alle … samen` for the total row) ties the far operands; the guard is the
 * one of the other slips: a reading of one kind (amounts with amounts, a count with the count its
 * table header names), one digit changed or two swapped, and no other reading of the row's
 * cells, nor a cell itself, that gives the stated number.
 */

import { add, cents, make, mul, sub, type Rational } from './exact-number.js'
import { approxWordBefore } from './approx-products.js'
import { kindOf } from './loose-slips.js'
import { nounStem } from './unit-nouns.js'
import { rowsNamed } from './table-row-names.js'
import type { TextCell, TextTable } from './text-tables.js'
import { euros, isCounted, written, type Num } from './slip-candidates.js'
import { oneDigitApart, roundingOf, writtenDigits, writtenUnit } from './slip-digits.js'
import type { ArithmeticSlip } from './slip-judge.js'

/** A table of the text with the offset where it starts: only a table above a sentence is read. */
export interface PlacedTable {
  table: TextTable
  start: number
}

// A change of the row between its columns: more or less than planned, left over, lost or gained.
const CHANGE = /\b(?:meer|minder|over|onbenut|overschot|tekort|verschil|verloor|verloren|verliest|groeide|groeiden|groeit|gegroeid|steeg|stegen|gestegen|daalde|daalden|gedaald|erbij|bij(?=\s*[.,;]|\s+(?:gekomen|gekregen))|kwamen|gingen|toename|afname|stijging|daling|groei|krimp|krompen|kromp)\b/iu
// The cost of a rate times the counts the sentence gives.
const COST = /\b(?:kost|kosten|kostte|ramen|raamt|geraamd|reserveren|reserveert|gereserveerd|uittrekken|trekken|begroten|begroot|budget|nodig|betalen|betaalt)\b/iu
// All rows together: the total row.
const ALL = /\b(?:alle\s+\p{L}+\s+(?:samen|tezamen)|in\s+totaal|samen\s+(?:groeiden|daalden|verloren|wonnen|kregen|gaven))\b/iu
const TOTAL_LABEL = /^\W*(?:sub)?tota(?:al|le?n?)\b/iu
const WORDS = /\p{L}+/gu
// Per: a cell that is a rate (`€ 40 per uur`).
const RATE = /\bper\s+\p{L}/iu

interface Reading {
  expression: string
  computed: number
}

const cellNum = (cell: TextCell | undefined, table: TextTable): (Num & { rate: boolean }) | undefined => {
  if (!cell?.value || cell.percent || cell.value.n <= 0n) return undefined
  const factor = table.factor ?? 1
  const value = mul(cell.value, make(BigInt(factor), 1n))
  const euro = factor > 1 || cell.text.includes('€')
  const text = factor > 1 ? euros(cents(value)) : cell.text.replace(/^€\s*/u, '').replace(/\s+per\s+.*$/u, '')
  return { kind: 'num', value, text, approx: false, index: cell.index, end: cell.index + cell.text.length, euro, rate: RATE.test(cell.text) } as Num & { rate: boolean }
}

// Whether a count in the sentence counts what the table counts: its noun in the header or the row's label.
function countsWhatTableCounts(stated: Num, table: TextTable, row: TextCell[]): boolean {
  if (stated.euro) return true
  const kind = kindOf(stated)
  if (kind === '') return false
  const words = [...table.header, row[0]].flatMap((c) => [...(c?.text ?? '').matchAll(WORDS)].map((m) => nounStem(m[0])))
  return words.includes(kind)
}

/**
 * The slip of a sentence against the cells of a row it names in a table above.
 *
 * @param tables The tables above the sentence, nearest last.
 * @param piece The sentence.
 * @param numbers The sentence's numbers, with their units (read only when a word cues a change or cost).
 * @returns The slip, with the stated number's offset in the piece.
 */
export function namedRowSlip(tables: PlacedTable[], piece: string, numbers: () => Num[]): ArithmeticSlip | undefined {
  const change = CHANGE.test(piece)
  const cost = COST.test(piece)
  if ((!change && !cost) || piece.includes('=')) return undefined
  const own = numbers()
  if (own.length === 0 || own.length > 4) return undefined
  // The nearest table above with a row the sentence names (or its total row, for all rows together).
  for (const { table } of [...tables].reverse()) {
    const named = rowsNamed(table, piece)
    const rows = named.length === 1 ? named : ALL.test(piece) ? table.rows.flatMap((row, r) => (TOTAL_LABEL.test((row[0]?.text ?? '').replace(/\*/gu, '')) ? [r] : [])) : []
    if (rows.length !== 1) continue
    const row = table.rows[rows[0]!]!
    const cells = row.slice(1).map((c) => cellNum(c, table)).filter((c): c is NonNullable<typeof c> => c !== undefined)
    return rowSlip(cells, own, piece, change, cost, table, row)
  }
  return undefined
}

function rowSlip(cells: Array<Num & { rate: boolean }>, own: Num[], piece: string, change: boolean, cost: boolean, table: TextTable, row: TextCell[]): ArithmeticSlip | undefined {
  // The stated number: the last of the sentence, of two or more written digits, not rounded.
  const stated = own.at(-1)!
  if (writtenDigits(stated.text) < 2 || stated.approx || approxWordBefore(piece, stated.index) || !countsWhatTableCounts(stated, table, row)) return undefined
  const before = own.slice(0, -1)
  const unit = stated.euro ? '€ ' : ''
  const reported: Reading[] = []
  const clearing: number[] = cells.map((c) => cents(c.value))
  const same = cells.filter((c) => c.euro === stated.euro && !c.rate)
  // A change between two columns of the row, the sentence's one number of its kind.
  if (change && before.every((t) => t.euro !== stated.euro)) {
    same.forEach((a, i) => same.slice(i + 1).forEach((b) => {
      const d = sub(a.value, b.value)
      const value: Rational = d.n < 0n ? sub(b.value, a.value) : d
      const [x, y] = d.n < 0n ? [b, a] : [a, b]
      reported.push({ expression: `${written(x)} − ${written(y)} = ${unit}${euros(cents(value))}`, computed: cents(value) })
      clearing.push(cents(add(a.value, b.value)))
    }))
  }
  // A rate of the row times the counts of the sentence (`4 uur per week over 30 weken` at `€ 40 per uur`).
  const counts = before.filter(isCounted)
  if (cost && stated.euro && counts.length >= 1 && counts.length === before.length) {
    for (const rate of cells.filter((c) => c.rate && c.euro)) {
      const value = counts.reduce<Rational>((p, t) => mul(p, t.value), rate.value)
      reported.push({ expression: `${[...counts, rate].map(written).join(' × ')} = € ${euros(cents(value))}`, computed: cents(value) })
      // A product of fewer counts is another reading that may hold.
      for (const t of counts) clearing.push(cents(mul(rate.value, t.value)))
    }
  }
  const target = cents(stated.value)
  if ([...clearing, ...reported.map((r) => r.computed)].some((c) => Math.abs(c - target) <= roundingOf(stated))) return undefined
  const step = writtenUnit(stated)
  const slips = reported.filter((r) => r.computed > 0 && Number.isInteger(r.computed / step) && oneDigitApart(String(r.computed / step), String(target / step)))
  // Two readings one digit off: the sentence does not say which cells it means.
  if (slips.length !== 1) return undefined
  return { stated, expression: slips[0]!.expression, computed: slips[0]!.computed }
}
