/**
 * The pieces of a text that `arithmetic-slips` reads a calculation in: its sentences, and in a
 * table its cells and short rows, each with its offset in the text. Splitting is a reader of its
 * own: where a sentence ends decides which numbers may be terms of one calculation.
 */
import { tokenize } from './calc-tokens.js'
import { splitRows } from './table-rows.js'

// Sentence ends: a full stop, `!` or `?` before a space, a blank line, and a line that
// starts a list item or a table row. (The tokenizer does not end a sentence after a word.)
const END = /[.!?](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+|]|\d+[.)])\s)/g

// A calculation written in one cell (`4 à € 3.500, samen € 15.000`) is read like a sentence; so is a
// short row (`| Coaches | 3 | € 61.000 | € 193.000 |`). A row of many numbers is columns of
// figures, which table-row-arithmetic reads.
export function cells(piece: { start: number; text: string }): Array<{ start: number; text: string }> {
  if (!piece.text.includes('|')) return [piece]
  const numbers = tokenize(piece.text.replace(/\|/g, ' ')).filter((t) => t.kind === 'num').length
  // A total or saldo row adds up its column, which finance-sum-mismatch and table-row-arithmetic check.
  const total = /^\s*\|?\s*(?:\*\*)?(?:sub)?(?:totaal|saldo)/i.test(piece.text)
  const out: Array<{ start: number; text: string }> = numbers <= 4 && !total ? [{ start: piece.start, text: piece.text.replace(/\|/g, ' ') }] : []
  for (const row of splitRows(piece.text)) for (const cell of row.cells) out.push({ start: piece.start + cell.index, text: cell.text })
  return out
}

// The sentences of a text, each with its offset, the last one running to the end.
export function sentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = []
  let start = 0
  for (const m of text.matchAll(END)) {
    const end = (m.index ?? 0) + m[0].length
    out.push({ start, text: text.slice(start, end) })
    start = end
  }
  out.push({ start, text: text.slice(start) })
  return out
}
