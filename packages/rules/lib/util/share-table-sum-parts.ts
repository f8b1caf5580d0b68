/**
 * A share of a table's total said of a part the table holds in another form than the one cell
 * share-cell-value-wholes looks for:
 *
 * - an amount in full euros where the table counts in thousands (`met € 45.000 goed voor een
 *   kwart van het budget` beside a cell `45` of a table `x € 1.000`), or in millions (`€ 1,2 miljoen`);
 * - the sum of one row over its columns (`de bijdrage van de stichting, in vier jaar € 60.000`
 *   beside a row `15 | 15 | 15 | 15`), whose whole is the total row summed over the same columns.
 *
 * Every cell or row the part may be is tried with every whole it may be of (the total row in that
 * column, the row's total column, the table's grand total): the share is judged only when it fits
 * none of them. Used by share-claims after share-cell-value-wholes, as the last table reading.
 */

import { formatDutchNumber } from '@kapstok/nl'
import type { Cell, Table } from './markdown-tables.js'
import type { CellShare } from './share-table-cells.js'
import { countCellValue, TOTAL_ROW } from './share-wholes.js'
import { plainCellLower } from './cell-text.js'
import { read } from './share-tolerance.js'
import { OF_WHOLE, sizingNumbers } from './share-cell-value-wholes.js'
import { magnitudeOf } from './exact-number.js'

const YEAR = /\b(?:19|20)\d{2}\b/gu
// An amount in euros: the number right after the sign.
const EURO_BEFORE = /€\s*$/u
const NEXT_WORD = /^\s*\p{L}+/u
// A whole narrowed after its noun (`van de lasten voor de binnenstad`) is a part of the table's total, not that total;
// a year (`van de kosten in 2027`) or `voor zijn rekening` narrows nothing.
export const NARROWED = /^\p{L}*\s+(?:voor|van|bij|aan|op|uit|in|binnen)\s+(?!(?:19|20)\d{2}\b|(?:zijn|haar|hun|onze|mijn|eigen)\s+rekening\b)/iu
// More places than this where the part may stand make it a number of the table, not a part of the sentence.
const MOST_PLACES = 3

/** A place in a table the part may be: a cell (in table units) or a row's sum, with the wholes it may be of. */
interface Place {
  written: string
  wholes: Array<{ value: number; written: string }>
}

const isTotal = (row: Cell[]): boolean => TOTAL_ROW.test(plainCellLower(row[0]?.text ?? ''))

// The columns past the labels that hold amounts, without a total column.
function amountColumns(table: Table): number[] {
  return table.header.map((h, k) => (k > 0 && !TOTAL_ROW.test(plainCellLower(h.text)) ? k : -1)).filter((k) => k > 0)
}

// The values the sentence's one part may have in table units, each with how a table value is written back in the sentence's units.
function partValues(sentence: string): Array<{ value: number; scale: number; written: string }> | undefined {
  const numbers = sizingNumbers(sentence)
  if (numbers.length !== 1) return undefined
  const written = numbers[0] ?? ''
  const at = sentence.indexOf(written)
  const value = read(written)
  if (value === undefined) return undefined
  const euro = EURO_BEFORE.test(sentence.slice(0, at))
  // `€ 1,2 miljoen` beside a table in thousands is its 1.200.
  const word = NEXT_WORD.exec(sentence.slice(at + written.length))?.[0] ?? ''
  const power = magnitudeOf(written + word)
  if (power > 0) return euro && power >= 3 ? [{ value: Math.round(value * 10 ** (power - 3)), scale: 1000, written: `€ ${written}${word}` }] : undefined
  const values = [{ value, scale: 1, written: euro ? `€ ${written}` : written }]
  // A table in thousands holds a whole amount of euros as its thousands.
  if (euro && value >= 1000 && value % 1000 === 0) values.push({ value: value / 1000, scale: 1000, written: `€ ${written}` })
  return values
}

const sumOf = (cells: Array<Cell | undefined>): { value: number; written: string } | undefined => {
  const values = cells.map((c) => ({ value: countCellValue(c), text: plainCellLower(c?.text ?? '') })).filter((c): c is { value: number; text: string } => c.value !== undefined)
  return values.length === 0 ? undefined : { value: values.reduce((s, c) => s + c.value, 0), written: values.map((c) => c.text).join(' + ') }
}

// The places of one table the part may be, and their wholes (in table units).
function placesIn(table: Table, part: number, scaled: boolean, years: string[]): Place[] {
  const total = table.rows.find(isTotal)
  if (!total) return []
  const columns = amountColumns(table)
  const totalColumns = table.header.map((h, k) => (k > 0 && TOTAL_ROW.test(plainCellLower(h.text)) ? k : -1)).filter((k) => k > 0)
  const grand = totalColumns.length === 1 ? { value: countCellValue(total[totalColumns[0] ?? 0]), written: plainCellLower(total[totalColumns[0] ?? 0]?.text ?? '') } : sumOf(columns.map((k) => total[k]))
  const places: Place[] = []
  for (const row of table.rows.filter((r) => !isTotal(r))) {
    const rowTotal = totalColumns.length === 1 ? row[totalColumns[0] ?? 0] : undefined
    // A cell of the row: share-cell-value-wholes reads it when the sentence gives it as the table does.
    if (scaled) {
      for (const k of [...columns, ...totalColumns]) {
        if (countCellValue(row[k]) !== part) continue
        // A year the sentence names is the column's.
        if (years.some((y) => !plainCellLower(table.header[k]?.text ?? '').includes(y))) continue
        const wholes = [{ value: countCellValue(total[k]), written: plainCellLower(total[k]?.text ?? '') }]
        if (!totalColumns.includes(k)) wholes.push({ value: countCellValue(rowTotal), written: plainCellLower(rowTotal?.text ?? '') }, grand ?? { value: undefined, written: '' })
        places.push({ written: plainCellLower(row[k]?.text ?? ''), wholes: wholes.filter((w): w is { value: number; written: string } => w.value !== undefined) })
      }
    }
    // The row summed over its columns (a sentence that names a year speaks of one of them).
    const sum = years.length === 0 ? sumOf(columns.map((k) => row[k])) : undefined
    if (sum && sum.written.includes('+') && sum.value === part) {
      const totalSum = sumOf(columns.map((k) => total[k]))
      places.push({ written: sum.written, wholes: [totalSum, grand].filter((w): w is { value: number; written: string } => w !== undefined && w.value !== undefined) })
    }
  }
  return places
}

/**
 * The share of a part given in full euros, or as a row's sum, of the total of the table that holds it.
 *
 * @param tables The tables the sentence may speak of.
 * @param before The sentence before the share.
 * @param after The sentence after the share.
 * @param judge Whether a share fits an actual percentage.
 * @returns The reading when the share fits none of the part's wholes, or undefined.
 */
export function tableSumShare(tables: Table[], before: string, after: string, judge: (actual: number) => boolean): CellShare | undefined {
  const whole = OF_WHOLE.exec(after)
  if (!whole || NARROWED.test(after.slice(whole[0].length))) return undefined
  const sentence = `${before} ${after}`
  const parts = partValues(sentence)
  if (!parts) return undefined
  const years = sentence.match(YEAR) ?? []
  const found = parts.flatMap((p) =>
    tables.filter((t) => t.rows.filter(isTotal).length === 1).flatMap((t) => placesIn(t, p.value, p.scale !== 1, years).map((place) => ({ ...place, part: p })))
  )
  if (found.length === 0 || found.length > MOST_PLACES) return undefined
  const readings = found.flatMap(({ part, wholes }) =>
    wholes
      .filter((w) => w.value > part.value)
      .map((w) => ({ actual: (part.value / w.value) * 100, basis: `${part.written} van ${part.scale === 1 ? w.written : `€ ${formatDutchNumber(w.value * part.scale)}`}` }))
  )
  if (readings.length === 0 || readings.some((r) => judge(r.actual))) return undefined
  return readings[0]
}
