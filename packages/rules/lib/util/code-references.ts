/**
 * References to item codes past the last code a plan defines: the werkpakketten run from `W1` to
 * `W8` (bullets, headings or the first cells of a table) and a cell or sentence elsewhere names
 * `W9`. The definitions are read once per plan, every other place is checked against them.
 * Used by `xref-missing-target`.
 */
import { codeLineNumber, codesRunOn } from './code-numbers.js'

/** A code that points past the last code of its run. */
export interface CodeReference {
  /** Index of the source the reference is in. */
  source: number
  /** Offset of the code in that source. */
  offset: number
  /** The code as written (`W9`). */
  written: string
  /** The last code the plan defines with that prefix (`W8`). */
  last: string
}

// A code in running text or a cell: capitals glued to a number, not part of a word, a compound
// (`A3-formaat`) or a decimal.
const codeMention = /(?<![\p{L}\d.,-])([A-Z]{1,2})(-?)(\d{1,2})(?![\p{L}\d]|-\p{L}|[.,]\d)/gu
// A quarter or another period before a year (`Q4 2027`, `K2 2028`): no code.
const yearAfter = /^\s{1,3}(?:19|20)\d{2}\b/u
// The first cell of a table row.
const firstCell = /^\s*\|\s*(?:\*\*|__)?([A-Z]{1,2})-?(\d{1,2})(?:\*\*|__)?\s*\|/u

/**
 * Find codes that point past the last one of a run the plan defines.
 *
 * @param texts The Markdown sources, in reading order.
 * @returns The references past their run, in document order.
 */
export function codeReferences(texts: string[]): CodeReference[] {
  const defined = new Map<string, { numbers: number[]; max: number; last: string; places: Set<string> }>()
  texts.forEach((text, source) => {
    let offset = 0
    for (const line of text.split('\n')) {
      const code = definition(line)
      if (code) {
        const entry = defined.get(code.prefix) ?? { numbers: [], max: 0, last: '', places: new Set<string>() }
        entry.numbers.push(code.n)
        if (code.n >= entry.max) [entry.max, entry.last] = [code.n, code.written]
        entry.places.add(`${source}:${offset + code.index}`)
        defined.set(code.prefix, entry)
      }
      offset += line.length + 1
    }
  })
  const runs = new Map([...defined].filter(([, entry]) => codesRunOn(entry.numbers)))
  if (runs.size === 0) return []
  const out: CodeReference[] = []
  texts.forEach((text, source) => {
    const body = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0
    for (const m of text.matchAll(codeMention)) {
      const run = runs.get(m[1] ?? '')
      if (!run || m.index < body || run.places.has(`${source}:${m.index}`)) continue
      if (Number(m[3]) <= run.max || yearAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue
      out.push({ source, offset: m.index, written: m[0], last: run.last })
    }
  })
  return out
}

// A code that opens a bullet, heading or paragraph (`- **M4** Herstel …`, `## P2 Tribune`), or the
// first cell of a table row (`| W3 | Bankjes |`), with its offset in the line.
function definition(line: string): { prefix: string; n: number; written: string; index: number } | undefined {
  const cell = firstCell.exec(line)
  if (cell?.[1] && cell[2]) {
    const written = line.slice(line.indexOf(cell[1]), line.indexOf(cell[1]) + cell[1].length + (line.includes(`${cell[1]}-${cell[2]}`) ? 1 : 0) + cell[2].length)
    return { prefix: cell[1], n: Number(cell[2]), written, index: line.indexOf(written) }
  }
  const trimmed = line.replace(/^\s*(?:#{1,6}\s+)?/u, '')
  const code = codeLineNumber(trimmed)
  return code ? { ...code, index: line.length - trimmed.length + code.index } : undefined
}
