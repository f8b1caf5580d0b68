/**
 * A row's share of its column's total, said in prose for a year: "Het aandeel textiel steeg van
 * 20% in 2023 naar 33% in 2025" or "Papier had in 2023 een aandeel van 50%" beside a table with a
 * row per kind, a column per year (`2023`, or `Containers 2023`) and a total row. Each percentage
 * is the row's share of the total of its year's column: the year right after it, or else the one
 * year its sentence names. The sentence must say `aandeel` of the row: right before the row's
 * label (`het aandeel van Zuid`, `het aandeel ritten met de bus`), or with the row as its subject
 * (`Papier had … een aandeel van`); `het aandeel gerecycled glas` says something else of the row.
 */

import { compiled } from './compiled.js'
import { escape } from './share-row-parts.js'
import type { RowShare } from './share-wholes.js'

/** A row's share of a year's total, for the percentage at an offset of the sentence. */
export interface YearLevel {
  actual: number
  basis: string
}

const YEAR = /\b(?:19|20)\d{2}\b/gu
// The one year a column's header names (`2025`, `Inzamelingen 2025`), or undefined.
const headerYear = (header: string): string | undefined => {
  const years = header.match(YEAR) ?? []
  return years.length === 1 ? years[0] : undefined
}
// Between `aandeel` and the row's label: nothing, `van (de)`, or the counted noun with a preposition (`ritten met`).
const BEFORE_LABEL = /\baandeel\s+(?:van\s+)?(?:(?:de|het)\s+)?(?:[\p{L}-]+\s+(?:over|van|met|uit|bij|in|voor|op)\s+(?:(?:de|het)\s+)?)?$/iu
// The row as the subject of a sentence that gives it a share: `Papier had in 2023 een aandeel van`.
const LABEL_HAS_SHARE = /^\s*(?:[^\s.]+\s+){0,4}?(?:een\s+)?aandeel\s+van\s*$/iu
// A year right after a percentage labels it: `40% in 2025`, `40% (2025)`.
const YEAR_AFTER = /^\s*(?:in\s+|\(\s*)((?:19|20)\d{2})\b/iu

/**
 * The row a sentence gives a share of by `aandeel`, when exactly one row of the tables is so named.
 *
 * @param sentence The sentence, lower case.
 * @param rows The row shares of the section's tables.
 * @returns The label of that row, or undefined.
 */
function aandeelRow(sentence: string, rows: RowShare[]): string | undefined {
  const labels = [...new Set(rows.map((r) => r.label))].filter((label) => label.length >= 3)
  const named = labels.flatMap((label) =>
    [...sentence.matchAll(compiled(String.raw`(?<![\p{L}])${escape(label)}(?![\p{L}])`, 'gu'))].flatMap((m) => {
      const end = m.index + m[0].length
      const before = BEFORE_LABEL.test(sentence.slice(0, m.index))
      const subject = m.index <= 12 && LABEL_HAS_SHARE.test(sentence.slice(end, end + 60).replace(YEAR, 'jaar').split(/\d/u)[0] ?? '')
      return before || subject ? [label] : []
    })
  )
  return named.length === 1 ? named[0] : undefined
}

/**
 * The shares a sentence says of one table row per year, by the offset of each percentage.
 *
 * @param sentence The sentence.
 * @param shares Offsets and lengths of the sentence's percentages.
 * @param rows The row shares of the tables of the section before the sentence.
 * @returns The row's share of its year's total, by the offset of the percentage it is said by.
 */
export function rowYearLevels(sentence: string, shares: Array<{ at: number; length: number }>, rows: RowShare[]): Map<number, YearLevel> {
  const out = new Map<number, YearLevel>()
  if (!/\baandeel\b/iu.test(sentence)) return out
  const lower = sentence.toLowerCase()
  const row = aandeelRow(lower, rows)
  if (!row) return out
  const years = [...new Set(lower.match(YEAR) ?? [])]
  // Only a percentage after `aandeel` is the row's share; one before it says something else.
  const from = lower.search(/\baandeel\b/u)
  for (const { at, length } of shares) {
    if (at < from) continue
    const year = YEAR_AFTER.exec(lower.slice(at + length))?.[1] ?? (years.length === 1 ? years[0] : undefined)
    if (year === undefined) continue
    // The row's count in the one column of that year; two such columns (`Meldingen 2025`, `Opgelost 2025`) leave it open.
    const cells = rows.filter((r) => r.label === row && headerYear(r.header) === year)
    const cell = cells[0]
    if (cells.length === 1 && cell) out.set(at, { actual: cell.actual, basis: cell.basis })
  }
  return out
}
