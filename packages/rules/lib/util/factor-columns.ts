/**
 * A column that is another column times a count the headers name: an amount per year beside the
 * same amount over a period (`Per jaar` and `2027-2030`: four years), per month beside per year
 * (twelve), hours per week beside hours per year (`(40 weken)`). Every row shares the factor, so
 * a row that does not is a slip, as a row that breaks a sum is. The headers must say one column is
 * per a period or unit and the other a longer stretch: two years of counts that happen to double
 * (`Deelnemers 2024`, `Deelnemers 2026`) share no calculation.
 */

import { mul, sub, type Rational } from './exact-number.js'
import { number } from './onderbouwing.js'
import type { ChangeBreak } from './change-columns.js'
import type { TextTable } from './text-tables.js'

// A column per a period: `Per jaar`, `Plafond per maand`, `Jaarlijks`, `Uren per week` (a price per unit beside a total is a product of columns, read elsewhere).
const PER = /\bper\s+(jaar|maand|week|kwartaal|dag)\b|\b(jaarlijks|maandelijks|wekelijks)\b/iu
// A column over a stretch: a year range, a count of periods, the plan's period, a total, or per
// a longer period than the term's.
const RANGE = /\b((?:19|20)\d{2})\s*(?:-|–|—|t\/m|tot\s+en\s+met)\s*((?:19|20)\d{2})\b/u
const COUNT = /\b(\d{1,3})\s+(jaar|jaren|maanden|weken|kwartalen|dagen)\b/iu
const STRETCH = /\b(?:totaal|samen|planperiode|looptijd|periode|programmaperiode|cumulatief)\b/iu
const ADVERB: Record<string, string> = { jaarlijks: 'jaar', maandelijks: 'maand', wekelijks: 'week' }
// How many of a period a year holds, for `Per maand` beside `Per jaar`.
const IN_YEAR: Record<string, number> = { jaar: 1, kwartaal: 4, maand: 12, week: 52 }
// Row labels of totals and means: they follow their column's sum, not the factor.
export const SUMMARY_ROW = /^\W*(?:sub|eind)?totaal\b|\btotaal\W*$|^\W*(?:samen|som|gemiddeld\p{L}*)\W*$/iu

const periodOf = (header: string): string | undefined => {
  const m = PER.exec(header)
  return m ? (m[1] ?? ADVERB[(m[2] ?? '').toLowerCase()] ?? '').toLowerCase() : undefined
}

/**
 * The count the headers name between a term column and a stretch column, or 0 when they name a
 * stretch without a count (`Totaal planperiode`), or undefined when they name none.
 */
function namedFactor(term: string, stretch: string): number | undefined {
  const per = periodOf(term)
  if (per === undefined || periodOf(stretch) === per) return undefined
  const range = RANGE.exec(stretch)
  if (range && per === 'jaar') return Number(range[2]) - Number(range[1]) + 1
  const count = COUNT.exec(stretch)
  if (count) return Number(count[1])
  const longer = periodOf(stretch)
  if (longer !== undefined && IN_YEAR[longer] === 1 && IN_YEAR[per] !== undefined) return IN_YEAR[per]
  return RANGE.test(stretch) || STRETCH.test(stretch) ? 0 : undefined
}

// Two columns per a period and per a year, without another count or stretch in the header.
function calendarFactor(term: string, stretch: string): boolean {
  return periodOf(stretch) === 'jaar' && periodOf(term) !== 'jaar' && !RANGE.test(stretch) && !COUNT.test(stretch) && !STRETCH.test(stretch)
}

/**
 * The cells of a stretch column that are not the term column times the factor the other rows share.
 *
 * @param table The table.
 * @param plain Its numeric columns that are no percentages.
 * @returns One entry per breaking cell.
 */
export function factorColumnBreaks(table: TextTable, plain: number[]): ChangeBreak[] {
  const out: ChangeBreak[] = []
  const rows = table.rows.map((_, r) => r).filter((r) => !SUMMARY_ROW.test(table.rows[r]?.[0]?.text ?? ''))
  for (const target of plain) {
    for (const a of plain) {
      if (a >= target) continue
      const named = namedFactor(table.header[a]?.text ?? '', table.header[target]?.text ?? '')
      if (named === undefined) continue
      const pairs = rows.flatMap((r) => {
        const [x, y] = [table.rows[r]?.[a]?.value, table.rows[r]?.[target]?.value]
        return x !== undefined && y !== undefined && x.n > 0n && y.n > 0n ? [{ r, x, y }] : []
      })
      // The factor: the one the headers name, else the whole ratio most rows share.
      const ratios = pairs.map(({ x, y }) => (y.n * x.d) % (y.d * x.n) === 0n ? (y.n * x.d) / (y.d * x.n) : 0n)
      const factor = named > 0 ? BigInt(named) : mostCommon(ratios.filter((k) => k > 1n))
      if (factor === undefined || factor < 2n) continue
      const k: Rational = { n: factor, d: 1n }
      const lose = pairs.filter(({ x, y }) => sub(mul(x, k), y).n !== 0n && !within(mul(x, k), y, table, target))
      const keep = pairs.length - lose.length
      // A named factor holds once most rows show it; a factor read from the rows needs three rows
      // and one that breaks it.
      // A calendar factor (`Per maand` beside `Per jaar`) is a fact, not a reading: one row that
      // shows it is enough to take the other for a slip.
      const calendar = named > 0 && calendarFactor(table.header[a]?.text ?? '', table.header[target]?.text ?? '')
      const holds = named > 0 ? (calendar ? keep >= 1 && keep >= lose.length : keep >= 2 && keep > lose.length) : keep >= 3 && lose.length === 1
      if (!holds) continue
      for (const { r, x } of lose) {
        const computed = mul(x, k)
        out.push({ row: r, column: target, expression: `${factor} × ${table.rows[r]![a]!.text} = ${number(computed)}`, computed })
      }
    }
  }
  return out
}

// A stretch column rounded to its last digit may differ by the rounding of its cell.
function within(a: Rational, b: Rational, table: TextTable, k: number): boolean {
  const d = sub(a, b)
  const abs = d.n < 0n ? { n: -d.n, d: d.d } : d
  const half = table.rows.find((row) => row[k]?.value !== undefined)?.[k]?.half ?? { n: 0n, d: 1n }
  return sub(half, abs).n >= 0n
}

function mostCommon(values: bigint[]): bigint | undefined {
  const counts = new Map<bigint, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((p, q) => q[1] - p[1])[0]?.[0]
}
