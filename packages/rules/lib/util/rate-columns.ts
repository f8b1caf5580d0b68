/**
 * A column of amounts that is a fixed rate times a column of counts: a budget per inwoner beside
 * the inwoners, a price per m² beside the areas, an hourly rate beside the hours. The rate is the
 * one the header or the text around the table names (`€ 25 per leerling`, `à € 40`), or else the
 * exact ratio that at least three rows share. A row off that rate is a slip, as a row that breaks a
 * sum is. Only amounts (euros) are read as the result: two counts in a ratio (schools and gyms)
 * share it by chance, and a share column is a percentage, read elsewhere.
 */

import { NUMBER } from './amount-change.js'
import type { ChangeBreak } from './change-columns.js'
import { div, dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { SUMMARY_ROW } from './factor-columns.js'
import { number, within } from './onderbouwing.js'
import { scaledFactor, type TextTable } from './text-tables.js'

// A header that names amounts; `aantal` names a count even beside such a word (`Aantal subsidies`).
const AMOUNT = /€|\b(?:bedrag\p{L}*|kosten|budget\p{L}*|\p{L}*budget|bijdrage\p{L}*|subsidie\p{L}*|investering\p{L}*|vergoeding\p{L}*|opbrengst\p{L}*|lasten|uitgaven|raming)\b/iu
const COUNT = /\baantal\p{L}*\b/iu
// A column of shares or rates is no count to multiply: `Aandeel`, `%`, `per inwoner`, `Tarief`.
const NO_BASE = /%|\b(?:aandeel|procent\p{L}*|percentage|per|tarief|prijs|gemiddeld\p{L}*|index)\b/iu
// A rate in the text: an amount per a unit (`€ 3 per jeugdlid`, `€ 9 per leerling per jaar`), the
// unit first (`Per inwoner is € 1,90 beschikbaar`), or `à € 40`. A period is no unit of a count.
const PERIOD = String.raw`(?:jaar|maand|week|kwartaal|dag|uur\s+per)\b`
const RATE_AFTER = new RegExp(String.raw`(?:€\s*(${NUMBER})|(?<![\d.,])(${NUMBER})\s+euro)\s+(?:[\p{L}'’-]+\s+){0,2}?per\s+(?!${PERIOD})\p{L}`, 'giu')
const RATE_BEFORE = new RegExp(String.raw`\bper\s+(?!${PERIOD})\p{L}+\b[^.!?;€\d]{0,40}€\s*(${NUMBER})(?![\d%])`, 'giu')
const RATE_EACH = new RegExp(String.raw`(?:^|\s|\()(?:à|a)\s+€\s*(${NUMBER})`, 'giu')
const YEAR = /\b(?:19|20)\d{2}\b/u
// A sentence that bounds the rate (`met een minimum van € 5.000`) lets a row differ from it.
const BOUND = /\b(?:minimum|minimaal|ten\s+minste|tenminste|maximum|maximaal|hoogstens|plafond|bodem|basisbedrag|vast\s+bedrag|vaste\s+voet)\b/iu

/** Where a table stands in its text: the text and the span of the table's lines. */
interface TableSpan {
  text: string
  start: number
  end: number
}

// The span of a table's lines in its text, from the offsets of its cells.
function spanOf(table: TextTable, text: string): TableSpan {
  const first = table.header[0]?.index ?? table.rows[0]?.[0]?.index ?? 0
  const last = table.rows.at(-1)?.at(-1)?.index ?? first
  const end = text.indexOf('\n', last)
  return { text, start: text.lastIndexOf('\n', first) + 1, end: end < 0 ? text.length : end }
}

const money = (table: TextTable, k: number): boolean => {
  const header = table.header[k]?.text ?? ''
  const cells = table.rows.map((row) => row[k]).filter((c) => c?.value !== undefined)
  const euros = cells.filter((c) => c!.text.includes('€')).length
  return euros * 2 > cells.length || (AMOUNT.test(header) && !COUNT.test(header) && euros === 0 && cells.length > 0)
}

const sentenceAround = (text: string, at: number): string => {
  const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n\n', at)) + 1
  const stop = text.slice(at).search(/[.!?](?:\s|$)|\n\n/u)
  return text.slice(start, stop < 0 ? text.length : at + stop)
}

/**
 * The rates a text names near a table, and its header names: amounts per a unit.
 *
 * @param header The header of the column of amounts.
 * @param span The text around the table, if known.
 * @returns The rates, without those in a sentence that bounds them.
 */
export function statedRates(header: string, span?: TableSpan): Rational[] {
  const out: Rational[] = []
  const read = (text: string, offset: number, all: string): void => {
    for (const re of [RATE_AFTER, RATE_BEFORE, RATE_EACH]) {
      for (const m of text.matchAll(re)) {
        if (BOUND.test(sentenceAround(all, offset + m.index))) continue
        out.push(dutchNumber(m[1] ?? m[2]!))
      }
    }
  }
  read(header, 0, header)
  // The text of the section before the table (the rate is set first, the table applies it) and
  // the paragraph after it. A rate stated for something else rarely fits all other rows exactly.
  if (span) {
    const next = span.text.indexOf('\n\n', span.end + 2)
    const to = next < 0 ? span.text.length : next
    read(span.text.slice(0, span.start), 0, span.text)
    read(span.text.slice(span.end, to), span.end, span.text)
  }
  return out
}

/**
 * The cells of a column of amounts that are not its count column times the rate the other rows
 * (or the text) give.
 *
 * @param table The table.
 * @param plain Its numeric columns that are no percentages.
 * @param text The text the table stands in, for a rate stated beside it (optional).
 * @returns One entry per breaking cell.
 */
export function rateColumnBreaks(table: TextTable, plain: number[], text?: string): ChangeBreak[] {
  const out: ChangeBreak[] = []
  const span = text === undefined ? undefined : spanOf(table, text)
  const rows = table.rows.map((_, r) => r).filter((r) => !SUMMARY_ROW.test(table.rows[r]?.[0]?.text ?? ''))
  const amounts = plain.filter((k) => money(table, k))
  const counts = plain.filter((k) => !amounts.includes(k) && !NO_BASE.test(table.header[k]?.text ?? ''))
  for (const target of amounts) {
    const header = table.header[target]?.text ?? ''
    // Amounts in thousands compare with a rate in euros in the table's unit.
    const unit = BigInt(scaledFactor(header) > 1 ? scaledFactor(header) : !table.rows.some((row) => row[target]?.text.includes('€')) ? (table.factor ?? 1) : 1)
    const stated = statedRates(header, span).map((r) => div(r, { n: unit, d: 1n }))
    for (const base of counts) {
      // Two columns naming years (`Realisatie 2024`, `Raming 2027`) are one measure over time.
      if (YEAR.test(header) && YEAR.test(table.header[base]?.text ?? '')) continue
      const pairs = rows.flatMap((r) => {
        const [x, y] = [table.rows[r]?.[base]?.value, table.rows[r]?.[target]?.value]
        return x !== undefined && y !== undefined && x.n > 0n && y.n > 0n ? [{ r, x, y }] : []
      })
      const half = columnHalf(table, target)
      const off = (rate: Rational) => pairs.filter(({ x, y }) => !within(mul(x, rate), y, half))
      // A stated rate holds once the other rows show it, two of them at least; a rate read from the
      // rows needs three rows with the same exact ratio, from more than one count.
      let rate = stated.find((s) => off(s).length === 1 && pairs.length - 1 >= 2)
      if (!rate) {
        const common = mostCommon(pairs.map(({ x, y }) => div(y, x)))
        const sharing = common ? pairs.filter(({ x, y }) => sub(div(y, x), common).n === 0n) : []
        if (common && common.n !== common.d && sharing.length >= 3 && distinct(sharing) && off(common).length === 1) rate = common
      }
      // A rate in cents whose products the column rounds (`1.480 × € 1,35` as `€ 1.998`): the
      // rounding must be fine (half a step at most 0,5 % of each amount) and the one row off clearly off.
      rate ??= roundedRate(pairs, half)
      if (!rate) continue
      for (const { r, x } of off(rate)) {
        const cell = table.rows[r]![target]!
        // A row whose amount the text names apart (a floor, a lump sum) is explained there.
        if (span && mentions(span, cell.text)) continue
        const computed = mul(x, rate)
        out.push({ row: r, column: target, expression: `${table.rows[r]![base]!.text} × ${rateText(rate, unit)} = ${number(computed)}`, computed })
      }
    }
  }
  return out
}

interface Pair {
  r: number
  x: Rational
  y: Rational
}

// Rows with more than one count: a rate shown by one count repeated is no rate.
const distinct = (pairs: Pair[]): boolean => new Set(pairs.map(({ x }) => `${x.n}/${x.d}`)).size >= 2

/**
 * The rate in cents that all rows but one give within the column's rounding, read from the rows.
 *
 * @param pairs Count and amount per row.
 * @param half Half a step of the column's rounding.
 * @returns The rate, or undefined when no rate fits that way.
 */
function roundedRate(pairs: Pair[], half: Rational): Rational | undefined {
  const fine = (y: Rational): boolean => sub(mul(y, { n: 1n, d: 200n }), half).n >= 0n
  const seen = new Set<string>()
  for (const { x, y } of pairs) {
    const q = div(y, x)
    const c: Rational = { n: (q.n * 100n * 2n + q.d) / (2n * q.d), d: 100n }
    const key = `${c.n}`
    if (seen.has(key) || c.n === 0n) continue
    seen.add(key)
    const keep = pairs.filter((p) => within(mul(p.x, c), p.y, half))
    const lose = pairs.filter((p) => !keep.includes(p))
    const clear = lose.every((p) => !within(mul(p.x, c), p.y, mul(p.y, { n: 1n, d: 100n })))
    if (keep.length >= 3 && distinct(keep) && keep.every((p) => fine(p.y)) && lose.length === 1 && clear) return make(c.n, c.d)
  }
  return undefined
}

// The rounding a column shows: half of the largest power of ten all its whole amounts share
// (`€ 3.100`, `€ 5.800`: hundreds), or of its cells' last digit.
function columnHalf(table: TextTable, k: number): Rational {
  const values = table.rows.map((row) => row[k]?.value).filter((v): v is Rational => v !== undefined && v.n !== 0n)
  if (values.length === 0 || values.some((v) => v.d !== 1n)) return table.rows.find((row) => row[k]?.value)?.[k]?.half ?? { n: 0n, d: 1n }
  let step = 1n
  while (step < 1000n && values.every((v) => v.n % (step * 10n) === 0n)) step *= 10n
  return { n: step, d: 2n }
}

const rateText = (rate: Rational, unit: bigint): string => `€ ${number(mul(rate, { n: unit, d: 1n }))}`

// Whether the text beside the table names the cell's number (`met een minimum van € 5.000`).
function mentions(span: TableSpan, cell: string): boolean {
  const digits = /\d+(?:[.,]\d+)*/u.exec(cell)?.[0]
  if (!digits) return false
  const outside = span.text.slice(0, span.start) + '\n' + span.text.slice(span.end)
  return new RegExp(String.raw`(?<![\d.,])${digits.replace(/\./gu, '\\.')}(?![\d]|[.,]\d)`, 'u').test(outside)
}

function mostCommon(values: Rational[]): Rational | undefined {
  const counts = new Map<string, { v: Rational; n: number }>()
  for (const v of values) {
    const key = `${v.n}/${v.d}`
    counts.set(key, { v, n: (counts.get(key)?.n ?? 0) + 1 })
  }
  return [...counts.values()].sort((p, q) => q.n - p.n)[0]?.v
}
