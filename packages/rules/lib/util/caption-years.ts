/**
 * A table of years and the range its caption or heading line names ("Tabel 3. Kosten 2026-2029"
 * above `| Post | 2027 | 2028 | 2029 | 2030 |`): two statements of the same years, side by side.
 * Used by `period-mismatch` to tell which of the two departs from the plan's period.
 */
import { overlapsPlan } from './period-owner.js'
import { exclusive, fullYear, yearRange } from './plan-period.js'

/** A year table with its caption's range. */
export interface CaptionYears {
  /** First and last year column of the table header (consecutive years, at least two). */
  columns: { first: number; last: number; index: number }
  /** The one range of the caption: offset in the text, as written, and first/connector/last. */
  caption: { index: number; written: string; parts: [string, string, string] }
}

// A caption sits right above or right below its table, or one blank line away.
const near = 2
// A caption line: labelled (`Tabel 3.`, `Overzicht 2:`, `Figuur 1 –`) or emphasised as a whole (`*Kosten 2027-2030*`).
export const captionLine = /^\s*(?:[*_]{1,2}\s*)?(?:tabel|overzicht|figuur|bron)\b|^\s*[*_]{1,2}[^*_].*[*_]{1,2}\s*$/iu

/**
 * The year tables of a text whose caption line names one year range.
 *
 * @param text A prose text (Markdown, tables included).
 * @returns Each such table's year columns and caption range.
 */
export function captionYears(text: string): CaptionYears[] {
  const lines = text.split('\n')
  const offsets: number[] = []
  lines.reduce((offset, line, i) => ((offsets[i] = offset), offset + line.length + 1), 0)
  const isRow = (i: number): boolean => (lines[i] ?? '').trim().startsWith('|')
  const out: CaptionYears[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(i) || isRow(i - 1) || !/^\s*\|?\s*:?-{2,}/u.test(lines[i + 1] ?? '')) continue
    const years = labelledYears([...(lines[i] ?? '').matchAll(/(?<=\|)[ \t]*([^|]*?)[ \t]*(?=\|)/gu)].map((m) => m[1] ?? ''))
    if (!years) continue
    let end = i
    while (isRow(end + 1)) end++
    const columns = { first: years[0] ?? 0, last: years.at(-1) ?? 0, index: offsets[i]! + (lines[i] ?? '').indexOf(String(years[0])) }
    // A caption: a short labelled or emphasised line of its own right above or below the table.
    const standalone = (k: number, away: number): boolean => (lines[k] ?? '').trim() !== '' && !isRow(k) && (lines[k + away] ?? '').trim() === ''
    const above = range(i - near, i - 1).reverse().find((k) => (lines[k] ?? '').trim() !== '')
    const below = range(end + 1, end + near).find((k) => (lines[k] ?? '').trim() !== '')
    const captions = [
      ...(above !== undefined && standalone(above, -1) ? [above] : []),
      ...(below !== undefined && standalone(below, 1) ? [below] : [])
    ].filter((k) => captionLine.test(lines[k] ?? ''))
    // Or the heading the table stands under, when no other table stands between them.
    const owner = range(0, i - 1).reverse().find((k) => /^#{1,6}\s/u.test(lines[k] ?? '') || isRow(k))
    if (owner !== undefined && !isRow(owner)) captions.push(owner)
    for (const k of captions) {
      const caption = captionRange(lines[k] ?? '')
      if (!caption) continue
      out.push({ columns, caption: { ...caption, index: offsets[k]! + caption.index } })
      break
    }
  }
  return out
}

/**
 * The years of a table's column headers when they are consecutive years (`2027`, `2028`, …;
 * other columns such as `Post` or `Totaal` may stand around them).
 *
 * @param headers The column headers.
 * @returns The years, or `undefined` when fewer than two or not consecutive.
 */
export function consecutiveYears(headers: string[]): number[] | undefined {
  const years = headers.map((h) => h.replace(/[*_]/g, '').trim()).filter((h) => /^(?:19|20)\d{2}$/.test(h)).map(Number)
  return years.length >= 2 && years.every((year, k) => k === 0 || year === (years[k - 1] ?? 0) + 1) ? years : undefined
}

/**
 * The years of a table's column headers, also with a word before each (`Rekening 2023`,
 * `Begroting 2024`, `Raming 2026`: a finance table names what each year's figure is), when they
 * are consecutive.
 *
 * @param headers The column headers.
 * @returns The years, or `undefined` when fewer than two or not consecutive.
 */
export function labelledYears(headers: string[]): number[] | undefined {
  return consecutiveYears(headers.map((h) => h.replace(/[*_]/g, '').trim().replace(/^(?:\p{L}[\p{L}-]*\s+){1,2}((?:19|20)\d{2})$/u, '$1')))
}

/**
 * The one year range of a caption or title, if it names exactly one.
 *
 * @param line The caption.
 * @returns Offset in the line, the range as written and its parts, or `undefined`.
 */
export function captionRange(line: string): CaptionYears['caption'] | undefined {
  const ranges = [...line.matchAll(new RegExp(yearRange, 'giu'))]
  const [match] = ranges
  return ranges.length === 1 && match ? { index: match.index, written: match[0], parts: [match[1] ?? '', match[2] ?? '', match[3] ?? ''] } : undefined
}

/**
 * The places where a table's caption and its year columns disagree and one of them is the plan's
 * period: the other one departs from it. A caption that names other years over columns of the
 * period is the slip; columns one year off under a caption of the period are.
 *
 * @param text A Markdown text.
 * @param periode The plan's period.
 * @returns Offset and words of each slip, and which of the two it is.
 */
export function captionSlips(text: string, periode: { start: number; eind: number }): Array<{ index: number; written: string; slip: 'caption' | 'columns' }> {
  const out: Array<{ index: number; written: string; slip: 'caption' | 'columns' }> = []
  for (const { columns, caption } of captionYears(text)) {
    const [start, connector, end] = caption.parts
    // `tot 2029` leaves 2029 out.
    const [first, last] = [fullYear(start), fullYear(end) - (exclusive(connector) ? 1 : 0)]
    if (first === columns.first && last === columns.last) continue
    if (columns.first === periode.start && columns.last === periode.eind && overlapsPlan(first, last, periode)) {
      out.push({ index: caption.index, written: caption.written, slip: 'caption' })
      continue
    }
    // Columns that end with the plan and start earlier, for comparison (the realisation and the
    // current budget before the plan's years): a caption of this plan's years (it overlaps them)
    // that names years past the last column or before the first is the slip.
    const comparison = columns.last === periode.eind && columns.first < periode.start
    if (comparison && overlapsPlan(first, last, periode) && (last > columns.last || first < columns.first)) {
      out.push({ index: caption.index, written: caption.written, slip: 'caption' })
      continue
    }
    const shifted = columns.last - columns.first === periode.eind - periode.start && Math.abs(columns.first - periode.start) === 1
    if (first === periode.start && last === periode.eind && shifted) out.push({ index: columns.index, written: String(columns.first), slip: 'columns' })
  }
  return out
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}
