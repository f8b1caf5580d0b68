import { hasSeparableVerb } from '@kapstok/nl'
import { dangling, openPhraseAt } from './sentence-end-words.js'
import { owesWord } from './clause-verbs.js'
import { bareBijzinEnd, closedConjunctions, closedDeterminers, closedPrepositions } from './closed-word-classes.js'
import { lastWord } from './paragraph-ends.js'
import { oneSentenceItem } from './sentence-breaks.js'
import { stopsMidClause } from './mid-clause.js'
import { sentenceInOwnBijzin } from './unfinished-items.js'

/**
 * A short text outside running prose (a table or agenda cell, a title, a caption, a YAML field)
 * that stops on a word no phrase ends on: an article, a conjunction, a preposition that wants
 * its object (`Uitvoeren zelfscan en`, `Afspraken met de`, `Bijdrage aan de`). Words that end
 * a question or a heading (`het`, `dat`, `die`, `aan`, `op`) and verb particles do not count.
 */

// Articles and conjunctions that never end a cell, title or label.
const neverLast = new Set([
  'de', 'een', 'en', 'of', 'maar', 'want', 'omdat', 'zodat', 'tenzij', 'doordat', 'hoewel', 'zoals', 'waardoor', 'terwijl', 'noch',
  'te', 'namelijk', 'waaronder', 'alsmede', 'alsook', 'evenals', 'zowel', 'onze', 'elke', 'iedere', 'indien', 'nadat', 'voordat',
  'zodra', 'aangezien', ...closedConjunctions, ...closedDeterminers
])
// Prepositions that want their object: not at the end of a cell, but a heading may be a label
// that ends on one ("Op pad met", "Samen verder met").
const wantsObject = new Set(['met', 'tot', 'vanwege', 'dankzij', 'ondanks', 'middels', 'inzake', 'betreffende', 'tussen', 'tijdens', 'volgens', 'via', 'vanaf', 'sinds', 'naar', 'van', 'voor', 'bij', ...closedPrepositions])

/**
 * The word a cell or label stops on when no phrase ends on it.
 *
 * @param text The cell, title or field.
 * @param title Whether the text is a title or heading (a preposition may end it).
 * @returns The word and its offset, or nothing.
 */
export function cellCut(text: string, title: boolean): { word: string; index: number } | undefined {
  if (text.includes('\n') || /[.!?:;,)\]"'”’]\s*$/.test(text)) return undefined
  // A cell of one phrase that stops on an article after its preposition (`rijdt naar het`). A cell
  // of several sentences is running text copied into a table, whose last line a page may cut: the
  // word check below reads it.
  const phrase = title || /[.!?]\s+\p{Lu}/u.test(text) ? undefined : openPhraseAt(text)
  if (phrase) return phrase
  // A bijzin of only its conjunction and subject (`zodat we`): its verb never comes.
  const bijzin = bareBijzinEnd(text)
  if (bijzin) return bijzin
  const m = /(?<![\p{L}\p{N}\-/.@&'’])(\p{Ll}+)[*_]*\s*$/u.exec(text)
  const word = m?.[1]
  if (!m || !word || !(neverLast.has(word) || (!title && wantsObject.has(word)))) return undefined
  const words = text.trim().split(/\s+/)
  // A particle of a separable verb ends a phrase ("sturen de uitvoering bij").
  if (wantsObject.has(word) && hasSeparableVerb(words, word)) return undefined
  // Two words at least: a lone `en` or `de` in a cell is a value of its own.
  return words.length >= 2 ? { word, index: m.index } : undefined
}

/**
 * Cells of a Markdown table in running text that stop on such a word.
 *
 * @param table The table lines.
 * @returns The words and their offsets in the table text.
 */
export function tableCellCuts(table: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = []
  const cells: Array<{ row: number; column: number; text: string; index: number }> = []
  let offset = 0
  for (const [row, line] of table.split('\n').entries()) {
    // Not the separator row (`|---|:--:|`).
    if (!/^\s*\|?[\s:|-]+$/.test(line)) {
      let start = 0
      for (const [column, cell] of line.split('|').entries()) {
        const index = offset + start + cell.indexOf(cell.trim())
        // The header row is a row of labels (`Klaar per`), read as titles.
        const cut = cellCut(cell.trim(), row === 0)
        if (cut) out.push({ word: cut.word, index: index + cut.index })
        else if (row > 0) cells.push({ row, column, text: cell.trim(), index })
        start += cell.length + 1
      }
    }
    offset += line.length + 1
  }
  // A column of sentences (the other cells, two at least, close with a full stop) in which one cell
  // of one sentence stops mid-clause: as a list item among closed items.
  for (const cell of cells) {
    const others = cells.filter((c) => c.column === cell.column && c.row !== cell.row && c.text !== '')
    if (others.length < 2 || !others.every((c) => CLOSED_CELL.test(c.text)) || !/^\p{Lu}/u.test(cell.text)) continue
    const last = lastWord(cell.text)
    if (!last || !/^\p{Ll}/u.test(last.word)) continue
    // One sentence: a table copied from a page may run a cell of several sentences on in the next row.
    if (!oneSentenceItem(cell.text)) continue
    if (dangling.has(last.word) || owesWord(cell.text) || stopsMidClause(cell.text) || sentenceInOwnBijzin(cell.text)) out.push({ word: last.word, index: cell.index + last.index })
  }
  return out
}
// A cell that closes as a sentence does.
const CLOSED_CELL = /[.!?][*_)]*$/u
