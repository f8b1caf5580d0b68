/**
 * Markdown tables kept inside running text (a section's `tekst`), read as rows of cells with
 * their numbers: `| Middenhuur | 50 | 60 | 110 |`. Finance tables are read by the reader into
 * `financien.tabellen`; these are the other tables of a plan.
 */

import { dutchNumber, sub, type Rational } from './exact-number.js'
import { splitRows } from './table-rows.js'
import { isYearNumber } from './year-numbers.js'

/** One cell of a table in a text. */
export interface TextCell {
  /** The cell as written, trimmed. */
  text: string
  /** Offset of the trimmed cell in the text. */
  index: number
  /** The number the cell holds (`-16`, `€ 1.260`, `24%` as 0,24), if it is one number. */
  value?: Rational
  /** Whether the number is a percentage. */
  percent: boolean
  /** Half a step of the cell's last digit: what its rounding may hide. */
  half: Rational
}

/** A table in a text: the header cells and the data rows. */
export interface TextTable {
  /** Header cells. */
  header: TextCell[]
  /** Data rows (below the separator line). */
  rows: TextCell[][]
  /** The lines around the table mention a unit of thousands or millions (`x 1.000`, `mln`). */
  scaled: boolean
  /** The unit of its amounts when the table states one (`x € 1.000`: 1000; a finance table: its unit or 1). */
  factor?: number
  /** Per row, a text kept beside its cells (a finance row's explanation), if any. */
  notes?: Array<string | undefined>
}

// A cell with one number: a sign, an optional euro sign, a Dutch number, an optional percent sign,
// and an optional unit (`12 kernen`, `146 km`, `410.000 m²`, `€ 4.200 per km`): a quantity and a
// price per unit are numbers like any other in a calculation of the row. A month after the number
// makes it a date (`1 januari`), not a quantity. Whole euros may end in `,-` (`€ 1.200,-`).
const UNIT = String.raw`(?:\s+(?:per\s+)?(?!(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)[\p{L}.]*$)\p{L}[\p{L}²³.]{0,14}(?:\s+per\s+\p{L}[\p{L}²³.]{0,14})?)?`
const POINTS = /\d\s*(?:procentpunt(?:en)?|%-?punt(?:en)?|pp|%-?pt)\.?$/iu
const NUMBER_CELL = new RegExp(String.raw`^([-−–+]?)\s*(?:€\s*)?([-−–]?)\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?:,[-–—])?\s*(%?)${UNIT}$`, 'u')
// A unit of thousands or millions near the table (`bedragen x € 1.000`, `(x 1.000)`, `in mln`).
const SCALED = /(?:x|×)\s*(?:€\s*)?1\.000|\bin\s+(?:duizenden|miljoenen)\b|\bmln\b|x\s*(?:€\s*)?(?:1\s+)?miljoen/iu
// Of those, the units of millions: the rest are thousands.
const MILLIONS = /(?:x|×)\s*(?:€\s*)?1\.000\.000|\bin\s+miljoenen\b|\bmln\b|x\s*(?:€\s*)?(?:1\s+)?miljoen/iu

/**
 * The tables of a text.
 *
 * @param text A prose text.
 * @returns Every table with a header, a separator line and at least one data row.
 */
export function textTables(text: string): TextTable[] {
  const tables: TextTable[] = []
  const lines = [...text.matchAll(/^.*$/gmu)].map((m) => ({ line: m[0], index: m.index }))
  for (let i = 0; i + 2 < lines.length; i++) {
    const head = lines[i]!
    if (!isRow(head.line) || !/^\s*\|?\s*:?-{2,}/u.test(lines[i + 1]!.line)) continue
    if (i > 0 && isRow(lines[i - 1]!.line)) continue
    const rows: TextCell[][] = []
    let j = i + 2
    for (; j < lines.length && isRow(lines[j]!.line); j++) rows.push(cells(lines[j]!.line, lines[j]!.index))
    const around = text.slice(Math.max(0, head.index - 200), lines[j - 1]!.index + lines[j - 1]!.line.length + 120)
    let header = cells(head.line, head.index)
    // A table pasted without a header has its first data row above the line: `| Wmo | € 650.000 |`.
    if (header.slice(1).some((c) => c.value !== undefined && !isYearNumber(c.text))) {
      rows.unshift(header)
      header = header.map((c) => ({ ...c, text: '' }))
    }
    const factor = scaledFactor(around)
    if (rows.length > 0) tables.push({ header, rows, scaled: factor > 1, ...(factor > 1 ? { factor } : {}) })
    i = j - 1
  }
  return tables
}

/**
 * The unit of thousands or millions a text gives: the text around a table, or a header cell that
 * gives its own column's unit (`Totaal (x € 1.000)`, `Bedrag in mln`).
 *
 * @param text The text around a table, or a header cell's text.
 * @returns 1000 or 1.000.000, or 1 when the text gives no such unit.
 */
export function scaledFactor(text: string): number {
  return SCALED.test(text) ? (MILLIONS.test(text) ? 1_000_000 : 1000) : 1
}

const isRow = (line: string): boolean => /^\s*\|.*\|\s*$/u.test(line)

// A row has a pipe at both ends (`isRow`), so table-rows reads all its cells.
const cells = (line: string, offset: number): TextCell[] => (splitRows(line)[0]?.cells ?? []).map((c) => textCell(c.text, offset + c.index))

/**
 * A cell of a table read from its text: the number it holds, if it is one number.
 *
 * @param text The cell as written, trimmed.
 * @param index Offset of the cell in its text.
 * @returns The cell.
 */
export function textCell(text: string, index: number): TextCell {
  const m = NUMBER_CELL.exec(text.replace(/\*\*/gu, ''))
  if (!m) return { text, index, percent: false, half: { n: 0n, d: 1n } }
  const [, sign = '', sign2 = '', digits = '', written = ''] = m
  // A change in percentage points (`-2 procentpunt`, `+1,5 pp`) is a difference of percentages.
  const percent = written || (POINTS.test(text) ? '%' : '')
  const decimals = digits.split(',')[1]?.length ?? 0
  const raw = dutchNumber(digits + percent)
  const value = (sign && sign !== '+') || sign2 ? sub({ n: 0n, d: 1n }, raw) : raw
  const half = { n: 1n, d: 2n * 10n ** BigInt(decimals) * (percent ? 100n : 1n) }
  return { text, index, value, percent: Boolean(percent), half }
}
