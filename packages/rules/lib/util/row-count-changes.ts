/**
 * Counts of change said in prose of rows of a table with two year columns of one word (`| Wijk |
 * Leden 2023 | Leden 2026 |`): `In Zuidrand kwamen er 40 bij en in Oosthoek 65.` Each count
 * belongs to the row named in the words before it; it should be the gap between that row's two
 * year cells. The percentage readers of a row change need a `%`; a plain count of what came or went
 * was read by none.
 */

import { markdownTables, type Table } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { cents, dutchNumber, sub } from './exact-number.js'
import { approxHolds } from './approx-products.js'
import { sentencesOf } from './earlier-rate-products.js'
import { quantities, roughly, sameNoun } from './sentence-quantities.js'
import { CHANGE } from './share-span-changes.js'
import { oneDigitApart } from './slip-digits.js'
import { bestRows, COUNT, HEADER_YEAR, words } from './share-row-year-changes.js'
import { plainCell } from './cell-text.js'
import { TOTAL_ROW } from './total-rows.js'

// A count that came or went: `kwamen er … bij`, `verdwenen er`, `… meer`, `… minder`.
const GAIN_OR_LOSS = /\b(?:bij|erbij|meer|minder|verdwenen|verdwijnen|weg|vervielen)\b/iu

/**
 * The gaps a sentence gives of named rows of a table before it in the section.
 *
 * @param text One section's prose with its tables.
 * @returns `late − early = count` as soft equations at the offsets of the counts.
 */
export function rowCountChanges(text: string): Equation[] {
  const all = markdownTables(text)
  if (all.length === 0) return []
  const tables = all.map((table) => ({ table, pair: yearPair(table) })).map((t) => ({ ...t, word: t.pair ? columnWord(t.table, t.pair) : '' }))
  const out: Equation[] = []
  for (const s of sentencesOf(text)) {
    if (!GAIN_OR_LOSS.test(s.text) && !CHANGE.test(s.text)) continue
    // The nearest table above the sentence, with its pair of year columns of one word, or the two the sentence
    // names (`Ten opzichte van de begroting 2026 … in 2027` beside `Begroting 2026 | 2027`).
    const nearest = tables.filter((t) => (t.table.header[0]?.index ?? Infinity) < s.start).at(-1)
    const named = nearest ? namedYears(nearest.table, s.text) : undefined
    const above = named ? { ...nearest!, pair: named, word: sharedWord(nearest!.table, named) } : nearest?.pair ? nearest : undefined
    if (!above) continue
    const [from, to] = above.pair!
    let segmentStart = s.start
    for (const q of quantities(s.text, s.start)) {
      const segment = text.slice(segmentStart, q.index)
      segmentStart = q.end
      if (q.unit === '€' || q.unit === '%' || dutchNumber(q.text).d !== 1n) continue
      // A count of a noun other than the columns' (`9 vrijwilligers` beside `Leden 2026`) is another figure.
      if (q.unit && above.word && !q.unit.split(' ').some((u) => above.word.split(/\s+/u).some((w) => sameNoun(u, w.toLowerCase())))) continue
      // The row named in the words since the last count: one best row, or none read.
      const rows = bestRows(above.table, new Set(words(segment)))
      const whole = rows.length === 0 ? wholeOfColumns(above.table, above.word, [...q.unit.split(' '), ...words(segment)]) : undefined
      const row = rows.length === 1 ? rows[0] : whole
      // The total row only when the sentence names the total (`stijgt het totaal … met 85`) or the columns' noun.
      if (!row || (/^totaal/iu.test(row[0]?.text.trim() ?? '') && !TOTAL_SAID.test(segment) && !whole)) continue
      const cell = (k: number): string => plainCell(row[k]?.text ?? '')
      if (!COUNT.test(cell(from)) || !COUNT.test(cell(to))) continue
      // The gap exactly, from the cells as written (`51 − 10,5`): a float would come back as `40.5`.
      const step = sub(dutchNumber(cell(to)), dutchNumber(cell(from)))
      const gap = step.n < 0n ? { n: -step.n, d: step.d } : step
      // Far from the row's gap, the count is another figure (a part of it, a count of something else).
      // Two digits swapped (`85` for 58) stay a slip of that gap however far they lie.
      if (gap.n === 0n || !(roughly(q.value, gap) || (gap.d === 1n && swapped(String(gap.n), q.text.replace(/\./gu, ''))))) continue
      // A rounded gap (`ruim 25 meer`) that its word allows is no slip.
      if (q.approx !== '' && approxHolds(q.approx.toLowerCase(), cents(gap), q as never)) continue
      out.push({ ...proseEquation(`${cell(to)} − ${cell(from)}`, gap, q, q.approx !== ''), soft: true })
    }
  }
  return out
}

/**
 * The total row when a count names no row but the noun of the year columns themselves (`Van 2026
 * op 2027 kwamen er 48 inschrijvingen bij` beside `Inschrijvingen 2026 | Inschrijvingen 2027`): the rows are
 * kinds of that noun, and a change of all of them is the change of their total (also `nam het aantal
 * inschrijvingen toe met 37`).
 */
function wholeOfColumns(table: Table, word: string, nouns: string[]): Table['rows'][number] | undefined {
  if (!word || !nouns.some((u) => u && word.split(/\s+/u).some((w) => sameNoun(u.toLowerCase(), w.toLowerCase())))) return undefined
  const totals = table.rows.filter((r) => TOTAL_ROW.test(plainCell(r[0]?.text ?? '')))
  return totals.length === 1 ? totals[0] : undefined
}

/** The word beside the years of two named columns when both have the same (`Inschrijvingen 2026`, `Inschrijvingen 2027`), or empty. */
function sharedWord(table: Table, pair: readonly [number, number]): string {
  const [a, b] = pair.map((k) => (HEADER_YEAR.exec(plainCell(table.header[k]?.text ?? ''))?.[1] ?? '').trim().toLowerCase())
  return a === b ? a! : ''
}

// Two digits of a gap of two or more swapped (`85` for 58): one changed digit alone (`9` for 6) is another figure.
const swapped = (gap: string, said: string): boolean => gap.length >= 2 && gap !== said && [...gap].sort().join('') === [...said].sort().join('') && oneDigitApart(gap, said)
const TOTAL_SAID = /\b(?:het\s+)?tota(?:al|le)\b/iu
const YEAR_G = /\b(?:19|20)\d{2}\b/gu

/** The two columns of the two years a sentence names, each year in the header of exactly one column. */
function namedYears(table: Table, sentence: string): readonly [number, number] | undefined {
  const years = [...new Set(sentence.match(YEAR_G) ?? [])].sort()
  if (years.length !== 2) return undefined
  const columns = years.map((y) => table.header.flatMap((h, k) => (k > 0 && HEADER_YEAR.exec(plainCell(h.text))?.[2] === y ? [k] : [])))
  return columns.every((c) => c.length === 1) ? [columns[0]![0]!, columns[1]![0]!] : undefined
}

/** The two columns of one word with two different years (`Bomen 2022`, `Bomen 2026`), when the table has exactly that pair. */
function yearPair(table: Table): readonly [number, number] | undefined {
  const columns = table.header.map((h, k) => (k > 0 ? HEADER_YEAR.exec(plainCell(h.text)) : null))
  const pairs: Array<[number, number]> = []
  columns.forEach((a, i) => columns.forEach((b, j) => {
    if (a && b && i < j && a[1]!.toLowerCase() === b[1]!.toLowerCase() && a[2] !== b[2]) pairs.push(Number(a[2]) < Number(b[2]) ? [i, j] : [j, i])
  }))
  return pairs.length === 1 ? pairs[0] : undefined
}

/** The word beside the years of the pair (`Bomen` of `Bomen 2022`), or empty for bare years. */
function columnWord(table: Table, pair: readonly [number, number]): string {
  return (HEADER_YEAR.exec(plainCell(table.header[pair[0]]?.text ?? ''))?.[1] ?? '').trim()
}
