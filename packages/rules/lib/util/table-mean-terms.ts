/**
 * The total and the count of a mean looked up in a table of the text, when the mean's sentence
 * and the ones before it name neither: `Een wedstrijd trok gemiddeld 310 toeschouwers` under a
 * table with the columns `Wedstrijden` and `Toeschouwers` and a total row; `gemiddeld 7.450
 * bezoekers per buurthuis` beside a table of buurthuizen with a column of bezoekers (the mean of
 * that column over its rows). Used by count-means; one reading only:
 *
 * - a pair of columns, one naming the mean's thing and one its unit: their totals;
 * - or a table whose rows are the unit (its first column's header names it) with one column of
 *   the thing (named in its header, or in the line before the table when one column is left after
 *   the years the sentence names): that column over the number of its rows.
 *
 * A table whose total row differs from the sum of its rows gives both totals: a mean that one of
 * them gives holds. A sentence that names one row (`In Noord …`) reads that row's cells of the
 * thing and the unit; one that counts a part (`de twee dorpen`) or names a year the table does not
 * hold is about something else.
 */

import { compiled } from './compiled.js'
import { add, dutchNumber, make, type Rational } from './exact-number.js'
import { markdownTables, type Cell, type Table } from './markdown-tables.js'
import { countsNoun, countValue } from './per-noun-means.js'
import { shortForm } from './unit-nouns.js'
import { isYearNumber } from './year-numbers.js'
import { escape } from './share-row-parts.js'

/** The terms of a mean from a table: the total (by its total row, and by its rows' sum) and the count. */
export interface TableMeanTerms {
  totals: Array<{ text: string; value: Rational }>
  divisor: { text: string; value: Rational }
}

const TOTAL_ROW = /^\s*(?:\*\*)?\s*(?:totaal|samen|gemeente|alle\b)/iu
const MEAN_ROW = /^\s*(?:\*\*)?\s*(?:gemiddeld|gemiddelde)\b/iu
const NUMBER_CELL = /^(?:\*\*)?\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*(?:\*\*)?$/u
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu
const HAS_YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/u
// A count before a noun (`de twee dorpen`, `17 kerken`): the whole the mean is over, or a part of it.
const COUNTED = /(?<![\p{L}\d.,])(\d[\d.]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+([\p{L}-]{3,})/giu

const cellNumber = (cell: Cell | undefined): string | undefined => NUMBER_CELL.exec(cell?.text.trim() ?? '')?.[1]

interface Column {
  table: Table
  k: number
  rows: string[]
  total: string | undefined
}

/** The numeric columns of a table (no percentages): each with its data rows and its total row cell. */
function columnsOf(table: Table): Column[] {
  const data = table.rows.filter((row) => !TOTAL_ROW.test(row[0]?.text ?? '') && !MEAN_ROW.test(row[0]?.text ?? ''))
  const totalRow = table.rows.find((row) => TOTAL_ROW.test(row[0]?.text ?? ''))
  const out: Column[] = []
  table.header.forEach((_, k) => {
    if (k === 0 || data.length < 2) return
    const rows = data.map((row) => cellNumber(row[k]))
    if (rows.some((r) => r === undefined)) return
    out.push({ table, k, rows: rows as string[], total: cellNumber(totalRow?.[k]) })
  })
  return out
}

const sum = (values: string[]): Rational => values.reduce((acc, v) => add(acc, dutchNumber(v)), make(0n, 1n))

// The totals of a column: its total row and, when that differs, the sum of its rows.
function totalsOf(column: Column): TableMeanTerms['totals'] {
  const summed = { text: `(${column.rows.join(' + ')})`, value: sum(column.rows) }
  if (column.total === undefined) return [summed]
  const total = dutchNumber(column.total)
  return total.n * summed.value.d === summed.value.n * total.d ? [{ text: column.total, value: total }] : [{ text: column.total, value: total }, summed]
}

// The count of units a column gives: its total row, else the sum of its rows (`1,5` and `2` fte
// are 3,5 fte, shown as their sum when it is no whole number).
function unitCount(column: Column): TableMeanTerms['divisor'] {
  if (column.total !== undefined) return { text: column.total, value: dutchNumber(column.total) }
  const value = sum(column.rows)
  return { text: value.d === 1n ? String(value.n) : `(${column.rows.join(' + ')})`, value }
}

const header = (column: Column): string => column.table.header[column.k]?.text ?? ''
// A header names a noun by itself or as the head of the noun's compound (`Velden` for `sportveld`).
// An adjective names the column headed by its bare form (`Werkloos` for `werkloze`, `Werkzoekend`).
const names = (text: string, noun: string): boolean => countsNoun(text, noun) || shortForm(text.trim().split(/\s+/u)[0] ?? '', noun) || sameAdjective(text.trim().split(/\s+/u)[0] ?? '', noun)
// Its bare form: the inflected `-e` off, long vowels single, a voiced last consonant unvoiced (`werkloze`, `werkloos`: `werklos`).
const bare = (word: string): string => word.toLowerCase().replace(/e$/u, '').replace(/([aeiou])\1/gu, '$1').replace(/z$/u, 's').replace(/v$/u, 'f')
const sameAdjective = (word: string, adjective: string): boolean => adjective.length >= 5 && /e$/iu.test(adjective) && word.length >= 4 && bare(word) === bare(adjective)

// A number written in digits, not inside a word or another number.
const DIGITS = /(?<![\p{L}\d.,])\d[\d.,]*/gu

/** The numbers a text writes in digits, its years left out. */
export const numbersBesidesYears = (text: string): string[] => (text.match(DIGITS) ?? []).filter((n) => !isYearNumber(n))

/**
 * The terms of a mean of `thing` per `unit` in the tables of a text.
 *
 * @param text The text the mean stands in.
 * @param sentence The mean's sentence.
 * @param thing What the mean counts (`toeschouwers`).
 * @param unit What it is per (`wedstrijd`).
 * @returns The terms when exactly one table reading fits, else undefined.
 */
export function tableMeanTerms(text: string, sentence: string, thing: string, unit: string): TableMeanTerms | undefined {
  const tables = markdownTables(text)
  if (tables.length === 0) return undefined
  const years = [...sentence.matchAll(YEAR)].map((m) => m[0]).filter((y) => isYearNumber(y))
  // Numbers besides the mean and its years count a part or bring another term.
  const numbers = numbersBesidesYears(sentence)
  // Besides the mean, only a count of the whole (`de zeven buurten`), checked against the rows below.
  const wholes = [...sentence.matchAll(COUNTED)].filter((m) => !isYearNumber(m[1]) && countsNoun(m[2] ?? '', unit))
  if (numbers.length - wholes.filter((m) => /^\d/u.test(m[1] ?? '')).length > 1) return undefined
  const whole = wholes.length === 1 ? countValue(wholes[0]![1] ?? '') : undefined
  if (wholes.length > 1 || (wholes.length === 1 && whole === undefined)) return undefined
  const found: TableMeanTerms[] = []
  for (const table of tables) {
    const named = `${table.intro} ${table.header.map((h) => h.text).join(' ')}`
    const columns = columnsOf(table)
    const things = columns.filter((c) => names(header(c), thing))
    const units = columns.filter((c) => names(header(c), unit) && !things.includes(c))
    // A row the sentence names: the mean is of that row, not of the table (`In Oost kwamen er
    // gemiddeld 12 meldingen per boa binnen`: the row's own cells of the thing and the unit).
    const rows = table.rows.filter((row) => (row[0]?.text.trim().length ?? 0) >= 3 && labelPattern(row[0]!.text.trim()).test(sentence))
    if (rows.length > 0) {
      const own = rows.length === 1 && !TOTAL_ROW.test(rows[0]![0]?.text ?? '') ? rowTerms(rows[0]!, things, units, years) : undefined
      if (!own) return undefined
      found.push(own)
      continue
    }
    if (years.some((y) => !named.includes(y))) continue
    // A pair of columns: their totals.
    if (things.length === 1 && units.length === 1) {
      found.push({ totals: totalsOf(things[0]!), divisor: unitCount(units[0]!) })
      continue
    }
    // Rows of the unit: one column of the thing over the number of rows.
    if (!names(table.header[0]?.text ?? '', unit) || units.length > 0) continue
    let candidates = things
    if (candidates.length === 0 && table.intro.split(/\s+/u).some((w) => countsNoun(w, thing))) candidates = columns
    if (years.length > 0) candidates = candidates.filter((c) => years.every((y) => header(c).includes(y)) || !HAS_YEAR.test(header(c)))
    if (candidates.length !== 1) continue
    const column = candidates[0]!
    if (whole !== undefined && whole.n !== BigInt(column.rows.length) * whole.d) continue
    found.push({ totals: totalsOf(column), divisor: { text: String(column.rows.length), value: make(BigInt(column.rows.length), 1n) } })
  }
  return found.length === 1 ? found[0] : undefined
}

// The terms of a mean from the one row a sentence names: its cell in the one column of the thing
// (of the year the sentence names, when there are more) over its cell in the one column of the unit.
function rowTerms(row: Cell[], things: Column[], units: Column[], years: string[]): TableMeanTerms | undefined {
  const dated = years.length > 0 ? things.filter((c) => years.every((y) => header(c).includes(y))) : things
  const thingColumns = dated.length > 0 ? dated : things.filter((c) => !HAS_YEAR.test(header(c)))
  if (thingColumns.length !== 1 || units.length !== 1) return undefined
  const total = cellNumber(row[thingColumns[0]!.k])
  const count = cellNumber(row[units[0]!.k])
  if (total === undefined || count === undefined || dutchNumber(count).n === 0n) return undefined
  return { totals: [{ text: total, value: dutchNumber(total) }], divisor: { text: count, value: dutchNumber(count) } }
}

// A row label as a whole-word pattern, compiled once per label: the same tables are read for
// every mean of a plan (kept with the other patterns of the last plans, not for the whole run).
function labelPattern(label: string): RegExp {
  return compiled(`\\b${escape(label)}\\b`, 'iu')
}
