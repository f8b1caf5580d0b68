/**
 * Movement tables of reserves and provisions (a staat van reserves en voorzieningen): a begin
 * balance, additions, withdrawals and an end balance, per reserve in a row
 * (`| Reserve groen | 620 | 75 | 110 | 585 |`) or per year in a column (rows `Stand 1 januari`,
 * `Toevoeging`, `Onttrekking`, `Stand 31 december`). Every record must keep
 * begin + additions − withdrawals = end; a record that does not is wrong in itself, whatever its
 * column total says.
 */

import { add, sub, type Rational } from './exact-number.js'
import { number, within } from './onderbouwing.js'
import type { TextCell, TextTable } from './text-tables.js'
import { isBlankCell, isZeroCell } from './nil-cells.js'

/** A record whose end balance does not follow from its begin balance and movements. */
export interface MovementBreak {
  /** Row of the end cell. */
  row: number
  /** Column of the end cell. */
  column: number
  /** The calculation with its outcome: `1.250 + 150 − 300 = 1.100`. */
  expression: string
  /** What the end cell should hold, in the table's unit. */
  computed: Rational
  /** Whether the record is a row (a reserve per row), not a column (a year per column). */
  inRow: boolean
}

type Role = 'begin' | 'end' | 'add' | 'sub'

// General Dutch finance usage for the four roles. A begin: `Stand 1-1-2029`, `Saldo begin`,
// `Stand per 1 januari`, `Beginstand`, `Primo`; an end: `Stand 31-12`, `Saldo eind`, `Ultimo`.
const BEGIN = /(?:^|[^\d-])1\s*[-/.]\s*1(?:\b|$)|\b1\s+jan(?:uari\b|\.|\b)|\b(?:begin\p{L}*|primo|aanvang)\b/iu
const END = /\b31\s*[-/.]\s*12\b|\b31\s+dec(?:ember\b|\.|\b)|\b(?:eind\p{L}*|ultimo)\b/iu
// Additions (`Toevoegingen`, `Dotatie` or `Dot.`, `Vermeerdering`, `Storting`, interest credited
// (`Rente bijschrijven`, `Bijschrijving rente`), a net `Mutatie` with its sign, or a bare `+`) and
// withdrawals (`Onttrekking` or `Onttr.`, `Vermindering`, `Aanwending`, `Vrijval`, `Besteding`,
// or a bare `-`). The abbreviations are the ones narrow columns of a staat van reserves use.
// A compound names its head last (`Rentetoevoeging`, `Exploitatieonttrekking`), so the words may end a longer word.
const ADD = /(?:toevoeging|dotatie|vermeerdering|storting|mutatie|toename|bijschrij)\p{L}*|\bdot\.|^\W*\+\W*$/iu
const SUB = /(?:onttrekking|vermindering|aanwending|vrijval|besteding|afname)\p{L}*|\bonttr\.|^[\s(]*[-−–][\s)]*$/iu
// A label that names a total or a sum row.
const TOTAL = /^\W*(?:sub|eind|generaal\s+)?totaal\b|\btotaal\W*$|\btotalen\b|^\W*(?:samen|som)\W*$/iu
const ZERO: Rational = { n: 0n, d: 1n }

/** The role a header or row label names, if exactly one. */
function role(text: string): Role | undefined {
  const t = text.replace(/\*\*/gu, '').trim()
  const found: Role[] = []
  if (ADD.test(t)) found.push('add')
  if (SUB.test(t)) found.push('sub')
  if (found.length === 0 && BEGIN.test(t)) found.push('begin')
  if (found.length === 0 && END.test(t)) found.push('end')
  if (BEGIN.test(t) && END.test(t)) return undefined
  return found.length === 1 ? found[0] : undefined
}

/** One record: its cells in role order, begin first and end last. */
interface Movement {
  cells: Array<TextCell | undefined>
  roles: Role[]
  end: { row: number; column: number }
  total: boolean
  /** Whether the record is a row of the table (not a column). */
  across: boolean
}

/**
 * The records of a movement table: the rows when the headers name the roles, or the columns when
 * the row labels do, one record per run (see `segments`); columns (rows) outside a run (a purpose,
 * a maximum) take no part.
 */
function records(table: TextTable): Movement[] {
  const header = table.header.map((c) => c.text)
  const byColumn = segments(header.map((h, k) => (k === 0 ? undefined : role(h))))
  const byRow = byColumn.length > 0 ? [] : segments(table.rows.map((row) => role(row[0]?.text ?? '')))
  const out: Movement[] = []
  for (const span of byColumn) {
    table.rows.forEach((row, r) => out.push({
      cells: span.map((k) => row[k]),
      roles: span.map((k, i) => (i === 0 ? 'begin' : role(header[k] ?? '')!)),
      end: { row: r, column: span.at(-1)! },
      total: TOTAL.test(row[0]?.text ?? ''),
      across: true
    }))
  }
  for (const span of byRow) {
    header.forEach((h, k) => {
      if (k > 0) out.push({ cells: span.map((r) => table.rows[r]?.[k]), roles: span.map((r, i) => (i === 0 ? 'begin' : role(table.rows[r]?.[0]?.text ?? '')!)), end: { row: span.at(-1)!, column: k }, total: TOTAL.test(h), across: false })
    })
  }
  return out
}

/**
 * The runs of a movement table: a begin, at least one movement, an end. An end opens the next
 * run (`Stand 31-12-2028`, `Toevoeging 2029`, `Onttrekking 2029`, `Stand 31-12-2029`); anything
 * else (a purpose, a maximum, the name of the next reserve) closes it.
 */
function segments(roles: Array<Role | undefined>): number[][] {
  const out: number[][] = []
  let start = -1
  roles.forEach((r, i) => {
    if (r === 'begin') start = i
    else if (r === 'end') {
      if (start >= 0 && i > start + 1) out.push([...Array(i - start + 1).keys()].map((n) => n + start))
      start = i
    } else if (r !== 'add' && r !== 'sub') start = -1
  })
  return out
}

/**
 * The computed end of a record with its expression and rounding, or undefined when a cell is not
 * a number (PM, a range, a word): such a record cannot be checked. A dash or an empty movement is
 * nothing; a withdrawal counts as a withdrawal whether it is written with a minus or without.
 */
function compute(rec: Movement, scaled: boolean): { value: Rational; stated: Rational; shown: string; slack: Rational } | undefined {
  let value = ZERO
  let slack = ZERO
  const parts: string[] = []
  const endCell = rec.cells.at(-1)
  if (endCell?.value === undefined) return undefined
  for (const [i, cell] of rec.cells.slice(0, -1).entries()) {
    const r = rec.roles[i]
    const text = cell?.text ?? ''
    if (cell?.value === undefined && !(isBlankCell(text) || isZeroCell(text))) return undefined
    if (r === 'begin' && cell?.value === undefined && !isZeroCell(text)) return undefined
    const v = cell?.value ?? ZERO
    const size = v.n < 0n ? sub(ZERO, v) : v
    value = r === 'sub' ? sub(value, size) : add(value, v)
    const bare = text.replace(/^[-−–]\s*(?=\d|€)/u, '') || '0'
    // A movement that is nothing (`-`, empty) need not show in the calculation.
    if (parts.length > 0 && v.n === 0n && cell?.value === undefined) continue
    parts.push(parts.length === 0 ? bare : `${r === 'sub' || v.n < 0n ? '−' : '+'} ${bare}`)
    // A number written with decimals, or any number in a table in thousands, is rounded: one step each.
    if (cell?.value !== undefined && (scaled || cell.half.d > 2n)) slack = add(slack, add(cell.half, cell.half))
  }
  // The end is rounded once more: half a step (one step per term already covers cut-off terms).
  slack = add(slack, scaled || endCell.half.d > 2n ? endCell.half : ZERO)
  return { value, stated: endCell.value, shown: parts.join(' '), slack }
}

/**
 * The records of a movement table that break begin + additions − withdrawals = end. The headers
 * (or row labels) name the roles; to be sure the reading is right, at least one record must keep
 * the calculation and no more records break it than keep it. A total record that breaks only by
 * the sum of the breaks of the records it adds up is no break of its own.
 *
 * @param table A table read from a text or a finance table.
 * @returns The breaking records, at their end cell.
 */
export function movementBreaks(table: TextTable): MovementBreak[] {
  const keep: Movement[] = []
  const lose: Array<{ rec: Movement; value: Rational; stated: Rational; shown: string; slack: Rational }> = []
  for (const rec of records(table)) {
    const got = compute(rec, table.scaled)
    if (!got) continue
    if (within(got.value, got.stated, got.slack)) keep.push(rec)
    else lose.push({ rec, ...got })
  }
  // The deviation of the parts, which a total that copies them shows too.
  // The deviation of the parts of one run, which a total that copies them shows too.
  const run = (m: Movement): number => (m.across ? m.end.column : m.end.row)
  const partsOff = (m: Movement): Rational => lose.filter((l) => !l.rec.total && run(l.rec) === run(m)).reduce((t, l) => add(t, sub(l.stated, l.value)), ZERO)
  const own = lose.filter((l) => !(l.rec.total && lose.some((p) => !p.rec.total && run(p.rec) === run(l.rec)) && within(sub(l.stated, l.value), partsOff(l.rec), l.slack)))
  if (keep.length === 0 || own.length > keep.length) return []
  return own.map((l) => ({ row: l.rec.end.row, column: l.rec.end.column, expression: `${l.shown} = ${number(l.value)}`, computed: l.value, inRow: l.rec.across }))
}
