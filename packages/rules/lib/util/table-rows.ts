/**
 * Table rows that are residue of a PDF or Word conversion: rows of dashes only, and rows that
 * continue the row above (a cell that ran over a page or line break became a row of its own).
 * Works on one paragraph of Markdown text; the reader never joins rows itself, only the fix
 * `joinTableRows` does, when the user asks for it (`kapstok check --fix`).
 */

/** One cell of a Markdown table row, with its trimmed text and where that text starts. */
interface Cell {
  /** Trimmed text. */
  text: string
  /** Offset of the trimmed text in the paragraph. */
  index: number
}

/** One line of a table paragraph. */
export interface Row {
  /** The line as written. */
  line: string
  /** Offset of the line in the paragraph. */
  index: number
  /** Its cells. */
  cells: Cell[]
}

/** A conversion residue found in a table. */
export interface TableArtifact {
  /** Kind, in Dutch (`streepjesrij`, `vervolgrij`). */
  what: 'streepjesrij' | 'vervolgrij'
  /** Offset of the residue in the paragraph. */
  index: number
  /** The residue as written (a dash row whole, a continuation row from its first to its last filled cell). */
  match: string
  /** Of a continuation row: the columns (0-based) it carries on, whose cells above are cut. */
  columns?: number[]
}

/** Result of reading one table paragraph. */
export interface TableScan {
  /** Residues in row order. */
  artifacts: TableArtifact[]
  /** The paragraph with continuation rows joined into the row above and dash rows removed (same text when there is nothing to join). */
  joined: string
}

const delimiterCell = /^:?-{1,}:?$/
const dashCell = /^-{2,}$/

/**
 * Read one paragraph as a Markdown table (a first row, a delimiter row, more rows) and find
 * dash rows and continuation rows.
 *
 * @param paragraph The paragraph text.
 * @returns The residues and the joined text, or `undefined` when the paragraph is no table.
 */
export function scanTable(paragraph: string): TableScan | undefined {
  const rows = splitRows(paragraph)
  if (rows.length < 3 || !rows.every((r) => r.line.trimStart().startsWith('|'))) return undefined
  if (!rows[1]!.cells.every((c) => delimiterCell.test(c.text))) return undefined
  const artifacts: TableArtifact[] = []
  const out: string[] = [rows[0]!.line, rows[1]!.line]
  // The row text continues into; joins accumulate in `merged` (its cells as written so far).
  let anchor = { out: 0, merged: rows[0]!.cells.map((c) => c.text), changed: false }
  for (const row of rows.slice(2)) {
    const texts = row.cells.map((c) => c.text)
    if (texts.length > 0 && texts.every((t) => dashCell.test(t))) {
      artifacts.push({ what: 'streepjesrij', index: row.index + row.line.length - row.line.trimStart().length, match: row.line.trim() })
      continue
    }
    if (continues(anchor.merged, texts)) {
      const filled = row.cells.filter((c) => c.text !== '')
      const first = filled[0]!
      const last = filled.at(-1)!
      const columns = row.cells.flatMap((c, j) => (c.text === '' ? [] : [j]))
      artifacts.push({ what: 'vervolgrij', index: first.index, match: paragraph.slice(first.index, last.index + last.text.length), columns })
      anchor.merged = joinCells(anchor.merged, texts)
      anchor.changed = true
      continue
    }
    if (anchor.changed) out[anchor.out] = `| ${anchor.merged.join(' | ')} |`
    out.push(row.line)
    anchor = { out: out.length - 1, merged: texts, changed: false }
  }
  if (anchor.changed) out[anchor.out] = `| ${anchor.merged.join(' | ')} |`
  return { artifacts, joined: artifacts.length > 0 ? out.join('\n') : paragraph }
}

/**
 * The lines of a text with their cells (a line without `|` has none); a `|` after a backslash is
 * text, not a border.
 *
 * @param paragraph A paragraph or a whole text.
 * @returns Every line with its offset and its cells.
 */
export function splitRows(paragraph: string): Row[] {
  const rows: Row[] = []
  let index = 0
  for (const line of paragraph.split('\n')) {
    const cells: Cell[] = []
    const borders = [...line.matchAll(/(?<!\\)\|/g)].map((m) => m.index)
    for (let i = 0; i + 1 < borders.length; i++) {
      const raw = line.slice(borders[i]! + 1, borders[i + 1])
      const lead = raw.length - raw.trimStart().length
      cells.push({ text: raw.trim(), index: index + borders[i]! + 1 + lead })
    }
    rows.push({ line, index, cells })
    index += line.length + 1
  }
  return rows
}

// A row continues the one above when every filled cell carries on the text above it: a
// sentence cut mid-way (the cell above is prose, ends in a word, comma, colon or hyphen, the cell starts in lower
// case or with a digit) or an amount cut in its last group (`€ 250.00` over `0`). A first
// column left empty to group rows (`| | Tweede actie | 20 |`) starts with a capital or holds
// a number under a number, and stays a row of its own.
function continues(above: string[], row: string[]): boolean {
  const filled = row.map((text, j) => ({ text, j })).filter(({ text }) => text !== '')
  if (filled.length === 0) return false
  return filled.every(({ text, j }) => carriesOn(above[j] ?? '', text))
}

function carriesOn(above: string, text: string): boolean {
  if (splitAmount(above, text)) return true
  if (above.split(/\s+/).length < 3) return false
  return /[\p{L},:-]$/u.test(above) && /^[\p{Ll}\d]/u.test(text)
}

// `€ 250.00` + `0`, `€ 1.2` + `50.000`: the last group of the amount above and the first
// digits below make three; or a lone `€` above a number.
function splitAmount(above: string, text: string): boolean {
  if (/€$/.test(above) && /^\d/.test(text)) return true
  const last = /€\s?\d{1,3}(?:\.\d{3})*\.(\d{1,2})$/.exec(above)?.[1]
  const first = /^(\d{1,2})(?![\d,])/.exec(text)?.[1]
  return last !== undefined && first !== undefined && last.length + first.length === 3
}

// Join cell by cell: an amount or a hyphenated word continues without a space
// (`verant-` + `woordelijk`), other text with one.
function joinCells(above: string[], row: string[]): string[] {
  const width = Math.max(above.length, row.length)
  return Array.from({ length: width }, (_, j) => {
    const a = above[j] ?? ''
    const b = row[j] ?? ''
    if (!a || !b) return a || b
    if (/\d$/.test(a) && /^\d/.test(b)) return a + b
    if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) && !/^(?:en|of|tot)(?!\p{L})/u.test(b)) return a.slice(0, -1) + b
    return `${a} ${b}`
  })
}
