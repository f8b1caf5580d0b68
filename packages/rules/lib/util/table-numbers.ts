import { splitRows } from './table-rows.js'

/** A number in the first column of a Markdown table (`| 2.7 | … |`), where it stands. */
export interface TableNumber {
  /** Index (0-based) of the row's line among the lines given. */
  row: number
  /** Column (0-based) where the number starts in that line. */
  column: number
  /** The number without a letter and prefix (`2.7`, `12`). */
  value: string
  /** Letter after the number (`b` of `5b`), if any. */
  letter: string | undefined
  /** What the number belongs to: its letter prefix (`A` of `A3`) and the parts before its last (`2` of `2.7`). */
  group: string
}

// A cell that is only a row number: `3`, `3.`, `2.7`, `A3`, `A-3`, `5b`, in bold or not.
const numberCell = /^(?:\*\*|__)?(?:([A-Z]{1,2})[-. ]?)?(\d{1,2}(?:\.\d{1,2})*)([a-z])?\.?(?:\*\*|__)?$/

/**
 * The row numbers of a table whose first column numbers its rows (an agenda's `Nr`, a list of
 * measures): at least three numbered rows, under a header that says so (`Nr`, `#`, `Code`) or
 * most of them one higher than the row before. A first column of amounts, counts, years or
 * phases is data, not numbering: its values do not run on by one.
 *
 * @param lines The table's lines, header and delimiter row included.
 * @returns The numbers in row order, or `[]` when the first column is no numbering.
 */
export function tableRowNumbers(lines: string[]): TableNumber[] {
  const rows = splitRows(lines.join('\n'))
  const out: TableNumber[] = []
  rows.forEach((row, r) => {
    const cell = row.cells[0]
    const m = r >= 2 && cell ? numberCell.exec(cell.text) : null
    if (!cell || !m?.[2]) return
    const parts = m[2].split('.')
    out.push({ row: r, column: cell.index - row.index + cell.text.indexOf(m[2]), value: m[2], letter: m[3], group: [m[1] ?? '', ...parts.slice(0, -1)].join(' ') })
  })
  if (out.length < 3) return []
  if (numberHeader.test(rows[0]?.cells[0]?.text ?? '')) return out
  const last = (n: TableNumber): number => Number(n.value.split('.').at(-1))
  const onByOne = out.slice(1).filter((n, i) => n.group === out[i]!.group && last(n) === last(out[i]!) + 1).length
  return onByOne >= (out.length - 1) * 0.6 ? out : []
}

// A header that says the column numbers the rows: `Nr`, `Nr.`, `Nummer`, `#`, `No.`, `Id`, `Code`.
const numberHeader = /^(?:\*\*|__)?(?:nr\.?|nummer|no\.?|#|id|code|volgnr\.?|volgnummer)(?:\*\*|__)?$/i
